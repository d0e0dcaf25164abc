import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MemoryService, type ReadStory } from '../../../lib/extension/memory-service';
import { openMemory } from '../../../lib/memory/store';
import { memoryPaused } from '../../../lib/extension/settings';
import { freshDbName, storyAnalysis } from '../memory/memory-fixtures';

beforeEach(() => {
  fakeBrowser.reset();
});

const NOW = Date.UTC(2026, 11, 1, 12);

const storyA: ReadStory = {
  url: 'https://news.example/a',
  site: 'news.example',
  analysis: storyAnalysis('Story A', [{ name: 'Vladimir Putin', quotes: ['We are ready'] }]),
  incognito: false,
};
const storyB: ReadStory = {
  url: 'https://news.example/b',
  site: 'news.example',
  analysis: storyAnalysis('Story B', [{ name: 'Putin' }]),
  incognito: false,
};

function service(open = () => openMemory(freshDbName())) {
  let tickets = 0;
  return new MemoryService(
    open,
    () => NOW,
    () => {
      tickets += 1;
      return `ticket-${tickets}`;
    },
  );
}

describe('MemoryService', () => {
  it('records stories and answers a ticket once, about the stories other than the one asking', async () => {
    const memory = service();
    expect(await memory.isAvailable()).toBe(true);
    expect(await memory.record(storyA)).toBe(true);
    expect(await memory.record(storyB)).toBe(true);
    const ticket = await memory.ticketFor({ name: 'Putin', type: 'person' }, storyB.url);
    expect(ticket).toBe('ticket-1');
    const answer = await memory.redeem(ticket ?? '');
    expect(answer?.stories.map((story) => story.headline)).toEqual(['Story A']);
    expect(answer?.latestQuote?.text).toBe('We are ready');
    // Used up: a page that copied the frame's address gets nothing.
    expect(await memory.redeem(ticket ?? '')).toBeNull();
    expect(await memory.redeem('made-up')).toBeNull();
  });

  it('answers nothing for a ticket granted before the reader forgot everything', async () => {
    const memory = service();
    await memory.record(storyA);
    await memory.record(storyB);
    const ticket = await memory.ticketFor({ name: 'Putin', type: 'person' }, storyB.url);
    await memory.forgetEverything();
    expect(await memory.redeem(ticket ?? '')).toBeNull();
  });

  it('never records a private tab, a paused memory or a page whose text was not analysed', async () => {
    const memory = service();
    expect(await memory.record({ ...storyA, incognito: true })).toBe(false);
    expect(await memory.record({ ...storyA, analysis: { ...storyA.analysis, skipped: 'too long' } })).toBe(false);
    await memoryPaused.setValue(true);
    expect(await memory.record(storyA)).toBe(false);
    expect(await memory.status()).toEqual({ on: true, paused: true, reason: null, stories: 0 });
    await memoryPaused.setValue(false);
    expect(await memory.record(storyA)).toBe(true);
    expect((await memory.status()).stories).toBe(1);
  });

  it('is off, and says why, when the database cannot open; nothing throws', async () => {
    const memory = service(() => Promise.reject(new DOMException('no storage here', 'InvalidStateError')));
    expect(await memory.record(storyA)).toBe(false);
    expect(await memory.isAvailable()).toBe(false);
    expect(await memory.ticketFor({ name: 'Putin', type: 'person' }, storyA.url)).toBeNull();
    expect(await memory.overview()).toEqual({ on: false, reason: 'InvalidStateError: no storage here' });
    expect(await memory.export()).toBeNull();
    expect(await memory.forgetSite('news.example')).toBe(0);
    await memory.forgetEverything();
    expect(await memory.status()).toEqual({
      on: false,
      paused: false,
      reason: 'InvalidStateError: no storage here',
      stories: 0,
    });
  });

  it('forgets at once the stories older than fewer days kept', async () => {
    let now = NOW - 10 * 86_400_000;
    const memory = new MemoryService(
      () => openMemory(freshDbName()),
      () => now,
    );
    await memory.record(storyA);
    now = NOW;
    await memory.record(storyB);
    expect(await memory.forgetOlderThan(30)).toBe(0);
    expect(await memory.forgetOlderThan(7)).toBe(1);
    expect((await memory.export())?.stories.map((story) => story.headline)).toEqual(['Story B']);
  });

  it('keeps nothing after forgetting everything, and exports what it keeps', async () => {
    const memory = service();
    await memory.record(storyA);
    expect((await memory.export())?.stories).toHaveLength(1);
    const answer = await memory.overview();
    expect(answer.on && answer.overview.people.map((person) => person.name)).toEqual(['Vladimir Putin']);
    await memory.forgetEverything();
    expect((await memory.export())?.stories).toEqual([]);
  });
});
