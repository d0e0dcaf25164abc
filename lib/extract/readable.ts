/**
 * Runs @mozilla/readability on a copy of the page (it rewrites the document it is given) and keeps
 * the way back from the copy's Text nodes to the live page's, so the body it picks can be mapped.
 */
import { Readability } from '@mozilla/readability';
import { remembered } from '../memo';
import { ELEMENT_NODE, TEXT_NODE } from '../page/dom-nodes';
import type { LiveSlice } from './block-text';

/** Stamped on every element of the copy: its index among the live page's elements. */
const SOURCE_ATTRIBUTE = 'data-newslens-source';

export interface ReadabilityMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
}

export interface ReadableContent {
  /** Readability's article element, in the copy. */
  content: Element;
  /** The live text a Text node under `content` copies (none when it cannot be found). */
  toLive: (text: Text) => LiveSlice[];
  metadata: ReadabilityMetadata;
}

/** Copy pairs: each copied Text node's live twin, and each live element by index. */
export interface Twins {
  texts: Map<Node, Text>;
  elements: Element[];
}

/**
 * Walks the live tree and its fresh copy together (they have the same shape right after
 * cloneNode), pairing Text nodes and stamping elements with their index.
 */
export function pairTwins(live: Node, copy: Node): Twins {
  const twins: Twins = { texts: new Map(), elements: [] };
  const stack: Array<[Node, Node]> = [[live, copy]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (a.nodeType === TEXT_NODE) {
      twins.texts.set(b, a as Text);
      continue;
    }
    if (a.nodeType !== ELEMENT_NODE) continue;
    (b as Element).setAttribute(SOURCE_ATTRIBUTE, String(twins.elements.push(a as Element) - 1));
    let x = a.firstChild;
    let y = b.firstChild;
    while (x && y) {
      stack.push([x, y]);
      x = x.nextSibling;
      y = y.nextSibling;
    }
  }
  return twins;
}

/** Every Text node under `root`, in document order. */
function textNodesUnder(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) found.push(node as Text);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return found;
}

/**
 * A block this big with not one sentence-length text in it is data (a results table, an endless
 * list of links), never the story; Readability still scores every node of it, which took seconds
 * on a page with a 100,000-node results table (tests/fixtures/pages/huge-dom). Such blocks are cut
 * from the copy before Readability runs. The numbers: far above any story's own markup, and a
 * sentence of prose is rarely under 80 characters; a Chinese, Japanese or Korean character
 * carries about three Latin ones' worth (a 30-character line of Chinese is a sentence).
 */
const BULKY_DATA = { minElements: 2000, proseLength: 80, wideCharacterWeight: 3 };

/** Chinese, Japanese and Korean characters (see BULKY_DATA), written without spaces between words. */
export const WIDE_CHARACTERS = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Whether a Text node's data is long enough to be a sentence of prose. */
function isProse(data: string): boolean {
  const length = data.trim().length;
  if (length >= BULKY_DATA.proseLength) return true;
  const wide = data.match(WIDE_CHARACTERS)?.length ?? 0;
  return length + wide * (BULKY_DATA.wideCharacterWeight - 1) >= BULKY_DATA.proseLength;
}

interface BlockSize {
  elements: number;
  hasProse: boolean;
}

/** Removes from `root` (a copy) every bulky block without prose; see BULKY_DATA. */
export function pruneBulkyData(root: Element): void {
  const sizes = new Map<Element, BlockSize>();
  measureBlocks(root, sizes);
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const size = sizes.get(element)!;
    if (element !== root && size.elements >= BULKY_DATA.minElements && !size.hasProse) {
      element.remove();
      continue;
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
}

/** Element counts and prose flags of every element under `root`, children before parents. */
function measureBlocks(root: Element, sizes: Map<Element, BlockSize>): void {
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    order.push(element);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i];
    const size: BlockSize = { elements: 1, hasProse: false };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) {
        const childSize = sizes.get(child as Element)!;
        size.elements += childSize.elements;
        size.hasProse ||= childSize.hasProse;
      } else if (child.nodeType === TEXT_NODE && isProse((child as Text).data)) {
        size.hasProse = true;
      }
    }
    sizes.set(element, size);
  }
}

/** Text as compared across a serialize-and-parse round trip, which may turn U+00A0 into a space. */
function comparable(data: string): string {
  return data.replace(/\s/g, ' ');
}

/** The text under one live element, searchable, with a cursor past what was already matched. */
class LiveElementText {
  private readonly nodes: Text[];
  private readonly starts: number[] = [];
  private readonly text: string;
  private cursor = 0;

  constructor(element: Element) {
    this.nodes = textNodesUnder(element);
    let length = 0;
    for (const node of this.nodes) {
      this.starts.push(length);
      length += node.data.length;
    }
    this.text = comparable(this.nodes.map((node) => node.data).join(''));
  }

  /** The live slices holding the next occurrence of `data`, or none. */
  take(data: string): LiveSlice[] {
    const at = this.text.indexOf(comparable(data), this.cursor);
    if (at < 0) return [];
    const end = at + data.length;
    this.cursor = end;
    const slices: LiveSlice[] = [];
    this.nodes.forEach((node, i) => {
      const from = Math.max(at, this.starts[i]);
      const to = Math.min(end, this.starts[i] + node.data.length);
      if (from < to) slices.push({ node, start: from - this.starts[i], end: to - this.starts[i] });
    });
    return slices;
  }
}

/**
 * Resolves copied Text nodes to live text. Most keep their identity through Readability; the rest
 * were re-parsed (Readability retries from serialized HTML when its first pass finds too little,
 * and the round trip may split or merge Text nodes), and are found by their text under the live
 * twin of their nearest stamped ancestor.
 */
export function liveTextResolver(twins: Twins): (text: Text) => LiveSlice[] {
  const used = new Set<Text>();
  const elementTexts = new Map<Element, LiveElementText>();
  const elementText = (el: Element): LiveElementText => remembered(elementTexts, el, () => new LiveElementText(el));
  return (text) => {
    const twin = twins.texts.get(text);
    if (twin && !used.has(twin)) {
      used.add(twin);
      return [{ node: twin, start: 0, end: twin.data.length }];
    }
    for (let el = text.parentElement; el; el = el.parentElement) {
      const index = el.getAttribute(SOURCE_ATTRIBUTE);
      if (index !== null) return elementText(twins.elements[Number(index)]).take(text.data);
    }
    return [];
  };
}

export function readWithReadability(doc: Document): ReadableContent | null {
  if (!doc.documentElement) return null;
  const copy = doc.cloneNode(true) as Document;
  const twins = pairTwins(doc.documentElement, copy.documentElement);
  pruneBulkyData(copy.documentElement);
  const result = new Readability<Element>(copy, {
    serializer: (node) => node as Element,
    // Class names stay so the boilerplate filter can read them.
    keepClasses: true,
  }).parse();
  if (!result?.content) return null;
  return {
    content: result.content,
    toLive: liveTextResolver(twins),
    metadata: {
      title: result.title || null,
      byline: result.byline || null,
      siteName: result.siteName || null,
      publishedTime: result.publishedTime || null,
      lang: result.lang || null,
      excerpt: result.excerpt || null,
    },
  };
}
