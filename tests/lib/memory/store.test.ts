import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isHostListed } from '../../../lib/extension/setting-values';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../lib/memory/schema';
import {
  DAY_MS,
  alsoInReading,
  countStories,
  exportMemory,
  forgetEverything,
  forgetOldestStories,
  forgetSite,
  forgetStoriesOlderThan,
  openMemory,
  readingOverview,
  recordStory,
  storyKey,
} from '../../../lib/memory/store';
import { freshDbName, storyAnalysis } from './memory-fixtures';

const NOW = Date.UTC(2026, 11, 1, 12);

/** The site the reader asks to forget, as the options page hands it over: its subdomains included. */
const coversNewsExample = (site: string) => isHostListed(site, ['news.example']);

const STORY_A = {
  url: 'https://news.example/a',
  site: 'news.example',
  analysis: storyAnalysis('Putin meets envoys in Moscow', [
    { name: 'Vladimir Putin', quotes: ['We are ready to talk', 'Not at any price'] },
    { name: 'Moscow', type: 'place' },
  ]),
  readAt: NOW - 2 * DAY_MS,
};
const STORY_B = {
  url: 'https://other.example/b#comments',
  site: 'other.example',
  analysis: storyAnalysis('Kyiv answers the Kremlin', [
    { name: 'Putin', mentions: 3 },
    { name: 'Moscow', type: 'place' },
  ]),
  readAt: NOW - DAY_MS,
};

describe('recording and identity across stories', () => {
  it('makes "Putin" in one story and "Vladimir Putin" in another one entry, and lists the other story', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_A);
    await recordStory(db, STORY_B);
    const fromB = await alsoInReading(db, { name: 'Putin', type: 'person' }, STORY_B.url);
    expect(fromB?.name).toBe('Vladimir Putin');
    expect(fromB?.stories.map((story) => story.headline)).toEqual(['Putin meets envoys in Moscow']);
    expect(fromB?.latestQuote).toEqual({
      text: 'Not at any price',
      story: expect.objectContaining({ url: STORY_A.url }),
    });
    const fromA = await alsoInReading(db, { name: 'Vladimir Putin', type: 'person' }, STORY_A.url);
    expect(fromA?.stories.map((story) => story.url)).toEqual(['https://other.example/b']);
    expect(await db.count('entities')).toBe(2);
  });

  it('gives the entry the full name when the surname came first', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_B);
    await recordStory(db, STORY_A);
    const entries = await db.getAll('entities');
    expect(entries.map((entity) => entity.name).sort()).toEqual(['Moscow', 'Vladimir Putin']);
  });

  it('keeps one record per story, read again or read with another fragment', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_B);
    await recordStory(db, { ...STORY_B, url: 'https://other.example/b', readAt: NOW });
    expect(await countStories(db)).toBe(1);
    expect((await db.get('stories', storyKey(STORY_B.url)))?.readAt).toBe(NOW);
  });

  it('records two stories written at once, and their shared person once', async () => {
    const db = await openMemory(freshDbName());
    await Promise.all([recordStory(db, STORY_A), recordStory(db, { ...STORY_A, url: 'https://news.example/c' })]);
    expect(await countStories(db)).toBe(2);
    const people = (await db.getAll('entities')).filter((entity) => entity.type === 'person');
    expect(people).toHaveLength(1);
  });

  it('knows nothing of an entity never read, and nothing else about one read only here', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_A);
    expect(await alsoInReading(db, { name: 'Antony Blinken', type: 'person' }, STORY_A.url)).toBeNull();
    const alone = await alsoInReading(db, { name: 'Vladimir Putin', type: 'person' }, STORY_A.url);
    expect(alone).toMatchObject({ stories: [], latestQuote: null });
  });
});

describe('the overview of the last days', () => {
  it('ranks the entities met in the most stories, by type, with their stories', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_A);
    await recordStory(db, STORY_B);
    await recordStory(db, {
      url: 'https://news.example/old',
      site: 'news.example',
      analysis: storyAnalysis('An old story', [{ name: 'Angela Merkel' }]),
      readAt: NOW - 30 * DAY_MS,
    });
    const overview = await readingOverview(db, NOW);
    expect(overview.storyCount).toBe(2);
    expect(overview.people.map((entity) => [entity.name, entity.stories.length])).toEqual([['Vladimir Putin', 2]]);
    expect(overview.places[0]?.stories.map((story) => story.headline)).toEqual([
      'Kyiv answers the Kremlin',
      'Putin meets envoys in Moscow',
    ]);
    expect(overview.organizations).toEqual([]);
  });

  it('ranks entities met in as many stories by how much those stories spoke of them', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, {
      ...STORY_A,
      analysis: storyAnalysis('One story', [
        { name: 'Aino Aalto', mentions: 1 },
        { name: 'Zoe Zeller', mentions: 9 },
      ]),
    });
    const overview = await readingOverview(db, NOW);
    expect(overview.people.map((entity) => entity.name)).toEqual(['Zoe Zeller', 'Aino Aalto']);
  });
});

describe('forgetting', () => {
  it('forgets stories read before the retention window, and entries no story names', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_A);
    await recordStory(db, { ...STORY_B, analysis: storyAnalysis('Other', [{ name: 'Kaja Kallas' }]) });
    expect(await forgetStoriesOlderThan(db, NOW, 1.5)).toBe(1);
    expect((await db.getAll('stories')).map((story) => story.url)).toEqual(['https://other.example/b']);
    expect((await db.getAll('entities')).map((entity) => entity.name)).toEqual(['Kaja Kallas']);
  });

  it('forgets the oldest stories first', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_B);
    await recordStory(db, STORY_A);
    expect(await forgetOldestStories(db, 1)).toBe(1);
    expect((await db.getAll('stories')).map((story) => story.url)).toEqual(['https://other.example/b']);
  });

  it('forgets one site, its subdomains included, and nothing else', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_A);
    await recordStory(db, { ...STORY_A, url: 'https://www.news.example/d', site: 'www.news.example' });
    await recordStory(db, STORY_B);
    expect(await forgetSite(db, coversNewsExample)).toBe(2);
    expect((await db.getAll('stories')).map((story) => story.site)).toEqual(['other.example']);
  });

  it('forgets everything', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_A);
    await forgetEverything(db);
    expect(await countStories(db)).toBe(0);
    expect(await db.count('entities')).toBe(0);
  });
});

describe('export', () => {
  it('holds every story and entry, with the schema version', async () => {
    const db = await openMemory(freshDbName());
    await recordStory(db, STORY_A);
    const exported = await exportMemory(db, NOW);
    expect(exported).toMatchObject({ format: 'newslens-memory', schemaVersion: SCHEMA_VERSION });
    expect(exported.stories.map((story) => story.headline)).toEqual(['Putin meets envoys in Moscow']);
    expect(exported.entities).toHaveLength(2);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});

describe('migrations', () => {
  it('upgrades a database of every earlier version and keeps what it held', async () => {
    for (let version = 1; version < SCHEMA_VERSION; version += 1) {
      const name = freshDbName();
      const old = await openMemory(name, MIGRATIONS.slice(0, version));
      await recordStory(old, STORY_A);
      old.close();
      const db = await openMemory(name);
      expect(db.version).toBe(SCHEMA_VERSION);
      const kept = await alsoInReading(db, { name: 'Putin', type: 'person' }, 'https://elsewhere.example/');
      expect(kept?.stories.map((story) => story.headline)).toEqual(['Putin meets envoys in Moscow']);
      // What the later steps added works on the stories kept from before them.
      expect(await forgetSite(db, coversNewsExample)).toBe(1);
      db.close();
    }
  });

  it('closes an older connection when a newer version opens, instead of blocking it', async () => {
    const name = freshDbName();
    const old = await openMemory(name, MIGRATIONS.slice(0, 1));
    await recordStory(old, STORY_A);
    const db = await openMemory(name);
    expect(await countStories(db)).toBe(1);
  });
});
