/** Client-side navigation in single-page apps, as the detector and the reader follow it. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * How long to wait after a single-page app changes its URL before reading, in ms: such apps
 * render the new story after pushing the URL.
 */
export const SPA_SETTLE_MS = 800;

/**
 * Call `onLeave` as soon as the page's URL changes without a load, and `onSettled` once the new
 * page has had `SPA_SETTLE_MS` to render. Both stop with the context.
 */
export function followNavigation(ctx: ContentScriptContext, onLeave: () => void, onSettled: () => void): void {
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    onLeave();
    ctx.setTimeout(onSettled, SPA_SETTLE_MS);
  });
}
