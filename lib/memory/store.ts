/**
 * The reading memory's database (IndexedDB through idb): record a story, ask about an entity,
 * the last days' overview, retention, forgetting and export. Only the background opens it; every
 * function takes the open database, and the clock where time matters.
 */
import { openDB } from 'idb';
import type { Analysis } from '../analysis';
import { joinEntity, matchEntity, nameKey, newEntity, surnameKey } from './identity';
import { MEMORY_DB_NAME, MIGRATIONS, migrate, type MemoryDb, type Migration } from './schema';
import type {
  AlsoInReading,
  EntityRecord,
  EntityRef,
  MemoryExport,
  ReadingEntity,
  ReadingOverview,
  StoryEntity,
  StoryLink,
  StoryRecord,
} from './types';

export const DAY_MS = 86_400_000;

/** Stories an entity's card lists: a glance; the popup's "Your reading" has more. */
export const CARD_STORY_LIMIT = 5;
/** Entities of each type in "Your reading". */
export const OVERVIEW_ENTITY_LIMIT = 5;
/** How far back "Your reading" looks, in days. */
export const OVERVIEW_DAYS = 7;

/**
 * Open (creating or upgrading) the memory. A newer version opened elsewhere (an updated extension)
 * closes this connection rather than wait on it.
 */
export async function openMemory(
  name = MEMORY_DB_NAME,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MemoryDb> {
  const db: MemoryDb = await openDB(name, migrations.length, {
    upgrade: (database, oldVersion, newVersion, tx) =>
      migrate(database, tx, oldVersion, newVersion ?? migrations.length, migrations),
    blocking: () => db.close(),
  });
  return db;
}

/** A story's key: its address without the fragment, so one story read twice is one record. */
export function storyKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** What a story gives the memory, before its entities have entries. */
export interface StoryInput {
  url: string;
  site: string;
  analysis: Analysis;
  readAt: number;
}

/** Each entity of the analysis with its mention count and what it was quoted saying. */
function entitiesOf(analysis: Analysis): Array<Omit<StoryEntity, 'entityId'>> {
  return analysis.entities.map((entity) => ({
    name: entity.name,
    type: entity.type,
    role: entity.role ?? null,
    mentions: entity.mentions.length,
    quotes: analysis.quotes.filter((quote) => quote.speakerId === entity.id).map((quote) => quote.text),
  }));
}

/** The entries that may be `ref`: those sharing its key and, for a person, its surname. */
async function candidatesFor(
  index: {
    keys: { getAll(key: string): Promise<EntityRecord[]> };
    surname: { getAll(key: string): Promise<EntityRecord[]> };
  },
  ref: EntityRef,
): Promise<EntityRecord[]> {
  const surname = surnameKey(ref.type, ref.name);
  const [byKey, bySurname] = await Promise.all([
    index.keys.getAll(nameKey(ref.type, ref.name)),
    surname ? index.surname.getAll(surname) : Promise.resolve([]),
  ]);
  const seen = new Set<number | undefined>();
  return [...byKey, ...bySurname].filter((entity) => !seen.has(entity.id) && seen.add(entity.id));
}

/**
 * Record one analysed story, its entities joined to the entries they already have. One
 * transaction: two tabs recording at once are two transactions the database runs one after the
 * other, so both stories are kept and a person met in both is still one entry.
 */
export async function recordStory(db: MemoryDb, input: StoryInput): Promise<StoryRecord> {
  const tx = db.transaction(['stories', 'entities'], 'readwrite');
  // A write that fails aborts the transaction, which then rejects `done` as well: the first error
  // is the one thrown, so this one is only noted as seen (awaited below, it still rejects).
  tx.done.catch(() => undefined);
  const entities = tx.objectStore('entities');
  const index = { keys: entities.index('keys'), surname: entities.index('surname') };
  const storyEntities: StoryEntity[] = [];
  // One entity after the other, not together: one may join the entry another of the same story
  // has just made (a surname alone and the full name, where the analysis kept them apart).
  for (const entity of entitiesOf(input.analysis)) {
    const match = matchEntity(entity, await candidatesFor(index, entity));
    const entry = match ? joinEntity(match, entity) : newEntity(entity);
    const entityId = await entities.put(entry);
    storyEntities.push({ ...entity, entityId });
  }
  const story: StoryRecord = {
    url: storyKey(input.url),
    headline: input.analysis.article.title ?? input.url,
    site: input.site,
    publishedTime: input.analysis.article.publishedTime,
    readAt: input.readAt,
    entities: storyEntities,
    entityIds: [...new Set(storyEntities.map((entity) => entity.entityId))],
  };
  await tx.objectStore('stories').put(story);
  await tx.done;
  return story;
}

function linkOf(story: StoryRecord): StoryLink {
  const { url, headline, site, publishedTime, readAt } = story;
  return { url, headline, site, publishedTime, readAt };
}

const byLatestRead = (a: StoryRecord, b: StoryRecord) => b.readAt - a.readAt;

/** The other stories where the entity `ref` names appeared, and the latest thing they quoted it saying. */
export async function alsoInReading(db: MemoryDb, ref: EntityRef, exceptUrl: string): Promise<AlsoInReading | null> {
  const tx = db.transaction(['stories', 'entities'], 'readonly');
  const entities = tx.objectStore('entities');
  const entity = matchEntity(
    ref,
    await candidatesFor({ keys: entities.index('keys'), surname: entities.index('surname') }, ref),
  );
  if (entity?.id === undefined) return null;
  const except = storyKey(exceptUrl);
  const stories = (await tx.objectStore('stories').index('entityIds').getAll(entity.id))
    .filter((story) => story.url !== except)
    .sort(byLatestRead);
  const quoted = stories.find((story) => quotesOf(story, entity.id).length > 0);
  return {
    name: entity.name,
    type: entity.type,
    stories: stories.slice(0, CARD_STORY_LIMIT).map(linkOf),
    latestQuote: quoted ? { text: quotesOf(quoted, entity.id).at(-1) ?? '', story: linkOf(quoted) } : null,
  };
}

function quotesOf(story: StoryRecord, entityId: number | undefined): string[] {
  return story.entities.filter((entity) => entity.entityId === entityId).flatMap((entity) => entity.quotes);
}

/** The entities met in the most stories read since `now - days`, by type, each with its stories. */
export async function readingOverview(db: MemoryDb, now: number, days = OVERVIEW_DAYS): Promise<ReadingOverview> {
  const tx = db.transaction(['stories', 'entities'], 'readonly');
  const recent = await tx
    .objectStore('stories')
    .index('readAt')
    .getAll(IDBKeyRange.lowerBound(now - days * DAY_MS));
  const storiesOf = new Map<number, StoryRecord[]>();
  const mentionsOf = new Map<number, number>();
  for (const story of recent.sort(byLatestRead)) {
    for (const id of story.entityIds) {
      const stories = storiesOf.get(id) ?? [];
      if (stories.length === 0) storiesOf.set(id, stories);
      stories.push(story);
    }
    for (const { entityId, mentions } of story.entities) {
      if (entityId !== undefined) mentionsOf.set(entityId, (mentionsOf.get(entityId) ?? 0) + mentions);
    }
  }
  const entities = tx.objectStore('entities');
  const met = await Promise.all(
    [...storiesOf].map(async ([id, stories]): Promise<(ReadingEntity & { id: number }) | null> => {
      const entity = await entities.get(id);
      return entity ? { id, name: entity.name, type: entity.type, stories: stories.map(linkOf) } : null;
    }),
  );
  // Among entities met in as many stories, the one the stories spoke of most comes first: with a
  // story or two read, every name ties on stories and the alphabet would rank a passing mention first.
  const mentions = (entity: { id: number }) => mentionsOf.get(entity.id) ?? 0;
  const ranked = met
    .filter((entity) => entity !== null)
    .sort((a, b) => b.stories.length - a.stories.length || mentions(b) - mentions(a) || a.name.localeCompare(b.name))
    .map(({ id: _id, ...entity }) => entity);
  const top = (type: EntityRef['type']) =>
    ranked.filter((entity) => entity.type === type).slice(0, OVERVIEW_ENTITY_LIMIT);
  return {
    days,
    storyCount: recent.length,
    people: top('person'),
    places: top('place'),
    organizations: top('organization'),
  };
}

export async function countStories(db: MemoryDb): Promise<number> {
  return db.count('stories');
}

/** Delete the stories `keys` names, then the entries no story names any more. */
async function deleteStories(db: MemoryDb, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const tx = db.transaction(['stories', 'entities'], 'readwrite');
  const stories = tx.objectStore('stories');
  // Only the entries these stories named can be left unnamed: the rest need no look. The reads
  // are asked for together (the transaction answers them in order), not one round trip each.
  const read = await Promise.all(keys.map((key) => stories.get(key)));
  const named = [...new Set(read.flatMap((story) => story?.entityIds ?? []))];
  await Promise.all(keys.map((key) => stories.delete(key)));
  const byEntity = stories.index('entityIds');
  const left = await Promise.all(named.map((id) => byEntity.count(id)));
  const entities = tx.objectStore('entities');
  await Promise.all(named.filter((_id, i) => left[i] === 0).map((id) => entities.delete(id)));
  await tx.done;
  return keys.length;
}

/** Retention: forget the stories read before `now - days`; how many were forgotten. */
export async function forgetStoriesOlderThan(db: MemoryDb, now: number, days: number): Promise<number> {
  const old = await db.getAllKeysFromIndex('stories', 'readAt', IDBKeyRange.upperBound(now - days * DAY_MS, true));
  return deleteStories(db, old);
}

/** Forget the `count` stories read longest ago (to make room when storage is full). */
export async function forgetOldestStories(db: MemoryDb, count: number): Promise<number> {
  const keys: string[] = [];
  let cursor = await db.transaction('stories').store.index('readAt').openCursor();
  while (cursor && keys.length < count) {
    keys.push(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  return deleteStories(db, keys);
}

/** Forget every story of the sites `covers` says yes to; how many were forgotten. */
export async function forgetSite(db: MemoryDb, covers: (site: string) => boolean): Promise<number> {
  const bySite = db.transaction('stories').store.index('site');
  const sites: string[] = [];
  // One look at each site kept, then the stories of those it covers, read together.
  for (let cursor = await bySite.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) {
    if (covers(cursor.key)) sites.push(cursor.key);
  }
  const keys = await Promise.all(sites.map((site) => bySite.getAllKeys(site)));
  return deleteStories(db, keys.flat());
}

/** Forget everything. */
export async function forgetEverything(db: MemoryDb): Promise<void> {
  const tx = db.transaction(['stories', 'entities'], 'readwrite');
  await Promise.all([tx.objectStore('stories').clear(), tx.objectStore('entities').clear(), tx.done]);
}

/** Everything kept, for the reader's download. */
export async function exportMemory(db: MemoryDb, now: number): Promise<MemoryExport> {
  const [stories, entities] = await Promise.all([db.getAll('stories'), db.getAll('entities')]);
  return {
    format: 'newslens-memory',
    schemaVersion: db.version,
    exportedAt: new Date(now).toISOString(),
    stories,
    entities,
  };
}
