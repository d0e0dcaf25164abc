import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAINT_SLICE, PageReader, type PageReaderDeps, type PaintSettings } from '../../entrypoints/reader/page-reader';
import type { Analysis } from '../../lib/analysis';
import { HIGHLIGHT_NAMES, registeredHighlightNames, type PaintedSpan } from '../../lib/paint/highlight';
import * as pageHalf from '../../lib/reading/page-half';
import type { PageText } from '../../lib/reading/page-text';
import type { MappedPageText } from '../../lib/reading/page-half';
import type { ArticleDetection } from '../../lib/detect';
import type { PageCopy } from '../../lib/reading/page-copy';
import type { CopiedExtraction } from '../../lib/reading/copied-extraction';
import type { TextMap } from '../../lib/reading/text-map';
import { ALL_KINDS_ON } from '../../lib/extension/settings';
import { sampleAnalysis } from '../components/sample-analysis';
import { answerLater } from '../support/answer-later';
import { appendParagraph, installFakeHighlightApi, singleNodeMap } from '../lib/paint/highlight-api-fake';

/**
 * The content script's reader against a stubbed background: the page is one paragraph holding the
 * sample analysis's text, and the page half of the pipeline is stubbed to map it exactly.
 */
let uninstall: () => void;
let paragraph: HTMLParagraphElement;
let analysis: Analysis;

beforeEach(() => {
  analysis = sampleAnalysis();
  ({ uninstall } = installFakeHighlightApi(window));
  let textNode: Text;
  ({ paragraph, textNode } = appendParagraph(document, analysis.text));
  stubPageHalf({
    isArticle: true,
    detection: analysis.detection,
    metadata: analysis.article,
    text: analysis.text,
    map: { ...singleNodeMap(document, textNode), rangesFor: () => [], pointAt: () => null },
  });
});

/** The page's copy, in two steps with a pause between them as the real one comes, then its text mapped back (in one step). */
function stubPageHalf(mapped: MappedPageText) {
  vi.spyOn(pageHalf, 'detectAndCopy').mockImplementation(function* () {
    yield;
    return { detection: DETECTION, live: { chunks: [JSON.stringify(COPY)], texts: [] } };
  });
  vi.spyOn(pageHalf, 'mappedPageTextInSteps').mockImplementation(function* () {
    // No step between: a short story's map back is done at once.
    yield* [];
    return mapped;
  });
}

/** A story of 600 words (over the first screen's lead) in the paragraph's one text node, mapped back with `pointAt`. */
function stubLongStory(pointAt: TextMap['pointAt']): string {
  const node = paragraph.firstChild as Text;
  const text = Array(60).fill('A paragraph of the story that holds exactly ten words.').join('\n');
  stubPageHalf({
    isArticle: true,
    detection: analysis.detection,
    metadata: analysis.article,
    text,
    map: { ...singleNodeMap(document, node), rangesFor: () => [], pointAt },
  });
  return text;
}

/** What the stubbed copy sends to the background. */
const COPY = { url: 'https://news.example.com/story', root: ['html', [], []] } satisfies PageCopy;
/** The stubbed detection, sent with the copy. */
const DETECTION: ArticleDetection = { score: 1, reasons: ['a story'], isArticle: true, lang: 'en' };

afterEach(() => {
  paragraph.remove();
  uninstall();
  vi.restoreAllMocks();
});

function makeReader(
  overrides: Partial<PageReaderDeps> = {},
  highlightsOn = true,
  settings: Promise<PaintSettings> = Promise.resolve({ kinds: ALL_KINDS_ON, highlightsOn }),
) {
  const analyze = vi.fn(async (_url: string, _page: PageText) => analysis);
  const onPainted = vi.fn((_painted: readonly PaintedSpan[], _analysis: Analysis | null) => undefined);
  const extract = vi.fn(
    async (_copyJson: readonly string[], _detection: ArticleDetection): Promise<CopiedExtraction | null> => ({
      metadata: analysis.article,
      text: analysis.text,
      originRuns: [],
    }),
  );
  const deps = {
    doc: document,
    url: () => 'https://news.example.com/story',
    extract,
    analyze,
    notifyCleared: vi.fn(),
    detectorFinding: null,
    pause: () => new Promise<void>((resume) => window.setTimeout(resume, 0)),
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number) => window.clearTimeout(id),
    now: () => performance.now(),
    onPainted,
    ...overrides,
  };
  return { reader: new PageReader(deps, settings), deps, analyze, extract, onPainted };
}

/** The reader's pauses, ended by hand: each is a task the page gets its thread back before. */
function pausesEndedByHand(): { pause: () => Promise<void>; runNextTask: () => Promise<void> } {
  const queued: Array<() => void> = [];
  return {
    pause: () => new Promise<void>((resume) => queued.push(resume)),
    runNextTask: async () => {
      queued.shift()?.();
      await new Promise((done) => setTimeout(done, 0));
    },
  };
}

describe('PageReader', () => {
  it('has the background extract the page’s copy, with the detection its analysis needs, and maps its answer back', async () => {
    const { reader, extract } = makeReader();
    await reader.read();
    expect(extract).toHaveBeenCalledExactlyOnceWith([JSON.stringify(COPY)], DETECTION);
    const [, , extraction] = vi.mocked(pageHalf.mappedPageTextInSteps).mock.lastCall!;
    expect(extraction).toEqual(await extract.mock.results[0]!.value);
  });

  it('copies the page and has it extracted while its settings are read, and paints once they are', async () => {
    const settings = answerLater<PaintSettings>();
    const { reader, extract, analyze } = makeReader({}, true, settings.promise);
    const reading = reader.read();
    await vi.waitFor(() => expect(extract).toHaveBeenCalledOnce());
    await new Promise((done) => setTimeout(done, 10));
    expect(analyze).not.toHaveBeenCalled();
    expect(registeredHighlightNames(document)).toEqual([]);
    settings.answer({ kinds: ALL_KINDS_ON, highlightsOn: true });
    expect(await reading).toMatchObject({ status: 'done', analysis });
    expect(registeredHighlightNames(document)).toContain(HIGHLIGHT_NAMES.person);
  });

  it('takes the detector’s finding for its first reading of that address, and looks anew after', async () => {
    const finding = { url: 'https://news.example.com/story', detection: DETECTION };
    const { reader } = makeReader({ detectorFinding: finding });
    await reader.read();
    await reader.reread();
    const options = vi.mocked(pageHalf.detectAndCopy).mock.calls.map(([, , given]) => given?.detection);
    expect(options).toEqual([DETECTION, undefined]);
  });

  it('looks anew at a page whose address changed since the detector looked', async () => {
    const finding = { url: 'https://news.example.com/an-earlier-story', detection: DETECTION };
    const { reader } = makeReader({ detectorFinding: finding });
    await reader.read();
    expect(vi.mocked(pageHalf.detectAndCopy).mock.lastCall![2]?.detection).toBeUndefined();
  });

  it('sends the page text without the DOM map, paints the answer and tells the hover card', async () => {
    const { reader, analyze, onPainted } = makeReader();
    const state = await reader.read();
    expect(state).toMatchObject({ status: 'done', analysis, host: 'news.example.com' });
    const sent = analyze.mock.calls[0]!;
    expect(sent[0]).toBe('https://news.example.com/story');
    expect(sent[1]).not.toHaveProperty('map');
    expect(registeredHighlightNames(document)).toEqual([
      HIGHLIGHT_NAMES.person,
      HIGHLIGHT_NAMES.place,
      HIGHLIGHT_NAMES.organization,
      HIGHLIGHT_NAMES.quote,
    ]);
    const [painted] = onPainted.mock.lastCall!;
    expect(painted.map((span) => span.range.toString())).toContain('Vladimir Putin');
  });

  it('reads a long story in two passes: its lead painted first, then the whole', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of a very long story, ten words.`);
    const longText = paragraphs.join('\n');
    stubPageHalf({
      isArticle: true,
      detection: analysis.detection,
      metadata: analysis.article,
      text: longText,
      map: { rangeFor: () => null, rangesFor: () => [], pointAt: () => null },
    });
    const { reader, analyze, onPainted } = makeReader();
    await reader.read();
    const [lead, whole] = analyze.mock.calls.map(([, page]) => page.text);
    expect(longText.startsWith(lead!)).toBe(true);
    expect(lead!.length).toBeLessThan(longText.length);
    expect(whole).toBe(longText);
    expect(onPainted).toHaveBeenCalledTimes(2);
  });

  it('paints nothing where highlights are off for the site, but keeps the analysis for the popup', async () => {
    const { reader } = makeReader({}, false);
    expect((await reader.read()).analysis).toBe(analysis);
    expect(registeredHighlightNames(document)).toEqual([]);
  });

  it('repaints live when the settings change', async () => {
    const { reader } = makeReader();
    await reader.read();
    reader.updateSettings({ kinds: { ...ALL_KINDS_ON, quote: false, place: false }, highlightsOn: true });
    expect(registeredHighlightNames(document)).toEqual([HIGHLIGHT_NAMES.person, HIGHLIGHT_NAMES.organization]);
    reader.updateSettings({ kinds: ALL_KINDS_ON, highlightsOn: false });
    expect(registeredHighlightNames(document)).toEqual([]);
  });

  it('paints nothing for an analysis that skipped the text', async () => {
    const { reader } = makeReader({ analyze: vi.fn(async () => ({ ...analysis, skipped: 'language' })) });
    await reader.read();
    expect(registeredHighlightNames(document)).toEqual([]);
  });

  it('reports a failed analysis and leaves the page unpainted', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { reader } = makeReader({
      analyze: vi.fn(async () => {
        throw new Error('no background');
      }),
    });
    expect(await reader.read()).toMatchObject({ status: 'failed', error: 'no background' });
    expect(registeredHighlightNames(document)).toEqual([]);
  });

  it('paints a story of many mentions over tasks of a few ms each, the first ones first, and stops when reset', async () => {
    const mentions = Array.from({ length: 1200 }, (_, i) => ({ start: i % 200, end: (i % 200) + 1, text: 'x' }));
    analysis = { ...analysis, entities: [{ ...analysis.entities[0]!, mentions }], quotes: [] };
    const { pause, runNextTask } = pausesEndedByHand();
    // A clock that moves 5 ms each time it is read: two slices of ranges fit in a task's 8 ms.
    let clock = 0;
    const now = () => (clock += 5);
    const { reader, onPainted } = makeReader({ pause, now });
    void reader.read();
    while (onPainted.mock.calls.length === 0) await runNextTask();
    expect(onPainted.mock.lastCall![0]).toHaveLength(2 * PAINT_SLICE);
    expect(onPainted.mock.lastCall![0][0]!.start).toBe(0);
    await runNextTask();
    expect(onPainted.mock.lastCall![0]).toHaveLength(4 * PAINT_SLICE);
    reader.reset();
    await runNextTask();
    expect(onPainted.mock.lastCall![0]).toHaveLength(0);
    expect(registeredHighlightNames(document)).toEqual([]);
  });

  it('tells what it painted in a task of its own once its slices used the task’s budget', async () => {
    const mentions = Array.from({ length: 300 }, (_, i) => ({ start: i % 200, end: (i % 200) + 1, text: 'x' }));
    analysis = { ...analysis, entities: [{ ...analysis.entities[0]!, mentions }], quotes: [] };
    const { pause, runNextTask } = pausesEndedByHand();
    // A clock that moves 10 ms each time it is read: one slice of ranges takes a task's budget.
    let clock = 0;
    const { reader, onPainted } = makeReader({ pause, now: () => (clock += 10) });
    void reader.read();
    while (registeredHighlightNames(document).length === 0) await runNextTask();
    expect(onPainted).not.toHaveBeenCalled();
    await runNextTask();
    expect(onPainted.mock.lastCall![0]).toHaveLength(PAINT_SLICE);
    reader.reset();
  });

  it('knows the story’s container from the first screen’s paint on, while the rest is analysed', async () => {
    const text = stubLongStory(() => ({ node: paragraph.firstChild as Text, offset: 0 }));
    let answerWhole: (value: Analysis) => void = () => undefined;
    const analyze = vi.fn((_url: string, page: PageText) =>
      page.text === text
        ? new Promise<Analysis>((resolve) => {
            answerWhole = resolve;
          })
        : Promise.resolve(analysis),
    );
    const { reader, onPainted } = makeReader({ analyze });
    const reading = reader.read();
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(2));
    expect(onPainted).toHaveBeenCalled();
    expect(reader.articleContainer).toBe(paragraph);
    answerWhole(analysis);
    expect((await reading).status).toBe('done');
  });

  it('gives the thread back before painting a long story’s whole answer, and after a map back that filled a task', async () => {
    const text = stubLongStory(() => null);
    // Each reading of the clock is 5 ms later: the map back takes 5 ms, under a task's budget.
    let clock = 0;
    const pauses: string[] = [];
    const analyze = vi.fn(async (_url: string, page: PageText) => {
      pauses.push(page.text === text ? 'whole asked' : 'lead asked');
      return analysis;
    });
    const { reader, onPainted } = makeReader({
      analyze,
      now: () => (clock += 5),
      pause: () => {
        pauses.push(onPainted.mock.calls.length === 1 ? 'pause after the lead’s paint' : 'pause');
        return new Promise<void>((resume) => window.setTimeout(resume, 0));
      },
    });
    onPainted.mockImplementation(() => void pauses.push('painted'));
    await reader.read();
    // No pause after a map back within a task's budget (5 ms); one once the lead counted and the
    // container found took the task past it (10 ms), before the lead is asked for; one before the whole's paint.
    expect(pauses).toEqual([
      'pause',
      'lead asked',
      'painted',
      'whole asked',
      'pause after the lead’s paint',
      'painted',
    ]);
    pauses.length = 0;
    // A map back that takes a task's budget (8 ms by 10 ms clock steps): the lead is asked for in the next task.
    clock = 0;
    const slow = makeReader({
      analyze,
      now: () => (clock += 10),
      pause: () => {
        pauses.push('pause');
        return Promise.resolve();
      },
    });
    await slow.reader.read();
    // The copy's pause, the one after the map back, and the one after the lead counted, before the lead is asked for.
    expect(pauses.slice(0, 4)).toEqual(['pause', 'pause', 'pause', 'lead asked']);
  });

  it('drops the answer for a page it has since left', async () => {
    let answer: (value: Analysis) => void = () => undefined;
    const { reader } = makeReader({
      analyze: vi.fn(
        () =>
          new Promise<Analysis>((resolve) => {
            answer = resolve;
          }),
      ),
    });
    const reading = reader.read();
    reader.reset();
    answer(analysis);
    await reading;
    expect((await reader.currentState()).analysis).toBeNull();
    expect(registeredHighlightNames(document)).toEqual([]);
  });

  it('stops reading a page it left while the page had its thread back between steps', async () => {
    const { reader, analyze } = makeReader();
    const reading = reader.read();
    reader.reset();
    await reading;
    expect(analyze).not.toHaveBeenCalled();
    expect((await reader.currentState()).status).toBe('waiting');
  });

  it('joins a reading under way of the article at this address when asked to read it anyway', async () => {
    const finding = { url: 'https://news.example.com/story', detection: DETECTION };
    const { reader, extract } = makeReader({ detectorFinding: finding });
    const reading = reader.read(false);
    const anyway = reader.read(true);
    expect(await anyway).toMatchObject({ status: 'done', analysis });
    expect(await reading).toEqual(await anyway);
    expect(extract).toHaveBeenCalledOnce();
    // The story was read as an article: a story swapped in place is not read "anyway".
    await reader.reread();
    expect(vi.mocked(pageHalf.detectAndCopy).mock.lastCall?.[2]).toEqual({ force: false });
  });

  it('reads anyway a page it is not reading as an article, and the same address anew once read', async () => {
    const { reader } = makeReader();
    const reading = reader.read(false);
    await reader.read(true);
    await reading;
    await reader.read(true);
    expect(vi.mocked(pageHalf.detectAndCopy).mock.calls.map((call) => call[2]?.force)).toEqual([false, true, true]);
  });

  it.each<[string, (extract: ReturnType<typeof makeReader>['extract']) => void]>([
    [
      'its detection found no article',
      () =>
        vi.spyOn(pageHalf, 'detectAndCopy').mockImplementation(function* (_doc, _url, options) {
          yield;
          return options?.force
            ? { detection: DETECTION, live: { copy: COPY, texts: [] } }
            : { detection: { ...DETECTION, isArticle: false }, live: null };
        }),
    ],
    ['the extraction found no story in its copy', (extract) => extract.mockResolvedValueOnce(null)],
  ])('reads anyway, rather than join, a reading under way where %s', async (_where, findNoStory) => {
    // The analyses wait for the gate: the first reading is under way when "read anyway" comes.
    const gate = answerLater<void>();
    const analyze = vi.fn(async () => {
      await gate.promise;
      return analysis;
    });
    const { reader, extract } = makeReader({ analyze });
    findNoStory(extract);
    const reading = reader.read(false);
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledOnce());
    const anyway = reader.read(true);
    gate.answer();
    await Promise.all([reading, anyway]);
    expect(vi.mocked(pageHalf.detectAndCopy).mock.calls.map((call) => call[2]?.force)).toEqual([false, true]);
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('paints with the default settings, and warns once, when the settings cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { reader } = makeReader({}, true, Promise.reject(new Error('storage gone')));
    expect(await reader.read()).toMatchObject({ status: 'done', analysis });
    expect(registeredHighlightNames(document)).toContain(HIGHLIGHT_NAMES.person);
    expect(registeredHighlightNames(document)).toContain(HIGHLIGHT_NAMES.quote);
    await reader.reread();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('lets the popup wait for a reading under way', async () => {
    const { reader } = makeReader();
    void reader.read();
    expect((await reader.currentState()).status).toBe('done');
  });

  it('reveals an entity or a quote by flashing it, and says when it cannot', async () => {
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    const { reader } = makeReader();
    await reader.read();
    expect(reader.reveal({ kind: 'entity', id: 'e3' })).toBe(true);
    expect(registeredHighlightNames(document)).toContain(HIGHLIGHT_NAMES.flash);
    expect(reader.reveal({ kind: 'quote', id: 'q1' })).toBe(true);
    expect(reader.reveal({ kind: 'entity', id: 'nobody' })).toBe(false);
  });

  it('resets: highlights gone, analysis forgotten, badge taken down', async () => {
    const { reader, deps } = makeReader();
    await reader.read();
    reader.reset();
    expect(registeredHighlightNames(document)).toEqual([]);
    expect(await reader.currentState()).toMatchObject({ status: 'waiting', analysis: null });
    expect(deps.notifyCleared).toHaveBeenCalledTimes(1);
  });

  it('holds a skipped site without reading it', async () => {
    const { reader, analyze } = makeReader();
    reader.hold('site-skipped');
    expect((await reader.currentState()).status).toBe('site-skipped');
    expect(analyze).not.toHaveBeenCalled();
  });

  it.each([true, false])('reads a story swapped in place as the last reading did (forced: %s)', async (force) => {
    const { reader } = makeReader();
    await reader.read(force);
    await reader.reread();
    const calls = vi.mocked(pageHalf.detectAndCopy).mock.calls;
    expect(calls.map((call) => call[2])).toEqual([{ force }, { force }]);
  });
});
