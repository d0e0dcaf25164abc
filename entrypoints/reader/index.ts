/**
 * The page's reader, injected by the background into pages the detector takes for articles (or
 * that the reader asks to read anyway): wires the settings, navigation, the page reader, the hover
 * card and the popup's messages. The NLP runs in the background; this bundle holds extraction,
 * the highlighter and the card.
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import {
  isExtensionMessage,
  sendToBackground,
  unhandledMessage,
  fromJson,
  toJson,
  type PopupToContent,
  type ResponseTo,
} from '../../lib/extension/messages';
import { sendInParts } from '../../lib/extension/message-parts';
import { runFeature, runFeatureAsync } from '../../lib/extension/run-feature';
import { inTasksOfTheirOwn } from '../../lib/steps';
import { MEMORY_FRAME_PAGE } from '../../lib/memory/frame-ticket';
import { highlightKinds, readingDecision, sitesWithHighlightsOff, skippedSites } from '../../lib/extension/settings';
import { isHostListed } from '../../lib/extension/setting-values';
import { createContentWatch } from './content-watch';
import { PageHoverCard, type HoverCardController, type CardMemory } from './hover-card';
import {
  detectionInPage,
  followerInPage,
  isStyled,
  offerReader,
  readerInjected,
  type PageReaderEntry,
  type ReaderInjection,
} from '../../utils/isolated-world';
import { SPA_SETTLE_MS, followNavigation } from '../../utils/navigation';
import { giveThreadBack } from '../../utils/thread';
import { PageReader, type PaintSettings } from './page-reader';

/**
 * How long the article must be quiet after a mutation before its text is compared, in ms: an app
 * that swaps the story in place renders it in bursts; the same settle time as a URL change.
 */
const CONTENT_SETTLE_MS = SPA_SETTLE_MS;

export default defineUnlistedScript((): ReaderInjection => {
  const styled = isStyled(followerInPage());
  // Injected twice (two articles found before the first injection ran): the first one reads.
  if (readerInjected()) return { styled };
  const entry = createReaderEntry();
  offerReader(entry);
  // Where the detector found an article the background injects the reader to read it (and so does
  // the popup, on a page whose settings say to read): the reading starts now, with no round trip
  // to start it. A page whose address changed since detects anew.
  const found = detectionInPage();
  if (found?.detection.isArticle)
    entry.read(false).catch((error: unknown) => console.warn('NewsLens: the reader did not start:', error));
  return { styled };
});

/** The entry point the background calls: the first call wires the reader to the page. */
function createReaderEntry(): PageReaderEntry {
  let wired: Promise<PageReader> | null = null;
  return {
    async read(force) {
      const first = wired === null;
      if (!wired) {
        // Wired in the task after the one that evaluated this script (see `wireReader`); the
        // popup is answered from now on, once the wiring is done.
        let ctx: ContentScriptContext | null = null;
        wired = giveThreadBack().then(() => {
          ctx = new ContentScriptContext('reader');
          return wireReader(ctx);
        });
        answerPopup(() => ctx, wired);
      }
      const reader = await wired;
      // Once reading, the reader follows the page itself: only "read anyway" reads again (or joins
      // a reading under way of the article at this address, see `PageReader.read`).
      return first || force ? reader.read(force) : reader.currentState();
    },
  };
}

/**
 * Answer the popup from now on, waiting for the reader while it is being wired (the settings are
 * fetched); `contextOf`: the reader's context, null until the wiring made it.
 */
function answerPopup(contextOf: () => ContentScriptContext | null, wired: Promise<PageReader>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (contextOf()?.isValid === false || !isExtensionMessage(message)) return undefined;
    if (message.type === 'get-state' || message.type === 'reveal')
      return wired.then((reader) => answer(reader, message));
    return undefined;
  });
}

function answer(reader: PageReader, message: PopupToContent): Promise<ResponseTo<PopupToContent>> {
  switch (message.type) {
    case 'get-state':
      return reader.currentState().then(toJson);
    case 'reveal':
      return Promise.resolve(reader.reveal(message.target));
    default:
      return unhandledMessage(message);
  }
}

/**
 * Wire the reader to the page, the settings and navigation. Called in a task of its own: the task
 * that injected the reader already evaluated its script, and the wiring took 20–40 ms more at CPU
 * throttling 4. Its three parts each take a task: the context made (by the caller), the reader
 * with the settings' first reads, the watches and listeners (27–30 ms of thread time in one task
 * before, on a 001 page and a CNN story). The reading starts in the task after, with a task's
 * whole budget for its first steps (docs/quality.md, issue 17).
 */
async function wireReader(ctx: ContentScriptContext): Promise<PageReader> {
  const pause = () => giveThreadBack((resume) => ctx.setTimeout(resume, 0));
  await pause();
  const doc = document;
  const host = () => location.hostname;
  // The card (a shadow root and its listeners) is made on the first paint: most pages are not
  // articles, and they should pay nothing for it.
  let card: HoverCardController | null = null;
  /** Counts the readings' tellings of what they painted: a telling split across tasks stops once a later one came. */
  let tells = 0;
  const contentWatch = createContentWatch({
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    settleMs: CONTENT_SETTLE_MS,
    onChange: () => void reader.reread(),
  });
  const reader = new PageReader(
    {
      doc,
      url: () => location.href,
      extract: async (copyJson, detection) =>
        fromJson(
          await sendInParts(copyJson, {
            part: (index, part) => sendToBackground({ type: 'extract-page-part', index, part }),
            last: (copy, parts) => sendToBackground({ type: 'extract-page', copy, detection, parts }),
          }),
        ),
      analyze: async (url, page, lead) => fromJson(await sendToBackground({ type: 'analyze-page', url, page, lead })),
      notifyCleared: () => void sendToBackground({ type: 'page-cleared' }).catch(() => undefined),
      detectorFinding: detectionInPage(),
      pause,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
      now: () => performance.now(),
      onPainted: (painted, analysis) => {
        const tell = ++tells;
        const updateCard = () => runFeature('hover card', () => card?.update(painted, analysis), undefined);
        const watchContent = () =>
          runFeature(
            'content watch',
            () => contentWatch.watch(analysis ? reader.articleContainer : null),
            undefined,
            contentWatch.stop,
          );
        if (card || painted.length === 0) {
          updateCard();
          watchContent();
          return;
        }
        // The card made (its listeners), told what was painted (it asks whether the memory shows
        // and waits for idle time) and the content watch's first look: 72–97 ms of one task at
        // CPU throttling 4 on a loaded machine (lwn-1, guardian-1, ietf-1; docs/quality.md,
        // issue 17, branch `s-load`): each in a task of its own. A later telling does all of it.
        card = runFeature('hover card', () => new PageHoverCard(ctx, doc, cardMemory()), null);
        void inTasksOfTheirOwn(pause, [updateCard, watchContent], () => tell === tells && ctx.isValid);
      },
    },
    paintSettings(host()),
  );
  await pause();

  async function start(): Promise<void> {
    const decision = await readingDecision(host());
    if (decision === 'read') await reader.read();
    else reader.hold(decision);
  }

  const repaint = () =>
    void runFeatureAsync('settings', async () => reader.updateSettings(await paintSettings(host())), undefined);
  const unwatch = [
    highlightKinds.watch(repaint),
    sitesWithHighlightsOff.watch(repaint),
    skippedSites.watch((sites) => {
      if (isHostListed(host(), sites)) reader.hold('site-skipped');
      else if (reader.status === 'site-skipped') void start();
    }),
  ];

  followNavigation(
    ctx,
    () => reader.reset(),
    () => void start(),
  );
  ctx.onInvalidated(() => {
    for (const stop of unwatch) stop();
    contentWatch.stop();
    reader.reset();
    card?.destroy();
    card = null;
  });
  await pause();
  return reader;
}

/** The card's memory: the extension page its frame shows, one-time tickets for an entity of this story, and whether it is on. */
function cardMemory(): CardMemory {
  return {
    page: browser.runtime.getURL(MEMORY_FRAME_PAGE),
    // The page's own origin: Chromium serves the page's dynamic address from the extension's fixed
    // one. The frame does not post its origin to the reader: a message to the story's window would
    // tell the story's scripts the extension's address. If Chromium ever served it from another
    // origin, no ticket would arrive and the card's memory would stay empty, which
    // tests/e2e/memory.e2e.test.ts would fail on.
    origin: new URL(browser.runtime.getURL('/')).origin,
    ticketFor: (entity) => sendToBackground({ type: 'memory-ticket', entity, url: location.href }),
    isAvailable: () => sendToBackground({ type: 'memory-available' }),
  };
}

async function paintSettings(host: string): Promise<PaintSettings> {
  const [kinds, off] = await Promise.all([highlightKinds.getValue(), sitesWithHighlightsOff.getValue()]);
  return { kinds, highlightsOn: !isHostListed(host, off) };
}
