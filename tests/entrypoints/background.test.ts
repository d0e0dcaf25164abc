import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background, { badgeTextFor } from '../../entrypoints/background';
import type { CopiedExtraction } from '../../lib/reading/copied-extraction';
import { sendInParts } from '../../lib/extension/message-parts';
import type { PageCopy } from '../../lib/reading/page-copy';
import type { PageState } from '../../lib/reading/page-state';
import { extractedPageText, leadOf, type PageText } from '../../lib/reading/page-text';
import type { ArticleDetection } from '../../lib/detect';
import * as extract from '../../lib/extract';
import { readingMode, sitesWithHighlightsOff, skippedSites } from '../../lib/extension/settings';
import {
  followerInPage,
  markDetectorStarted,
  readInPage,
  type PageFollower,
  type PublishedDetection,
  type ReaderInjection,
} from '../../utils/isolated-world';
import { SPA_SETTLE_MS } from '../../utils/navigation';
import * as pipeline from '../../lib/pipeline';
import { WarmUp } from '../../lib/extension/warm-up';
import { notArticleAnalysis, sampleAnalysis } from '../components/sample-analysis';

/** The fake browser has no commands API: keep the listener the background registers. */
let commandListener: ((command: string) => void) | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  commandListener = null;
  // The fake browser has no style sheets to insert.
  vi.spyOn(browser.scripting, 'insertCSS').mockResolvedValue();
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    commandListener = listener as (command: string) => void;
  });
});

/** The background's answer to one message, as a content script in tab 5 would get it. */
async function ask(message: unknown): Promise<unknown> {
  const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(
    message,
    { tab: { id: 5 } } as never,
    () => undefined,
  );
  return answers.find((answer) => answer !== undefined);
}

/** The background's answer carried as JSON text (a story's extraction and analysis), read back. */
async function askJson(message: unknown): Promise<unknown> {
  const answer = await ask(message);
  expect(answer).toEqual(expect.any(String));
  return JSON.parse(answer as string);
}

const PAGE: PageText = {
  isArticle: true,
  detection: { score: 1, reasons: ['test'] },
  metadata: { title: 'T', byline: null, siteName: null, publishedTime: null, lang: 'en' },
  text: 'Vladimir Putin met NATO envoys in Moscow.',
};

/** What the detector found on the page the copies in these tests come from. */
const DETECTION: ArticleDetection = { isArticle: true, score: 1, reasons: ['test'], lang: 'en' };

const READING: PageState = { status: 'reading', analysis: null, host: 'news.test' };

describe('background', () => {
  it('analyses a page once per URL and text, and sets the badge to the number of quotes', async () => {
    const analysis = sampleAnalysis();
    const analyze = vi.spyOn(pipeline, 'analyzePageText').mockReturnValue(analysis);
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    background.main();
    const message = { type: 'analyze-page', url: 'https://news.test/a', page: PAGE, lead: false };
    expect(await askJson(message)).toEqual(analysis);
    expect(await askJson(message)).toEqual(analysis);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(badge).toHaveBeenCalledWith({ tabId: 5, text: '4' });
    await ask({ ...message, page: { ...PAGE, text: `${PAGE.text} More.` } });
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('extracts the story from a page’s copy, by the copy’s Text node indices', async () => {
    const analyze = vi.spyOn(pipeline, 'analyzePageText').mockReturnValue(sampleAnalysis());
    background.main();
    const paragraph =
      'Vladimir Putin met NATO envoys in Moscow on Tuesday, officials said, and the talks, which ran late, ended without a deal.';
    const copy: PageCopy = {
      url: 'https://news.test/2024/05/talks',
      root: [
        'html',
        [],
        [
          [
            'body',
            [],
            [
              [
                'article',
                [],
                [
                  ['p', [], [paragraph]],
                  ['p', [], [paragraph]],
                  ['p', [], [paragraph]],
                ],
              ],
            ],
          ],
        ],
      ],
    };
    // The copy's text in parts, as the reader sends a large one.
    let sentParts = 0;
    const extraction = (await sendInParts(
      [JSON.stringify(copy)],
      {
        part: (index, part) => {
          sentParts += 1;
          return ask({ type: 'extract-page-part', index, part });
        },
        last: (last, parts) => askJson({ type: 'extract-page', copy: last, detection: DETECTION, parts }),
      },
      100,
    )) as CopiedExtraction;
    expect(sentParts).toBeGreaterThan(1);
    expect(extraction.text).toBe([paragraph, paragraph, paragraph].join('\n'));
    expect(extraction.originRuns.slice(0, 3)).toEqual([0, 0, paragraph.length]);
    expect(extraction.originRuns.at(-3)).toBe(2);
    // And the story analysed in the task after.
    await new Promise((done) => setTimeout(done, 0));
    expect(analyze.mock.lastCall?.[0].text).toBe(extraction.text);
  });

  it('analyses an extracted story once its extraction has left, so the page’s request finds it ready', async () => {
    const analysis = sampleAnalysis();
    const analyze = vi.spyOn(pipeline, 'analyzePageText').mockReturnValue(analysis);
    const extraction: CopiedExtraction = { metadata: PAGE.metadata, text: PAGE.text, originRuns: [] };
    vi.spyOn(extract, 'extractCopiedPage').mockReturnValue(extraction);
    background.main();
    const copy: PageCopy = { url: 'https://news.test/a', root: ['html', [], []] };
    expect(await askJson({ type: 'extract-page', copy: JSON.stringify(copy), detection: DETECTION, parts: 0 })).toEqual(
      extraction,
    );
    expect(analyze).not.toHaveBeenCalled();
    await new Promise((done) => setTimeout(done, 0));
    expect(analyze).toHaveBeenCalledExactlyOnceWith(extractedPageText(DETECTION, extraction), { keyPoints: true });
    const page = extractedPageText(DETECTION, extraction);
    expect(await askJson({ type: 'analyze-page', url: copy.url, page, lead: false })).toEqual(analysis);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('analyses a long story’s lead ahead without key points, and the whole with them when asked', async () => {
    const analyze = vi.spyOn(pipeline, 'analyzePageText').mockReturnValue(sampleAnalysis());
    const paragraph = `${'Officials met in the capital on Tuesday to talk about the budget and the roads. '.repeat(5).trim()}`;
    const text = Array.from({ length: 12 }, () => paragraph).join('\n');
    const extraction: CopiedExtraction = { metadata: PAGE.metadata, text, originRuns: [] };
    vi.spyOn(extract, 'extractCopiedPage').mockReturnValue(extraction);
    background.main();
    const copy: PageCopy = { url: 'https://news.test/long', root: ['html', [], []] };
    await ask({ type: 'extract-page', copy: JSON.stringify(copy), detection: DETECTION, parts: 0 });
    await new Promise((done) => setTimeout(done, 0));
    const page = extractedPageText(DETECTION, extraction);
    const lead = { ...page, text: leadOf(text) ?? '' };
    expect(lead.text.length).toBeGreaterThan(0);
    expect(analyze).toHaveBeenCalledExactlyOnceWith(lead, { keyPoints: false });
    await ask({ type: 'analyze-page', url: copy.url, page: lead, lead: true });
    expect(analyze).toHaveBeenCalledTimes(1);
    await ask({ type: 'analyze-page', url: copy.url, page, lead: false });
    expect(analyze).toHaveBeenLastCalledWith(page, { keyPoints: true });
  });

  it('takes the badge down when the page is cleared', async () => {
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    background.main();
    await ask({ type: 'page-cleared' });
    expect(badge).toHaveBeenCalledWith({ tabId: 5, text: '' });
  });

  it('injects the reader into the frame that found an article, where it reads at once', async () => {
    const injected: ReaderInjection = { styled: true };
    const inject = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 3, result: injected }] as never);
    background.main();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'article-found' },
      { tab: { id: 5 }, frameId: 3, url: 'https://news.test/a' } as never,
      () => undefined,
    );
    // The manifest gave the page the style sheet with the detector: inserting it again restyles the page.
    expect(browser.scripting.insertCSS).not.toHaveBeenCalled();
    // One round trip: the reader starts as it is injected, and its state (with a long story's
    // analysis) stays in the page.
    expect(inject.mock.calls).toEqual([[{ target: { tabId: 5, frameIds: [3] }, files: ['/reader.js'] }]]);
  });

  it('leaves an article on a skipped site, or in on-click mode, without a reader', async () => {
    const inject = vi.spyOn(browser.scripting, 'executeScript');
    background.main();
    await skippedSites.setValue(['news.test']);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'article-found' },
      { tab: { id: 5 }, frameId: 0, url: 'https://news.test/a' } as never,
      () => undefined,
    );
    await skippedSites.setValue([]);
    await readingMode.setValue('on-click');
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'article-found' },
      { tab: { id: 5 }, frameId: 0, url: 'https://news.test/a' } as never,
      () => undefined,
    );
    expect(inject).not.toHaveBeenCalled();
  });

  it.each<[string, ReaderInjection, boolean]>([
    // A detector ran (the manifest gave the sheet with it; inserting it again restyles the whole
    // page), or a reader was injected with the sheet before. The reader reads anyway, or joins its
    // reading under way of the article at this address (tests/entrypoints/reader.test.ts).
    ['where a detector or a reader ran', { styled: true }, false],
    // No detector ran (a page loaded before NewsLens was installed): no sheet yet.
    ['where nothing of NewsLens ran', { styled: false }, true],
  ])('reads a page anyway for the popup %s; inserts the style sheet: %s', async (_where, injected, inserts) => {
    // The page answers its state as JSON text, which the background reads for the popup.
    const inject = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockImplementation((async (injection: { func?: unknown }) => [
        { frameId: 0, result: injection.func === readInPage ? JSON.stringify(READING) : injected },
      ]) as never);
    background.main();
    expect(await ask({ type: 'read-anyway', tabId: 8 })).toEqual(READING);
    // Two round trips: the reader's injection says whether the sheet is there, with no probe before it.
    expect(inject.mock.calls).toEqual([
      [{ target: { tabId: 8, frameIds: [0] }, files: ['/reader.js'] }],
      [{ target: { tabId: 8, frameIds: [0] }, func: readInPage, args: [true] }],
    ]);
    expect(vi.mocked(browser.scripting.insertCSS).mock.calls).toEqual(
      inserts ? [[{ target: { tabId: 8, frameIds: [0] }, files: ['assets/highlights.css'] }]] : [],
    );
  });

  it('tells the popup what the detector found on a page without a reader', async () => {
    const found: PublishedDetection = {
      url: 'https://news.test/section',
      detection: { isArticle: false, score: 0.1, reasons: ['a section page address'], lang: 'en' },
    };
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: found }] as never);
    background.main();
    const state = (await ask({ type: 'inspect-page', tabId: 8 })) as PageState;
    expect(state).toMatchObject({
      status: 'done',
      host: 'news.test',
      analysis: { isArticle: false, skipped: 'not an article' },
    });
    expect(state.analysis?.detection.reasons).toEqual(['a section page address']);
  });

  it('reads an article the popup finds unread without inserting the style sheet its detector brought', async () => {
    const found: PublishedDetection = {
      url: 'https://news.test/2024/05/a-story',
      detection: { isArticle: true, score: 0.9, reasons: ['story markup'], lang: 'en' },
    };
    const injected: ReaderInjection = { styled: true };
    const answers = new Map<unknown, unknown>([
      [undefined, injected],
      [readInPage, JSON.stringify(READING)],
    ]);
    vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (injection: { func?: unknown }) => [
      { frameId: 0, result: answers.has(injection.func) ? answers.get(injection.func) : found },
    ]) as never);
    background.main();
    expect(await ask({ type: 'inspect-page', tabId: 8 })).toEqual(READING);
    expect(browser.scripting.insertCSS).not.toHaveBeenCalled();
  });

  it('answers null for a tab where no detector ran', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: null }] as never);
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 8, url: 'https://news.test/2024/05/a-story' } as never);
    background.main();
    expect(
      await fakeBrowser.runtime.onMessage.trigger({ type: 'inspect-page', tabId: 8 }, {} as never, () => undefined),
    ).toEqual([null]);
  });

  it('answers from the address alone for a home page, where no detector runs', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: null }] as never);
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 8, url: 'https://news.test/' } as never);
    background.main();
    const state = (await ask({ type: 'inspect-page', tabId: 8 })) as PageState;
    expect(state).toMatchObject({ status: 'done', host: 'news.test', analysis: { isArticle: false } });
    expect(state.analysis?.detection.reasons).toEqual(['a home page address']);
  });

  it('ignores messages that are not NewsLens’s', async () => {
    const analyze = vi.spyOn(pipeline, 'analyzePageText');
    background.main();
    expect(await ask({ type: 'other', page: PAGE })).toBeUndefined();
    expect(analyze).not.toHaveBeenCalled();
  });
});

describe('readInPage, run in the page', () => {
  it('answers the reader’s state as JSON text, which Chromium carries without converting each value', async () => {
    const world = globalThis as { __newslensReader?: unknown };
    world.__newslensReader = { read: async (force: boolean) => ({ ...READING, error: `forced: ${force}` }) };
    try {
      expect(await readInPage(true)).toBe(JSON.stringify({ ...READING, error: 'forced: true' }));
    } finally {
      delete world.__newslensReader;
    }
  });
});

describe('followerInPage, run in the page', () => {
  it('counts a detector that started, before it publishes its finding, as bringing the style sheet', () => {
    markDetectorStarted();
    try {
      expect(followerInPage()).toEqual({ reader: false, detector: true, detectedUrl: null });
    } finally {
      delete (globalThis as { __newslensDetectorStarted?: true }).__newslensDetectorStarted;
    }
  });
});

describe('a tab whose address changes', () => {
  const STORY = 'https://news.test/2024/05/a-story';

  /** The scripts injected after the tab at `url` changed address, the page answering `follower`. */
  async function injectionsAfter(url: string, follower: PageFollower | null) {
    vi.useFakeTimers();
    const inject = vi
      .spyOn(browser.scripting, 'executeScript')
      .mockResolvedValue([{ frameId: 0, result: follower }] as never);
    background.main();
    await fakeBrowser.tabs.onUpdated.trigger(7, { url }, { id: 7, url } as never);
    await vi.advanceTimersByTimeAsync(SPA_SETTLE_MS);
    vi.useRealTimers();
    return inject.mock.calls.map(([injection]) => ('files' in injection ? injection.files : 'probe'));
  }

  it.each([
    ['left an address the detector looked at', 'https://news.test/', false],
    ['opened at a home page, where no detector ran (nor the manifest’s style sheet)', null, true],
  ])(
    'has the detector look at the new address once the app rendered it: a page that %s',
    async (_, detectedUrl, styled) => {
      const follower = { reader: false, detector: detectedUrl !== null, detectedUrl };
      expect(await injectionsAfter(STORY, follower)).toEqual(['probe', ['/detector.js']]);
      expect(vi.mocked(browser.scripting.insertCSS).mock.calls.length).toBe(styled ? 1 : 0);
    },
  );

  it.each([
    ['the detector already looked at', { reader: false, detector: true, detectedUrl: STORY }],
    ['a reader follows', { reader: true, detector: false, detectedUrl: null }],
  ])('leaves a page %s', async (_, follower) => {
    expect(await injectionsAfter(STORY, follower)).toEqual(['probe']);
  });

  it.each([
    ['a home page: its address says it is no article', 'https://news.test/'],
    ['a browser page', 'chrome://newtab/'],
  ])('leaves %s alone', async (_, url) => {
    expect(await injectionsAfter(url, null)).toEqual([]);
  });

  it('gets the analysis ready as a page the detector reads starts loading, not a home page or a browser page', async () => {
    const start = vi.spyOn(WarmUp.prototype, 'start').mockImplementation(() => undefined);
    await injectionsAfter('https://news.test/', null);
    await injectionsAfter('chrome://newtab/', null);
    expect(start).not.toHaveBeenCalled();
    await injectionsAfter(STORY, null);
    expect(start).toHaveBeenCalled();
  });

  it.each([
    ['on a skipped site', () => skippedSites.setValue(['news.test'])],
    ['in on-click mode', () => readingMode.setValue('on-click')],
  ])('leaves the analysis cold where the page will not be read: %s', async (_, setUp) => {
    const start = vi.spyOn(WarmUp.prototype, 'start').mockImplementation(() => undefined);
    await setUp();
    await injectionsAfter(STORY, null);
    expect(start).not.toHaveBeenCalled();
  });

  it('decides whether to read a page as it starts loading; the detector’s finding takes that decision', async () => {
    vi.spyOn(WarmUp.prototype, 'start').mockImplementation(() => undefined);
    const found = (url: string) =>
      fakeBrowser.runtime.onMessage.trigger(
        { type: 'article-found' },
        { tab: { id: 7 }, frameId: 0, url } as never,
        () => undefined,
      );
    await skippedSites.setValue(['news.test']);
    const injections = await injectionsAfter(STORY, null);
    // Unskipped after the page started loading: this page keeps the decision taken then.
    await skippedSites.setValue([]);
    await found(STORY);
    expect(injections).toEqual(['probe']);
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(1);
    // The same tab's next finding, at a site no loading was seen for, is decided when it comes.
    const reader: ReaderInjection = { styled: true };
    vi.mocked(browser.scripting.executeScript).mockResolvedValue([{ frameId: 0, result: reader }] as never);
    await found('https://other.test/a-story');
    expect(vi.mocked(browser.scripting.executeScript).mock.calls.at(-1)).toEqual([
      { target: { tabId: 7, frameIds: [0] }, files: ['/reader.js'] },
    ]);
  });
});

describe('the toggle command', () => {
  it('flips the switch of the active tab’s site, whether or not its page was read', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 9, url: 'https://www.news.test/home' }] as never);
    background.main();
    commandListener?.('toggle-highlights');
    await vi.waitFor(async () => expect(await sitesWithHighlightsOff.getValue()).toEqual(['news.test']));
  });

  it('does nothing on a browser page', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 9, url: 'chrome://newtab/' }] as never);
    const set = vi.spyOn(sitesWithHighlightsOff, 'setValue');
    background.main();
    commandListener?.('toggle-highlights');
    await new Promise((done) => setTimeout(done, 10));
    expect(set).not.toHaveBeenCalled();
  });
});

describe('background: the reading memory', () => {
  /** The background's answer to a message from `sender` (a tab's content script, or an extension page). */
  async function askFrom(message: unknown, sender: object): Promise<unknown> {
    const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
    return answers.find((answer) => answer !== undefined);
  }
  const popup = () => ({ url: browser.runtime.getURL('/popup.html') });
  const frameIn = (tabId: number) => ({ url: browser.runtime.getURL('/memory-card.html'), tab: { id: tabId } });
  const storyTab = (incognito = false) => ({ tab: { id: 5, incognito }, url: 'https://news.test/a' });

  it('records each analysed story, except a private tab’s, and tells the card’s frame through a ticket', async () => {
    vi.spyOn(pipeline, 'analyzePageText').mockReturnValue(sampleAnalysis());
    background.main();
    await askFrom({ type: 'memory-forget-all' }, popup());
    // The reader asks whether the memory can show before it makes the card's frame, empty.
    expect(await askFrom({ type: 'memory-available' }, storyTab())).toBe(true);
    await askFrom({ type: 'analyze-page', url: 'https://private.test/p', page: PAGE, lead: false }, storyTab(true));
    await askFrom({ type: 'analyze-page', url: 'https://news.test/a', page: PAGE, lead: false }, storyTab());
    await vi.waitFor(async () =>
      expect(await askFrom({ type: 'memory-status' }, popup())).toMatchObject({ stories: 1 }),
    );
    const ticket = await askFrom(
      { type: 'memory-ticket', entity: { name: 'Putin', type: 'person' }, url: 'https://news.test/b' },
      storyTab(),
    );
    expect(ticket).toEqual(expect.any(String));
    const answer = await askFrom({ type: 'memory-for-ticket', ticket }, frameIn(5));
    expect(answer).toMatchObject({ name: 'Vladimir Putin', stories: [{ headline: 'Putin meets NATO envoys' }] });
  });

  it('shows nothing of the history in a private window: no frame, no ticket', async () => {
    vi.spyOn(pipeline, 'analyzePageText').mockReturnValue(sampleAnalysis());
    background.main();
    await askFrom({ type: 'memory-forget-all' }, popup());
    await askFrom({ type: 'analyze-page', url: 'https://news.test/a', page: PAGE, lead: false }, storyTab());
    await vi.waitFor(async () =>
      expect(await askFrom({ type: 'memory-status' }, popup())).toMatchObject({ stories: 1 }),
    );
    const putin = { type: 'memory-ticket', entity: { name: 'Putin', type: 'person' }, url: 'https://private.test/b' };
    expect(await askFrom({ type: 'memory-available' }, storyTab(true))).toBe(false);
    expect(await askFrom(putin, storyTab(true))).toBeNull();
    // The same story in an ordinary window is shown its history.
    expect(await askFrom({ type: 'memory-available' }, storyTab())).toBe(true);
    expect(await askFrom(putin, storyTab())).toEqual(expect.any(String));
  });

  it('records a long story once, from its whole text, not from its first screens', async () => {
    vi.spyOn(pipeline, 'analyzePageText').mockReturnValue(sampleAnalysis());
    background.main();
    await askFrom({ type: 'memory-forget-all' }, popup());
    await askFrom({ type: 'analyze-page', url: 'https://news.test/lead', page: PAGE, lead: true }, storyTab());
    await askFrom({ type: 'analyze-page', url: 'https://news.test/whole', page: PAGE, lead: false }, storyTab());
    const recorded = async () => {
      const exported = (await askFrom({ type: 'memory-export' }, popup())) as string | null;
      return exported ? (JSON.parse(exported) as { stories: Array<{ url: string }> }).stories.map((s) => s.url) : [];
    };
    await vi.waitFor(async () => expect(await recorded()).toContain('https://news.test/whole'));
    expect(await recorded()).toEqual(['https://news.test/whole']);
  });

  it('answers what it holds only to the extension’s own pages, never to a content script', async () => {
    background.main();
    for (const type of ['memory-status', 'memory-overview', 'memory-export', 'memory-forget-all']) {
      await expect(askFrom({ type }, storyTab())).rejects.toThrow('only the extension’s own pages');
    }
    await expect(askFrom({ type: 'memory-for-ticket', ticket: 'x' }, storyTab())).rejects.toThrow();
    await expect(
      askFrom(
        { type: 'memory-ticket', entity: { name: 'Putin', type: 'person' }, url: 'https://news.test/a' },
        popup(),
      ),
    ).rejects.toThrow('a ticket is for a reader in a tab');
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
