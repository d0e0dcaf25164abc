/**
 * Reads the text under a root element as paragraphs joined by "\n", remembering for every
 * character the live Text node and offset it copies (see lib/reading/text-map.ts).
 *
 * The root may belong to a copy of the page (the extractor works on a clone): `toLive` turns each
 * Text node met under the root into the live text it copies (none to leave it out).
 */
import { ELEMENT_NODE, TEXT_NODE } from '../page/dom-nodes';
import { UNSHOWN_TEXT_TAGS } from '../page/unshown-text';
import { SYNTHETIC_CHARACTER, type TextOrigins } from '../reading/text-map';

/** Elements that start and end a paragraph of the text (CSS block-level by default, plus br/hr). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Whitespace that HTML collapses into one space (not U+00A0, which the page means to keep). */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f]/;

/**
 * Characters a page does not show: a soft hyphen (seen only where a line breaks), a zero-width
 * space, a word joiner, a byte-order mark. The text leaves them out, so that "Vladi\u00ADmir
 * Putin" reads as one name (seen on a Washington Post page as "Vladi" and a place "Putin").
 */
const INVISIBLE_CHARACTERS = new Set(['\u00AD', '\u200B', '\u2060', '\uFEFF']);
/** The same characters, for a whole string. */
const INVISIBLE_CHARACTER_PATTERN = new RegExp(`[${[...INVISIBLE_CHARACTERS].join('')}]`, 'g');

/** The text as the page shows it: without the invisible characters the body leaves out. */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE_CHARACTER_PATTERN, '');
}

/** Characters [start, end) of one live Text node. */
export interface LiveSlice {
  node: Text;
  start: number;
  end: number;
}

export interface BlockText extends TextOrigins {
  text: string;
}

/** Where one character of a paragraph under construction came from. */
interface Origin {
  node: number;
  offset: number;
}

/** A whitespace run seen in the page: the character that will stand for it. */
interface SpaceRun extends Origin {
  isLiteralSpace: boolean;
}

/** What to leave out of the text. */
export interface BlockTextFilters {
  skipElement?: (element: Element) => boolean;
  /** Called with each live Text node the text would copy. */
  skipLiveText?: (text: Text) => boolean;
  /** Called with each paragraph as read (whitespace collapsed, trimmed). */
  skipParagraph?: (paragraph: string) => boolean;
}

class TextBuilder {
  constructor(private readonly skipParagraph: (paragraph: string) => boolean) {}

  private readonly chars: string[] = [];
  private readonly origins: Origin[] = [];
  private readonly nodes: Text[] = [];
  private paragraph: { chars: string[]; origins: Origin[] } = { chars: [], origins: [] };
  /** The whitespace run waiting to become one space, if a visible character follows. */
  private pendingSpace: SpaceRun | null = null;
  /** The live text the paragraph last copied: the next must follow it on the page. */
  private lastSlice: LiveSlice | null = null;

  breakParagraph(): void {
    const { chars, origins } = this.paragraph;
    let first = 0;
    let last = chars.length - 1;
    while (first <= last && isBlank(chars[first])) first++;
    while (last >= first && isBlank(chars[last])) last--;
    if (first <= last && !this.skipParagraph(chars.slice(first, last + 1).join(''))) {
      if (this.chars.length > 0) {
        this.chars.push('\n');
        this.origins.push({ node: SYNTHETIC_CHARACTER, offset: 0 });
      }
      for (let i = first; i <= last; i++) {
        this.chars.push(chars[i]);
        this.origins.push(origins[i]);
      }
    }
    this.paragraph = { chars: [], origins: [] };
    this.pendingSpace = null;
    this.lastSlice = null;
  }

  addText(slice: LiveSlice): void {
    // Text the page shows between two pieces the extraction kept (a footnote mark, a widget it
    // dropped) would sit inside the Range of any span across them: the paragraph ends there.
    const gap = this.lastSlice ? gapBetween(this.lastSlice, slice) : NO_GAP;
    if (gap === APART) this.breakParagraph();
    else if (gap !== NO_GAP && !this.pendingSpace) {
      // Whitespace the extraction did not keep still shows as a space between the two pieces.
      this.pendingSpace = {
        node: this.nodes.push(gap.node) - 1,
        offset: gap.offset,
        isLiteralSpace: gap.node.data[gap.offset] === ' ',
      };
    }
    this.lastSlice = slice;
    const { node: live, start, end } = slice;
    const node = this.nodes.push(live) - 1;
    const data = live.data;
    for (let offset = start; offset < end; offset++) {
      const char = data[offset];
      // A set lookup, not a pattern: this runs for every character of the page's text.
      if (INVISIBLE_CHARACTERS.has(char)) continue;
      if (COLLAPSIBLE_SPACE.test(char)) {
        // A literal space stands for the run when there is one, so more ranges read exactly.
        if (!this.pendingSpace || (char === ' ' && !this.pendingSpace.isLiteralSpace)) {
          this.pendingSpace = { node, offset, isLiteralSpace: char === ' ' };
        }
        continue;
      }
      if (this.pendingSpace) {
        this.paragraph.chars.push(' ');
        this.paragraph.origins.push({ node: this.pendingSpace.node, offset: this.pendingSpace.offset });
        this.pendingSpace = null;
      }
      this.paragraph.chars.push(char);
      this.paragraph.origins.push({ node, offset });
    }
  }

  finish(): BlockText {
    this.breakParagraph();
    const nodeOf = new Int32Array(this.origins.length);
    const offsetOf = new Int32Array(this.origins.length);
    this.origins.forEach((origin, i) => {
      nodeOf[i] = origin.node;
      offsetOf[i] = origin.offset;
    });
    return { text: this.chars.join(''), nodes: this.nodes, nodeOf, offsetOf };
  }
}

/** Nothing but whitespace (a character, or a run of text). */
function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Nodes looked through between two kept ones before giving up and taking them as apart. */
const MAX_NODES_BETWEEN = 200;

/** Two pieces of live text with visible text between them. */
const APART = 'apart';
/** Two pieces of live text with nothing at all between them. */
const NO_GAP = 'none';

/** Where whitespace between two pieces of live text starts. */
interface SpaceAt {
  node: Text;
  offset: number;
}

/**
 * What lies between `previous` and `next` on the live page: nothing, only whitespace (where it
 * starts), or visible text, in which case one Range from the first to the second would read
 * more than their text. Found by walking from one to the other, so a piece that comes earlier
 * on the page counts as apart too.
 */
function gapBetween(previous: LiveSlice, next: LiveSlice): SpaceAt | typeof APART | typeof NO_GAP {
  if (previous.node === next.node) {
    if (next.start < previous.end) return APART;
    return gapIn(previous.node, previous.end, next.start) ?? NO_GAP;
  }
  const after = gapIn(previous.node, previous.end, previous.node.length);
  if (after === APART) return APART;
  let space = after;
  let between: Node | null = previous.node;
  for (let seen = 0; seen < MAX_NODES_BETWEEN; seen++) {
    between = nextInDocument(between);
    if (!between) return APART;
    if (between === next.node) {
      const before = gapIn(next.node, 0, next.start);
      return before === APART ? APART : (space ?? before ?? NO_GAP);
    }
    if (between.nodeType !== TEXT_NODE) continue;
    const gap = gapIn(between as Text, 0, (between as Text).length);
    if (gap === APART) return APART;
    space ??= gap;
  }
  return APART;
}

/** The characters [start, end) of `node`: null when empty, APART when visible, else where the whitespace starts. */
function gapIn(node: Text, start: number, end: number): SpaceAt | typeof APART | null {
  if (end <= start) return null;
  return isBlank(node.data.slice(start, end)) ? { node, offset: start } : APART;
}

/** The node after `node` in document order (a walk by hand: DOM implementations differ in TreeWalker). */
function nextInDocument(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** The paragraphs under `root`, in document order, with each character's live origin. */
export function readBlockText(
  root: Node,
  toLive: (text: Text) => LiveSlice[],
  filters: BlockTextFilters = {},
): BlockText {
  const builder = new TextBuilder(filters.skipParagraph ?? (() => false));
  // Text left out of the middle of a paragraph would sit inside the Range of any span across it:
  // the paragraph ends there instead, so every Range within a paragraph reads only its text.
  const leaveOut = (node: Node): void => {
    if (node.textContent?.trim()) builder.breakParagraph();
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const slices = toLive(node as Text).filter((slice) => !filters.skipLiveText?.(slice.node));
      if (slices.length === 0) leaveOut(node);
      for (const slice of slices) builder.addText(slice);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (UNSHOWN_TEXT_TAGS.has(element.localName) || filters.skipElement?.(element)) {
      leaveOut(node);
      return;
    }
    const isBlock = BLOCK_TAGS.has(element.tagName.toUpperCase());
    if (isBlock) builder.breakParagraph();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (isBlock) builder.breakParagraph();
  };
  visit(root);
  return builder.finish();
}
