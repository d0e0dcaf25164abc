/**
 * The one script NewsLens runs on every page but a site's home (wxt.config.ts lists it in the
 * manifest). It decides whether the page is a news article from cheap DOM signals (no extraction,
 * no NLP), leaves the answer in the isolated world for the popup, and tells the background when
 * it finds an article, so that the reader is injected. It touches no extension API on other
 * pages, and sets no timer where detection fits in a task's budget (8 ms): a page that is not an
 * article pays for this small file and one detection. A long page's prose is read in steps, the
 * page getting its thread back between them.
 */
import type { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectArticleInSteps } from '../../lib/detect';
import type { ContentToBackground } from '../../lib/extension/messages';
import { pacingBy, runStepsWithPauses } from '../../lib/steps';
import { markDetectorStarted, publishDetection, readerInjected } from '../../utils/isolated-world';
import { giveThreadBack } from '../../utils/thread';

// Evaluated once per page by the manifest, and again by the background after a single-page app
// changes its address (see entrypoints/background.ts): each evaluation is one detection.
export default defineUnlistedScript(() => void detect());

async function detect(): Promise<void> {
  markDetectorStarted();
  if (readerInjected()) return;
  const pacing = pacingBy(
    () => giveThreadBack(),
    () => performance.now(),
  );
  // The address as detection starts: a single-page app may change it during the pauses, and the
  // finding is this page's, not the next one's (the background has the detector look at that one).
  const url = location.href;
  // A reader injected meanwhile (the popup's "Read this page anyway") detects for itself.
  const detection = await runStepsWithPauses(detectArticleInSteps(document, url), pacing, () => !readerInjected());
  if (!detection) return;
  publishDetection({ url, detection });
  if (!detection.isArticle) return;
  // The message in a task of its own: the extension's API, first touched here, took 8–19 ms to
  // make at CPU throttling 4, after the script's evaluation and a task's budget of detection
  // (docs/quality.md, issue 17). An article only: other pages still set no timer.
  await giveThreadBack();
  tellBackground({ type: 'article-found' });
}

type ExtensionApi = typeof browser;

/**
 * The extension's API without the polyfill, which would cost every page its evaluation:
 * `browser` in Firefox, `chrome` in Chromium, where sendMessage returns a promise too in MV3.
 */
function tellBackground(message: ContentToBackground): void {
  const api =
    (globalThis as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  try {
    void api.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded or removed since this page loaded: nobody to tell.
  }
}
