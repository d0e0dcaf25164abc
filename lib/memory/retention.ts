/**
 * What the memory keeps: stories read over the last N days (the reader's setting), and, when the
 * browser says storage is full, room made by forgetting the stories read longest ago. Recording
 * never fails loudly: the page it came from must not see an error.
 */
import { countStories, forgetOldestStories, forgetStoriesOlderThan, recordStory, type StoryInput } from './store';
import type { MemoryDb } from './schema';
import type { StoryRecord } from './types';

/**
 * Share of the stories forgotten each time storage is full: a tenth makes room for many stories at
 * once, so a full disk does not cost a round of deletions per story read.
 */
const ROOM_SHARE = 0.1;
/** Rounds of making room before a story is given up. */
const ROOM_ROUNDS = 5;

/** Did the browser refuse a write because storage is full? */
export function isQuotaExceeded(error: unknown): boolean {
  return error instanceof Error && error.name === 'QuotaExceededError';
}

/**
 * Run `write`; while storage is full, `makeRoom` and try again, `rounds` times at most. Null when
 * it never fit (or makeRoom freed nothing); any other error is thrown.
 */
export async function withRoom<T>(
  write: () => Promise<T>,
  makeRoom: () => Promise<number>,
  rounds = ROOM_ROUNDS,
): Promise<T | null> {
  for (let round = 0; ; round += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isQuotaExceeded(error)) throw error;
      if (round >= rounds || (await makeRoom()) === 0) return null;
    }
  }
}

/** How many stories one round of making room forgets out of `total`: at least one. */
export function storiesToForget(total: number): number {
  return Math.max(1, Math.ceil(total * ROOM_SHARE));
}

/**
 * Keep one story: stories older than the reader's `keepDays` forgotten first, then the story
 * recorded, room made as long as storage is full. Null when it could not be kept.
 */
export async function keepStory(db: MemoryDb, input: StoryInput, keepDays: number): Promise<StoryRecord | null> {
  await forgetStoriesOlderThan(db, input.readAt, keepDays);
  return withRoom(
    () => recordStory(db, input),
    async () => forgetOldestStories(db, storiesToForget(await countStories(db))),
  );
}
