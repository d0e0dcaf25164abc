/**
 * The page's reader: reads the page (detect + extract, no NLP), asks the background to analyse
 * it, paints the result, and answers the popup. Every step that touches the page runs in its own
 * `runFeature` guard and has its undo in `clear`.
 */
import type { Analysis } from '../../lib/analysis';
import {
  clearHighlights,
  paintHighlights,
  setFlashRange,
  spansToHighlight,
  type HighlightKinds,
  type HighlightSpan,
  type PaintedSpan,
} from '../../lib/paint/highlight';
import type { RevealTarget } from '../../lib/extension/messages';
import type { PageState, PageStatus } from '../../lib/reading/page-state';
import { pageColorScheme, type PageScheme } from '../../lib/paint/page-scheme';
import { leadOf, type PageText } from '../../lib/reading/page-text';
import type { ArticleDetection } from '../../lib/detect';
import { elementAt } from '../../lib/page/dom-nodes';
import type { CopiedExtraction } from '../../lib/reading/copied-extraction';
import { copyPageJsonInSteps, type LiveCopyJson } from '../../lib/reading/page-copy';
import { detectAndCopy, mappedPageTextInSteps, type PageToExtract } from '../../lib/reading/page-half';
import { runFeature } from '../../lib/extension/run-feature';
import { ALL_KINDS_ON } from '../../lib/extension/settings';
import { TASK_BUDGET_MS, pacingBy, runStepsWithPauses, type Pacing } from '../../lib/steps';
import type { TextMap } from '../../lib/reading/text-map';
import type { PublishedDetection } from '../../utils/isolated-world';
import { articleContainer } from './content-watch';

/**
 * Ranges painted between two looks at the clock: a few milliseconds of work at most. One slice of
 * 100 held 19–26 ms of a task's profile samples at CPU throttling 4 on a loaded machine (ehow-1, a
 * CNN story, wikipedia-2; docs/quality.md, issue 17).
 */
export const PAINT_SLICE = 25;

/** What one painting needs across its tasks. */
interface PaintJob {
  analysis: Analysis;
  map: TextMap;
  scheme: PageScheme;
  /** The `paintGeneration` it belongs to. */
  generation: number;
}

/** How long a revealed item flashes, in ms: long enough to find after the scroll settles. */
export const FLASH_MS = 1600;

export interface PageReaderDeps {
  doc: Document;
  /** The page's URL now (it changes in single-page apps). */
  url: () => string;
  /** Sends the page's copy (as JSON text, in chunks) to the background's extraction, with the detection the analysis needs. */
  extract: (copyJson: readonly string[], detection: ArticleDetection) => Promise<CopiedExtraction | null>;
  /** Sends the page text to the background's analysis; `lead`: the first screens of a story whose whole text follows. */
  analyze: (url: string, page: PageText, lead: boolean) => Promise<Analysis>;
  /** The page was cleared: the background takes the badge down. */
  notifyCleared: () => void;
  /** What the detector found when the page loaded (or navigated), if it looked. */
  detectorFinding: PublishedDetection | null;
  /** Gives the page its thread back between steps of long work: resolves in a new task. */
  pause: () => Promise<void>;
  /** Timers bound to the reader's lifetime. */
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** The page's clock in ms: long work yields once a task has used TASK_BUDGET_MS. */
  now: () => number;
  /** Called after painting or clearing, e.g. so the hover card can refresh. */
  onPainted: (painted: readonly PaintedSpan[], analysis: Analysis | null) => void;
}

/** What painting depends on besides the analysis: kinds switched on, and the site switch. */
export interface PaintSettings {
  kinds: HighlightKinds;
  highlightsOn: boolean;
}

/** What a fresh install paints: every kind, on every site. */
const DEFAULT_PAINT_SETTINGS: PaintSettings = { kinds: ALL_KINDS_ON, highlightsOn: true };

export class PageReader {
  private phase: PageStatus = 'waiting';
  private analysis: Analysis | null = null;
  private map: TextMap | null = null;
  private container: Element | null = null;
  private error: string | undefined;
  private painted: PaintedSpan[] = [];
  /** Increments on each read and reset, so a late answer for an old page is dropped. */
  private generation = 0;
  private flashTimer: number | null = null;
  private pending: Promise<PageState> | null = null;
  /** Whether the last reading was asked for on a page not taken for an article. */
  private forced = false;
  /** The address of the article the last reading reads (found by the detector or by itself, or forced); null before, and where it found none. */
  private readingArticleAt: string | null = null;
  /** Increments on each clear, so the rest of a long painting stops when the page is repainted. */
  private paintGeneration = 0;
  /** The detector's finding, until the first reading takes it. */
  private detectorFinding: PublishedDetection | null;
  /** What painting depends on, once read; null before. */
  private settings: PaintSettings | null = null;
  /** Settles once the settings were first read. */
  private readonly settingsRead: Promise<void>;

  /**
   * `settings` are read while the first reading copies the page and has it extracted: a round trip
   * to the extension's storage (15 ms at a load of 20) no longer comes before the copy.
   */
  constructor(
    private readonly deps: PageReaderDeps,
    settings: Promise<PaintSettings>,
  ) {
    this.detectorFinding = deps.detectorFinding;
    this.settingsRead = settings
      .catch((error: unknown) => {
        // Storage the page's reader cannot read: paint as a fresh install would, rather than nothing.
        console.warn('NewsLens: reading the settings failed; painting with the defaults:', error);
        return DEFAULT_PAINT_SETTINGS;
      })
      .then((read) => {
        this.settings ??= read;
      });
  }

  /**
   * Read the page and paint it; `force` reads a page that was not taken for an article. A forced
   * reading asked while an article at this address is being read joins that reading: starting
   * anew would copy and extract the page twice, and mark the story as read anyway for later rereads.
   */
  read(force = false): Promise<PageState> {
    const url = this.deps.url();
    if (force && this.pending && this.readingArticleAt === url) return this.pending;
    const detection = this.takeDetectorFinding();
    this.readingArticleAt = force || detection?.isArticle ? url : null;
    const generation = ++this.generation;
    this.forced = force;
    this.phase = 'reading';
    this.pending = this.readAndPaint(generation, force, detection).finally(() => {
      if (generation === this.generation) this.pending = null;
    });
    return this.pending;
  }

  private async readAndPaint(
    generation: number,
    force: boolean,
    detection: ArticleDetection | undefined,
  ): Promise<PageState> {
    try {
      // The page gets its main thread back between detection and the steps of its copy.
      const toExtract = await runStepsWithPauses(
        detectAndCopy(this.deps.doc, this.deps.url(), { force, detection }, copyPageJsonInSteps),
        this.pacing(),
        () => generation === this.generation,
      );
      if (!toExtract) return this.state();
      const extraction = await this.extractStory(generation, toExtract);
      // Read meanwhile: known before the answer came, so this waits no longer than a microtask.
      await this.settingsRead;
      let taskStart = this.deps.now();
      if (generation !== this.generation) return this.state();
      // A long story's map back is made in steps, and what follows it gets a task of its own once
      // the map used the budget up. The clock starts after the answer was read from JSON (in
      // `extract`, the same task), so only the map is timed.
      const mapped = await runStepsWithPauses(
        mappedPageTextInSteps(this.deps.doc, toExtract, extraction),
        this.pacing(),
        () => generation === this.generation,
        taskStart,
      );
      if (!mapped) return this.state();
      const { map, ...page } = mapped;
      taskStart = await this.pauseIfSpent(taskStart);
      if (generation !== this.generation) return this.state();
      const lead = leadOf(page.text);
      // Known from the first paint on, so a story swapped in place while the rest is analysed is seen.
      const container = map
        ? runFeature('content watch', () => articleContainer((index) => map.pointAt(index), page.text.length), null)
        : null;
      // The lead's words counted and the container found took 10–30 ms more at CPU throttling 4:
      // sending the lead to be analysed gets a task of its own when they used the budget up.
      await this.pauseIfSpent(taskStart);
      if (generation !== this.generation) return this.state();
      if (lead !== null) {
        // A story of more than a screen or two: paint its first screen while the rest is analysed.
        const leadAnalysis = await this.deps.analyze(this.deps.url(), { ...page, text: lead }, true);
        if (generation !== this.generation) return this.state();
        this.analysis = leadAnalysis;
        this.map = map;
        this.container = container;
        this.paint();
      }
      const analysis = await this.deps.analyze(this.deps.url(), page, false);
      // The whole of a story read in two passes: reading its answer (1 MB for 50,000 words) took
      // most of a task; its paint starts in the next one.
      if (lead !== null) await this.deps.pause();
      if (generation !== this.generation) return this.state();
      this.analysis = analysis;
      this.map = map;
      this.container = container;
      this.phase = 'done';
      this.error = undefined;
      this.paint();
    } catch (error) {
      if (generation !== this.generation) return this.state();
      this.phase = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
      console.warn('NewsLens: reading the page failed:', error);
    }
    return this.state();
  }

  /**
   * The story in the page's copy, extracted by the background; null where the page was not copied
   * (not an article, not forced) or no story was found in it. Only while the copy of an article is
   * being extracted or its story read does a forced reading join this one (see `read`).
   */
  private async extractStory(generation: number, page: PageToExtract<LiveCopyJson>): Promise<CopiedExtraction | null> {
    if (page.live === null) return null;
    this.noteArticleRead(generation, true);
    const extraction = await this.deps.extract(page.live.chunks, page.detection);
    this.noteArticleRead(generation, extraction !== null);
    return extraction;
  }

  /** Whether the reading `generation`, if still the last, reads an article at the page's address. */
  private noteArticleRead(generation: number, readingArticle: boolean): void {
    if (generation === this.generation) this.readingArticleAt = readingArticle ? this.deps.url() : null;
  }

  /**
   * The detector's finding, for the first reading of the address it looked at: later readings
   * (a story swapped in place, another address) look at the page anew.
   */
  private takeDetectorFinding(): ArticleDetection | undefined {
    const finding = this.detectorFinding;
    this.detectorFinding = null;
    return finding?.url === this.deps.url() ? finding.detection : undefined;
  }

  /** Read again as the last reading did: the story changed in place. */
  reread(): Promise<PageState> {
    return this.read(this.forced);
  }

  /** The popup's view of this page; waits for a reading under way. */
  async currentState(): Promise<PageState> {
    return this.pending ?? this.state();
  }

  /** Where the reader stands now, without waiting for a reading under way. */
  get status(): PageStatus {
    return this.phase;
  }

  /** The element holding the text that was read, to watch for a story swapped in place; null before a reading. */
  get articleContainer(): Element | null {
    return this.container;
  }

  /** Mark the page as not to be read now (a skipped site, or on-click reading). */
  hold(status: 'site-skipped' | 'waiting'): void {
    this.reset();
    this.phase = status;
  }

  updateSettings(settings: PaintSettings): void {
    this.settings = settings;
    if (this.phase === 'done') this.paint();
  }

  /** Paint what the analysis found, as the settings say; an analysis that skipped the text paints nothing. */
  private paint(): void {
    // The first slices' budget counts from here: clearing, choosing the spans and reading the
    // page's colours come out of the same task.
    const taskStart = this.deps.now();
    this.clearPaint();
    const { analysis, map } = this;
    const settings = this.settings;
    if (!analysis || !map || !settings || analysis.skipped || !settings.highlightsOn) {
      this.deps.onPainted(this.painted, analysis);
      return;
    }
    const spans = spansToHighlight(analysis, settings.kinds);
    const scheme = runFeature('page colours', () => pageColorScheme(this.deps.doc), 'light');
    this.paintFrom(spans, 0, { analysis, map, scheme, generation: this.paintGeneration }, taskStart);
  }

  /** Gives the thread back when this task, started at `taskStart`, used its budget; when the next part's task started. */
  private async pauseIfSpent(taskStart: number): Promise<number> {
    if (this.withinBudget(taskStart)) return taskStart;
    await this.deps.pause();
    return this.deps.now();
  }

  /** Whether the task begun at `taskStart` still has budget left, by the page's clock. */
  private withinBudget(taskStart: number): boolean {
    return this.deps.now() - taskStart < TASK_BUDGET_MS;
  }

  /** Pauses as new tasks, by the page's clock. */
  private pacing(): Pacing {
    return pacingBy(this.deps.pause, this.deps.now);
  }

  /**
   * Paint spans from `from`, in text order (the first screens first), slice by slice while the
   * budget of the task begun at `taskStart` lasts, then the rest in later tasks: a long story's
   * thousands of ranges would hold the page's thread too long. What was painted is told
   * (`onPainted`: the card and the content watch, made on the first paint, 10–35 ms at CPU
   * throttling 4) in the same task while the budget lasts, else in a task of its own.
   */
  private paintFrom(
    spans: readonly HighlightSpan[],
    from: number,
    paint: PaintJob,
    taskStart: number = this.deps.now(),
  ): void {
    if (paint.generation !== this.paintGeneration) return;
    let next = from;
    do {
      this.paintSlice(spans.slice(next, next + PAINT_SLICE), paint);
      next += PAINT_SLICE;
    } while (next < spans.length && this.withinBudget(taskStart));
    const tell = () => {
      if (paint.generation !== this.paintGeneration) return;
      this.deps.onPainted(this.painted, paint.analysis);
      if (next < spans.length) void this.deps.pause().then(() => this.paintFrom(spans, next, paint));
    };
    if (this.withinBudget(taskStart)) tell();
    else void this.deps.pause().then(tell);
  }

  private paintSlice(slice: readonly HighlightSpan[], paint: PaintJob): void {
    const doc = this.deps.doc;
    const undo = () => clearHighlights(doc);
    const entities = slice.filter((span) => span.kind !== 'quote');
    const quotes = slice.filter((span) => span.kind === 'quote');
    this.painted.push(
      ...runFeature('entity highlights', () => paintHighlights(doc, paint.map, entities, paint.scheme).spans, [], undo),
      ...runFeature('quote highlights', () => paintHighlights(doc, paint.map, quotes, paint.scheme).spans, [], undo),
    );
  }

  /** Scroll to the entity's first mention (or the quote) and flash it. */
  reveal(target: RevealTarget): boolean {
    return runFeature(
      'reveal',
      () => {
        const range = this.rangeOf(target);
        if (!range) return false;
        scrollRangeIntoView(range);
        this.flash(range);
        return true;
      },
      false,
      () => setFlashRange(this.deps.doc, null),
    );
  }

  /** Flash a range for `FLASH_MS` (one at a time). */
  flash(range: Range): void {
    if (this.flashTimer !== null) this.deps.clearTimeout(this.flashTimer);
    setFlashRange(this.deps.doc, range);
    this.flashTimer = this.deps.setTimeout(() => {
      this.flashTimer = null;
      setFlashRange(this.deps.doc, null);
    }, FLASH_MS);
  }

  private rangeOf(target: RevealTarget): Range | null {
    const { analysis, map } = this;
    if (!analysis || !map) return null;
    if (target.kind === 'quote') {
      const quote = analysis.quotes.find((q) => q.id === target.id);
      return quote ? map.rangeFor(quote.start, quote.end) : null;
    }
    const entity = analysis.entities.find((e) => e.id === target.id);
    for (const mention of entity?.mentions ?? []) {
      const range = map.rangeFor(mention.start, mention.end);
      if (range) return range;
    }
    return null;
  }

  /** Remove every highlight, and stop a painting under way; the analysis is kept for the popup. */
  private clearPaint(): void {
    this.paintGeneration += 1;
    runFeature('clear highlights', () => clearHighlights(this.deps.doc), undefined);
    this.painted = [];
  }

  /** Forget the page: highlights, analysis, badge. For navigation and for a site put on the skip list. */
  reset(): void {
    this.generation += 1;
    this.pending = null;
    this.readingArticleAt = null;
    if (this.flashTimer !== null) this.deps.clearTimeout(this.flashTimer);
    this.flashTimer = null;
    this.clearPaint();
    this.deps.onPainted(this.painted, null);
    const hadAnalysis = this.analysis !== null;
    this.analysis = null;
    this.map = null;
    this.container = null;
    this.error = undefined;
    this.phase = 'waiting';
    if (hadAnalysis) this.deps.notifyCleared();
  }

  private state(): PageState {
    return {
      status: this.phase,
      analysis: this.analysis,
      host: hostOf(this.deps.url()),
      ...(this.error ? { error: this.error } : {}),
    };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Center the range's first line in the viewport. */
export function scrollRangeIntoView(range: Range): void {
  elementAt(range.startContainer)?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
