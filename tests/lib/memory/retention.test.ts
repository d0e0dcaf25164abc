import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { isQuotaExceeded, keepStory, storiesToForget, withRoom } from '../../../lib/memory/retention';
import { DAY_MS, countStories, openMemory } from '../../../lib/memory/store';
import { freshDbName, storyAnalysis } from './memory-fixtures';

const NOW = Date.UTC(2026, 11, 1, 12);

/** The error a browser throws when a write does not fit. */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaExceeded', () => {
  it('tells storage full from other errors', () => {
    expect(isQuotaExceeded(quotaError())).toBe(true);
    expect(isQuotaExceeded(new DOMException('gone', 'InvalidStateError'))).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
  });
});

describe('withRoom', () => {
  it('makes room and writes again while storage is full', async () => {
    const write = vi
      .fn()
      .mockRejectedValueOnce(quotaError())
      .mockRejectedValueOnce(quotaError())
      .mockResolvedValue('kept');
    const makeRoom = vi.fn().mockResolvedValue(3);
    expect(await withRoom(write, makeRoom)).toBe('kept');
    expect(makeRoom).toHaveBeenCalledTimes(2);
  });

  it('gives up quietly when nothing more can be forgotten, or after its rounds', async () => {
    const full = () => Promise.reject(quotaError());
    expect(await withRoom(full, () => Promise.resolve(0))).toBeNull();
    const makeRoom = vi.fn().mockResolvedValue(1);
    expect(await withRoom(full, makeRoom, 2)).toBeNull();
    expect(makeRoom).toHaveBeenCalledTimes(2);
  });

  it('lets any other error through', async () => {
    const broken = () => Promise.reject(new TypeError('bad record'));
    await expect(withRoom(broken, () => Promise.resolve(1))).rejects.toThrow('bad record');
  });
});

describe('storiesToForget', () => {
  it.each([
    [0, 1],
    [5, 1],
    [100, 10],
    [101, 11],
  ])('forgets %i stories out of %i at a time', (total, forgotten) => {
    expect(storiesToForget(total)).toBe(forgotten);
  });
});

describe('keepStory', () => {
  const story = (path: string, readAt: number) => ({
    url: `https://news.example/${path}`,
    site: 'news.example',
    analysis: storyAnalysis(path, [{ name: 'Kaja Kallas' }]),
    readAt,
  });

  it('forgets stories older than the days kept as it records a new one', async () => {
    const db = await openMemory(freshDbName());
    await keepStory(db, story('old', NOW - 10 * DAY_MS), 90);
    await keepStory(db, story('recent', NOW - 2 * DAY_MS), 90);
    expect(await countStories(db)).toBe(2);
    await keepStory(db, story('today', NOW), 7);
    expect((await db.getAllKeys('stories')).sort()).toEqual([
      'https://news.example/recent',
      'https://news.example/today',
    ]);
  });

  it('forgets the oldest stories when storage is full, and keeps the new one', async () => {
    const db = await openMemory(freshDbName());
    for (let day = 5; day >= 1; day -= 1) await keepStory(db, story(`day-${day}`, NOW - day * DAY_MS), 90);
    // Storage is full once: the story's write (the one over both stores) fails as on a full disk.
    const transaction = db.transaction.bind(db);
    let full = true;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: Parameters<typeof transaction>) => {
      const recording = args[1] === 'readwrite' && Array.isArray(args[0]) && args[0].length === 2;
      if (full && recording) {
        full = false;
        throw quotaError();
      }
      return transaction(...args);
    }) as typeof db.transaction);
    expect(await keepStory(db, story('today', NOW), 90)).not.toBeNull();
    expect(await db.getAllKeys('stories')).not.toContain('https://news.example/day-5');
    expect(await db.getAllKeys('stories')).toContain('https://news.example/today');
  });
});
