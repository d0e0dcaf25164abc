/**
 * Notices when a single-page app swaps the story WITHOUT changing the URL: a MutationObserver on
 * the article's container (and its parent, so a container replaced whole is seen too). Cheap: a
 * mutation only restarts a timer; once the page settles, one comparison of the container's text
 * decides whether to read again (a ticking clock in the article does not count). NewsLens's own paint adds no DOM nodes (CSS highlights) and its
 * card lives outside the article, and an unchanged text never triggers a read, so there is no loop.
 */
import { elementAt } from '../../lib/page/dom-nodes';

/** Mutations to notice: nodes added or removed, and text edited in place. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * The fewest changed characters that count as a new story: a clock, a counter or a "3 min ago"
 * inside the article changes a few; a swapped story or a live blog's new entry changes at least a
 * sentence (a short English sentence is ~40 characters).
 */
export const MIN_CHANGED_CHARS = 40;

export interface ContentWatchDeps {
  /** Timers bound to the reader's lifetime. */
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  /** The story changed: read the page again. */
  onChange: () => void;
  /** How long the page must be quiet before its text is compared, in ms. */
  settleMs: number;
}

export interface ContentWatch {
  /** Watch `container` (the element holding the article's text); null stops watching. Idempotent. */
  watch(container: Element | null): void;
  stop(): void;
}

export function createContentWatch(deps: ContentWatchDeps): ContentWatch {
  let watched: Element | null = null;
  let textAtRead = '';
  let observer: MutationObserver | null = null;
  let timer: number | null = null;

  function cancelTimer(): void {
    if (timer !== null) deps.clearTimeout(timer);
    timer = null;
  }

  function stop(): void {
    cancelTimer();
    observer?.disconnect();
    observer = null;
    watched = null;
  }

  function settled(): void {
    timer = null;
    const container = watched;
    if (!container) return;
    if (container.isConnected && changedLength(textAtRead, container.textContent ?? '') < MIN_CHANGED_CHARS) return;
    stop();
    deps.onChange();
  }

  return {
    watch(container) {
      if (container === watched) return;
      stop();
      const view = container?.ownerDocument.defaultView;
      if (!container || !view) return;
      watched = container;
      textAtRead = container.textContent ?? '';
      // From the container's window, not a global, so tests can hand in any document.
      observer = new view.MutationObserver(() => {
        cancelTimer();
        timer = deps.setTimeout(settled, deps.settleMs);
      });
      observer.observe(container.parentElement ?? container, OBSERVED);
    },
    stop,
  };
}

/** How many characters differ between two texts: the longer one less their common prefix and suffix. */
export function changedLength(before: string, after: string): number {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
    suffix += 1;
  return Math.max(before.length, after.length) - prefix - suffix;
}

/** The element holding the whole article text `map` was built over: the common ancestor of its first and last characters. */
export function articleContainer(
  pointAt: (index: number) => { node: Text; offset: number } | null,
  length: number,
): Element | null {
  const first = firstPoint(pointAt, 0, length, 1);
  const last = firstPoint(pointAt, length - 1, -1, -1);
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset);
  return elementAt(range.commonAncestorContainer);
}

/** The first index from `from` towards `to` (exclusive) that has a DOM character. */
function firstPoint(
  pointAt: (index: number) => { node: Text; offset: number } | null,
  from: number,
  to: number,
  step: 1 | -1,
): { node: Text; offset: number } | null {
  for (let index = from; index !== to; index += step) {
    const point = pointAt(index);
    if (point) return point;
  }
  return null;
}
