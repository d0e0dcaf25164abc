/**
 * The content script: wires settings, the page reader, the hover card and messages. The NLP runs
 * in the background; this bundle holds only detection, extraction and the highlighter.
 */
import '../../assets/highlights.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import {
  isExtensionMessage, sendToBackground, type BackgroundToContent, type PopupToContent, type ResponseTo,
} from '../../lib/messages';
import { runFeature, runFeatureAsync } from '../../lib/run-feature';
import {
  highlightKinds, isHostListed, readingMode, sitesWithHighlightsOff, skippedSites, withSite,
} from '../../lib/settings';
import { createContentWatch } from './content-watch';
import { createHoverCard, type HoverCardController } from './hover-card';
import { PageReader, type PaintSettings } from './page-reader';

/**
 * How long to wait after a single-page app changes its URL before reading, in ms: such apps
 * render the new story after pushing the URL.
 */
const SPA_SETTLE_MS = 800;
/**
 * How long the article must be quiet after a mutation before its text is compared, in ms: an app
 * that swaps the story in place renders it in bursts; the same settle time as a URL change.
 */
const CONTENT_SETTLE_MS = SPA_SETTLE_MS;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startNewsLens(ctx);
  },
});

async function startNewsLens(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const host = () => location.hostname;
  // The card (a shadow root and its listeners) is made on the first paint: most pages are not
  // articles, and they should pay nothing for it.
  let card: HoverCardController | null = null;
  const contentWatch = createContentWatch({
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    settleMs: CONTENT_SETTLE_MS,
    onChange: () => void reader.reread(),
  });
  const reader = new PageReader({
    doc,
    url: () => location.href,
    analyze: (url, page) => sendToBackground({ type: 'analyze-page', url, page }),
    notifyCleared: () => void sendToBackground({ type: 'page-cleared' }).catch(() => undefined),
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    onPainted: (painted, analysis) => {
      if (!card && painted.length > 0) card = runFeature('hover card', () => createHoverCard(ctx, doc), null);
      runFeature('hover card', () => card?.update(painted, analysis), undefined);
      runFeature('content watch', () => contentWatch.watch(analysis ? reader.articleContainer : null), undefined, contentWatch.stop);
    },
  }, await paintSettings(host()));

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!ctx.isValid || !isExtensionMessage(message)) return undefined;
    if (message.type === 'get-state' || message.type === 'read-anyway' || message.type === 'reveal'
      || message.type === 'toggle-highlights') {
      return answer(message);
    }
    return undefined;
  });

  async function answer<M extends PopupToContent | BackgroundToContent>(message: M): Promise<ResponseTo<PopupToContent | BackgroundToContent>> {
    switch (message.type) {
      case 'get-state':
        return reader.currentState();
      case 'read-anyway':
        return reader.read(true);
      case 'reveal':
        return reader.reveal(message.target);
      case 'toggle-highlights': {
        const off = await sitesWithHighlightsOff.getValue();
        await sitesWithHighlightsOff.setValue(withSite(off, host(), !isHostListed(host(), off)));
        return undefined;
      }
    }
  }

  async function start(): Promise<void> {
    if (isHostListed(host(), await skippedSites.getValue())) reader.hold('site-skipped');
    else if ((await readingMode.getValue()) === 'on-click') reader.hold('waiting');
    else await reader.read();
  }

  const repaint = () => void runFeatureAsync('settings', async () => reader.updateSettings(await paintSettings(host())), undefined);
  const unwatch = [
    highlightKinds.watch(repaint),
    sitesWithHighlightsOff.watch(repaint),
    skippedSites.watch((sites) => {
      if (isHostListed(host(), sites)) reader.hold('site-skipped');
      else if (reader.status === 'site-skipped') void start();
    }),
  ];

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    reader.reset();
    ctx.setTimeout(() => void start(), SPA_SETTLE_MS);
  });
  ctx.onInvalidated(() => {
    unwatch.forEach((stop) => stop());
    contentWatch.stop();
    reader.reset();
    card?.destroy();
    card = null;
  });
  await start();
}

async function paintSettings(host: string): Promise<PaintSettings> {
  const [kinds, off] = await Promise.all([highlightKinds.getValue(), sitesWithHighlightsOff.getValue()]);
  return { kinds, highlightsOn: !isHostListed(host, off) };
}
