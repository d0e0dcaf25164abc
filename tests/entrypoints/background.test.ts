import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background, { badgeTextFor } from '../../entrypoints/background';
import type { PageText } from '../../lib/pipeline';
import * as pipeline from '../../lib/pipeline';
import { notArticleAnalysis, sampleAnalysis } from '../components/sample-analysis';

/** The fake browser has no commands API: keep the listener the background registers. */
let commandListener: ((command: string) => void) | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  commandListener = null;
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    commandListener = listener as (command: string) => void;
  });
});

/** The background's answer to one message, as a content script in tab 5 would get it. */
async function ask(message: unknown): Promise<unknown> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, { tab: { id: 5 } } as never, () => undefined);
  return answers.find((answer) => answer !== undefined);
}

const PAGE: PageText = {
  isArticle: true,
  detection: { score: 1, reasons: ['test'] },
  metadata: { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en' },
  text: 'Vladimir Putin met NATO envoys in Moscow.',
};

describe('background', () => {
  it('analyses a page once per URL and text, and sets the badge to the number of quotes', async () => {
    const analysis = sampleAnalysis();
    const analyze = vi.spyOn(pipeline, 'analyzeReading').mockReturnValue(analysis);
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    background.main();
    const message = { type: 'analyze-page', url: 'https://news.test/a', page: PAGE };
    expect(await ask(message)).toBe(analysis);
    expect(await ask(message)).toBe(analysis);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(badge).toHaveBeenCalledWith({ tabId: 5, text: '4' });
    await ask({ ...message, page: { ...PAGE, text: `${PAGE.text} More.` } });
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('takes the badge down when the page is cleared', async () => {
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    background.main();
    await ask({ type: 'page-cleared' });
    expect(badge).toHaveBeenCalledWith({ tabId: 5, text: '' });
  });

  it('ignores messages that are not NewsLens’s', async () => {
    const analyze = vi.spyOn(pipeline, 'analyzeReading');
    background.main();
    expect(await ask({ type: 'other', page: PAGE })).toBeUndefined();
    expect(analyze).not.toHaveBeenCalled();
  });
});

describe('the toggle command', () => {
  it('is passed to the content script of the active tab', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    background.main();
    commandListener?.('toggle-highlights');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(9, { type: 'toggle-highlights' }));
  });
});

describe('badgeTextFor', () => {
  it.each([
    // An article: the number of quotes, zero included (the page was read).
    ['an analysed article', sampleAnalysis(), '4'],
    ['an article without quotes', { ...sampleAnalysis(), quotes: [] }, '0'],
    ['a page read anyway', { ...sampleAnalysis(), isArticle: false }, '4'],
    // Nothing analysed: no badge.
    ['a page that is not an article', notArticleAnalysis(), ''],
    ['a skipped article', { ...sampleAnalysis(), skipped: 'language' }, ''],
  ])('%s → %j', (_label, analysis, expected) => {
    expect(badgeTextFor(analysis)).toBe(expected);
  });
});
