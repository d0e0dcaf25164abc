/**
 * The one script NewsLens runs on every page (wxt.config.ts lists it in the manifest). It decides
 * whether the page is a news article from cheap DOM signals (no extraction, no NLP), leaves the
 * answer in the isolated world for the popup, and tells the background when it finds an article,
 * so that the reader is injected. It touches no extension API on other pages: a page that is not
 * an article pays for this small file and one detection.
 */
import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectArticle } from '../../lib/detect';
import type { ContentToBackground } from '../../lib/messages';
import { publishDetection, readerInjected } from '../reader/isolated-world';
import { SPA_SETTLE_MS } from '../reader/navigation';

/**
 * How often the address is compared, in ms, to notice a single-page app's navigation (there is
 * no event for `history.pushState`; WXT's content scripts poll at the same rate).
 */
const URL_POLL_MS = 1000;

export default defineUnlistedScript(() => {
  let address = location.href;
  detect();
  const poll = setInterval(() => {
    // From the first article on, the reader follows the page itself.
    if (readerInjected()) clearInterval(poll);
    else if (location.href !== address) {
      address = location.href;
      setTimeout(detect, SPA_SETTLE_MS);
    }
  }, URL_POLL_MS);
});

function detect(): void {
  if (readerInjected()) return;
  const detection = detectArticle(document, location.href);
  publishDetection({ url: location.href, detection });
  if (detection.isArticle) tellBackground({ type: 'article-found' });
}

type ExtensionApi = typeof browser;

/**
 * The extension's API without the polyfill, which would cost every page its evaluation:
 * `browser` in Firefox, `chrome` in Chromium, where sendMessage returns a promise too in MV3.
 */
function tellBackground(message: ContentToBackground): void {
  const api = (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  try {
    void api.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed since this page loaded: nobody to tell.
  }
}
