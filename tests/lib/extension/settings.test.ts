import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ALL_KINDS_ON,
  highlightKinds,
  DEFAULT_KEEP_DAYS,
  memoryKeepDays,
  memoryPaused,
  readMemorySettings,
  readingDecision,
  readingMode,
  sitesWithHighlightsOff,
  skippedSites,
  toggleSiteHighlights,
} from '../../../lib/extension/settings';
import {
  KEEP_DAYS_RANGE,
  isHostListed,
  normalizeSite,
  parseKeepDays,
  parseSiteList,
  withSite,
} from '../../../lib/extension/setting-values';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('storage items', () => {
  it('fall back to: every kind on, automatic reading, no site skipped or switched off', async () => {
    expect(await highlightKinds.getValue()).toEqual(ALL_KINDS_ON);
    expect(await readingMode.getValue()).toBe('automatic');
    expect(await skippedSites.getValue()).toEqual([]);
    expect(await sitesWithHighlightsOff.getValue()).toEqual([]);
  });

  it('tell watchers about a change (how open pages apply options live)', async () => {
    const seen: string[][] = [];
    const unwatch = skippedSites.watch((sites) => seen.push(sites));
    await skippedSites.setValue(['example.com']);
    await new Promise((done) => setTimeout(done, 0));
    unwatch();
    expect(seen).toEqual([['example.com']]);
  });
});

describe('parseKeepDays', () => {
  it.each([
    ['30', 30],
    [' 7 ', 7],
    ['2.6', 3],
    // Out of range: kept within a day and ten years.
    ['0', KEEP_DAYS_RANGE.min],
    ['-5', KEEP_DAYS_RANGE.min],
    ['99999', KEEP_DAYS_RANGE.max],
    // No number: nothing to keep.
    ['', null],
    ['  ', null],
    ['abc', null],
  ])('reads %j as %j days', (input, days) => {
    expect(parseKeepDays(input)).toBe(days);
  });
});

describe('readMemorySettings', () => {
  it('reads both memory settings at once: their fallbacks, then what the reader set', async () => {
    expect(await readMemorySettings()).toEqual({ paused: false, keepDays: DEFAULT_KEEP_DAYS });
    await memoryPaused.setValue(true);
    await memoryKeepDays.setValue(30);
    expect(await readMemorySettings()).toEqual({ paused: true, keepDays: 30 });
  });
});

describe('readingDecision', () => {
  it('reads by default, holds a skipped site, and waits for a click in on-click mode', async () => {
    expect(await readingDecision('news.example.com')).toBe('read');
    await readingMode.setValue('on-click');
    expect(await readingDecision('news.example.com')).toBe('waiting');
    await skippedSites.setValue(['example.com']);
    expect(await readingDecision('news.example.com')).toBe('site-skipped');
  });
});

describe('toggleSiteHighlights', () => {
  it('switches the site off, then back on, leaving other sites alone', async () => {
    await sitesWithHighlightsOff.setValue(['other.org']);
    await toggleSiteHighlights('www.example.com');
    expect(await sitesWithHighlightsOff.getValue()).toEqual(['other.org', 'example.com']);
    await toggleSiteHighlights('example.com');
    expect(await sitesWithHighlightsOff.getValue()).toEqual(['other.org']);
  });

  it('switches highlights back on for one subdomain of a site listed off, leaving the others off', async () => {
    await sitesWithHighlightsOff.setValue(['example.com']);
    await toggleSiteHighlights('a.example.com');
    const off = await sitesWithHighlightsOff.getValue();
    expect(isHostListed('a.example.com', off)).toBe(false);
    expect(isHostListed('b.example.com', off)).toBe(true);
    expect(isHostListed('example.com', off)).toBe(true);
    await toggleSiteHighlights('a.example.com');
    expect(await sitesWithHighlightsOff.getValue()).toEqual(['example.com']);
  });
});

describe('isHostListed', () => {
  it.each([
    // The site itself and its subdomains.
    ['example.com', ['example.com'], true],
    ['news.example.com', ['example.com'], true],
    ['www.example.com', ['example.com'], true],
    // As typed: scheme, path, capitals.
    ['example.com', ['https://WWW.Example.com/world'], true],
    // A longer name that merely ends the same is another site.
    ['notexample.com', ['example.com'], false],
    ['example.com', ['news.example.com'], false],
    // An empty line covers nothing.
    ['example.com', [''], false],
    // An exception takes a subdomain back out of its listed site; the most specific entry decides.
    ['a.example.com', ['example.com', '!a.example.com'], false],
    ['news.a.example.com', ['!a.example.com', 'example.com'], false],
    ['b.example.com', ['example.com', '!a.example.com'], true],
    ['x.a.example.com', ['example.com', '!a.example.com', 'x.a.example.com'], true],
    ['a.example.com', ['!a.example.com'], false],
  ])('%s in %j → %s', (host, sites, expected) => {
    expect(isHostListed(host, sites)).toBe(expected);
  });
});

describe('site lists', () => {
  it.each([
    ['  https://www.example.com/news?x=1 ', 'example.com'],
    ['Example.COM:8080', 'example.com'],
    ['sub.example.org', 'sub.example.org'],
  ])('normalizeSite(%j) → %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it('parses the options textarea: lines or commas, blanks and duplicates dropped', () => {
    expect(parseSiteList('example.com\n\n www.example.com , other.org\n')).toEqual(['example.com', 'other.org']);
    expect(parseSiteList(' !https://News.example.com/\n!')).toEqual(['!news.example.com']);
  });

  it('adds and removes a site', () => {
    expect(withSite(['a.com'], 'www.b.com', true)).toEqual(['a.com', 'b.com']);
    expect(withSite(['a.com', 'b.com'], 'b.com', false)).toEqual(['a.com']);
    expect(withSite(['b.com'], 'b.com', true)).toEqual(['b.com']);
    // A subdomain of a listed site: switched back on by an exception, the parent's others stay listed.
    expect(withSite(['a.com', 'b.com'], 'news.b.com', false)).toEqual(['a.com', 'b.com', '!news.b.com']);
    expect(withSite(['b.com', '!news.b.com'], 'news.b.com', true)).toEqual(['b.com']);
    expect(withSite(['b.com'], 'news.b.com', true)).toEqual(['b.com']);
  });
});
