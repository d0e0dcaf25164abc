/**
 * Functions evaluated inside the page (main world). CSS.highlights is shared by the page and the
 * content script's isolated world, so the page sees what NewsLens painted. Each function stands
 * alone (it is serialised into the page): every highlight name NewsLens registers starts with
 * "newslens-" (lib/paint/highlight.ts).
 */

export interface PaintedRange {
  name: string;
  text: string;
  /** The closest element of the start, as a short CSS-ish path (for failure messages). */
  where: string;
  /** Inside a contenteditable element, a form control, or a form? */
  editable: boolean;
  /** Do the start and end lie in the same tree (document or one shadow root)? */
  sameTree: boolean;
  /** Is the start inside a shadow root? */
  inShadow: boolean;
}

/**
 * In the page: every range of every NewsLens highlight, with where it lies. (No inner named
 * functions here or in the other in-page functions: tsx would wrap them in a helper the page lacks.)
 */
export function paintedRanges(): PaintedRange[] {
  const ranges: PaintedRange[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('newslens-')) continue;
    for (const range of highlight as Iterable<AbstractRange>) {
      const start = range.startContainer;
      const elements = [start, range.endContainer].map((node) =>
        node.nodeType === 1 ? (node as HTMLElement) : node.parentElement,
      );
      const path: string[] = [];
      for (let at = elements[0]; at && path.length < 4; at = at.parentElement) path.unshift(at.tagName.toLowerCase());
      ranges.push({
        name,
        text: (range as Range).toString(),
        where: path.join(' > '),
        editable: elements.some((element) =>
          Boolean(
            element &&
              (element.isContentEditable || element.closest('textarea, input, select, form, [contenteditable]')),
          ),
        ),
        sameTree: start.getRootNode() === range.endContainer.getRootNode(),
        inShadow: start.getRootNode() instanceof ShadowRoot,
      });
    }
  }
  return ranges;
}

/** In the page: how many ranges NewsLens has painted now. */
export function paintedCount(): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('newslens-')) count += highlight.size;
  return count;
}

/** In the page: the names NewsLens has registered now. */
export function paintedNames(): string[] {
  return [...CSS.highlights.keys()].filter((name) => name.startsWith('newslens-'));
}

/**
 * In the page: the DOM as markup, NewsLens's own element left out (the hover card's host is ours,
 * not the page's: removed when highlights go off, but it may be absent before). Serialised as is,
 * never cloned: a clone's images would load and fire the page's onload/onerror handlers.
 */
export function pageMarkup(): string {
  return document.documentElement.outerHTML.replace(/<div data-newslens-card=""[^>]*><\/div>/g, '');
}

/**
 * In the page: count the page's DOM changes from now on (in `window.__newslensPageChanges`, read by
 * `pageChangeCount`), NewsLens's own card host added or removed left out. NewsLens paints with
 * CSS highlights and changes no node of the page, so a change seen while NewsLens is idle is the
 * page's own (a lazy loader, a timer).
 */
export function watchPageChanges(): void {
  const record = window as unknown as { __newslensPageChanges?: number };
  record.__newslensPageChanges = 0;
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const nodes = [...mutation.addedNodes, ...mutation.removedNodes];
      const cardHostOnly =
        nodes.length > 0 && nodes.every((node) => node instanceof Element && node.hasAttribute('data-newslens-card'));
      // A value set to what it was changes no markup.
      const now =
        mutation.type === 'attributes'
          ? (mutation.target as Element).getAttribute(mutation.attributeName!)
          : mutation.type === 'characterData'
            ? (mutation.target as CharacterData).data
            : undefined;
      if (!cardHostOnly && (now === undefined || now !== mutation.oldValue)) record.__newslensPageChanges! += 1;
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
  });
}

/** In the page: how many changes `watchPageChanges` counted so far (0 before it was called). */
export function pageChangeCount(): number {
  return (window as unknown as { __newslensPageChanges?: number }).__newslensPageChanges ?? 0;
}

/** In the page: does the DOM hold a NewsLens element (the hover card's host)? */
export function hasNewsLensElement(): boolean {
  return document.querySelector('[data-newslens-card]') !== null;
}

/** In the page: the centre of the first person highlight reading `name`, scrolled into view; null when none does. */
export function personCentre(name: string): { x: number; y: number } | null {
  const range = [...(CSS.highlights.get('newslens-person') ?? [])].find((r) => (r as Range).toString() === name) as
    | Range
    | undefined;
  if (!range) return null;
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
}

/** In the page: the viewport points among `points` that lie on a NewsLens highlight (within a pixel of one of its boxes). */
export function pointsOnHighlights(points: Array<{ x: number; y: number }>): Array<{ x: number; y: number }> {
  const boxes: DOMRect[] = [];
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith('newslens-'))
      for (const range of highlight as Iterable<AbstractRange>) boxes.push(...(range as Range).getClientRects());
  return points.filter(({ x, y }) =>
    boxes.some((box) => x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1),
  );
}
