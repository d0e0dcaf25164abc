/**
 * Checks a TextMap against the text it maps, on any DOM (linkedom has no working Range): every
 * character's origin, and for every paragraph and sentence the text a DOM Range between the
 * span's first and last origins reads (every Text node between the two points, in tree order,
 * as Range.toString() reads it). A span inside a paragraph (a word, a name, a quote) then reads
 * right too: its Range is a piece of the paragraph's, cut at characters whose origins were checked.
 */
import type { TextMap } from '../../lib/reading/text-map';
import { withoutInvisibleCharacters } from '../../lib/extract/block-text';
import { TEXT_NODE } from '../../lib/page/dom-nodes';

export interface MapCheck {
  characters: number;
  /** Characters whose DOM origin holds the same character (a space may stand for a whitespace run). */
  charactersRight: number;
  spans: number;
  /** Spans whose Range reads exactly the slice. */
  exact: number;
  /** Spans whose Range reads the slice once whitespace runs are collapsed (page line breaks). */
  sameText: number;
  failures: string[];
}

const collapse = (s: string) => withoutInvisibleCharacters(s).replace(/\s+/g, ' ').trim();

/** The node after `node` in tree order. */
function nextInTree(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

/** What Range.toString() reads from (start, startOffset) to (end, endOffset), both in Text nodes. */
export function textBetween(start: Text, startOffset: number, end: Text, endOffset: number): string {
  if (start === end) return start.data.slice(startOffset, endOffset);
  let read = start.data.slice(startOffset);
  for (let node = nextInTree(start); node && node !== end; node = nextInTree(node)) {
    if (node.nodeType === TEXT_NODE) read += (node as Text).data;
  }
  return read + end.data.slice(0, endOffset);
}

/** Paragraph and sentence spans of the text. */
function spansOf(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const pattern of [/[^\n]+/g, /[^\n.!?]+[.!?]*/g]) {
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** The Range text of text[start, end): from the origin of its first character to past its last. */
function readSpan(map: TextMap, start: number, end: number): string | null {
  let first = start;
  while (first < end && !map.pointAt(first)) first++;
  let last = end - 1;
  while (last > first && !map.pointAt(last)) last--;
  const from = map.pointAt(first);
  const to = map.pointAt(last);
  return from && to ? textBetween(from.node, from.offset, to.node, to.offset + 1) : null;
}

export function checkTextMap(text: string, map: TextMap, maxFailures = 3): MapCheck {
  const check: MapCheck = {
    characters: text.length,
    charactersRight: 0,
    spans: 0,
    exact: 0,
    sameText: 0,
    failures: [],
  };
  for (let i = 0; i < text.length; i++) {
    const point = map.pointAt(i);
    const right = point
      ? point.node.data[point.offset] === text[i] || (text[i] === ' ' && /\s/.test(point.node.data[point.offset]))
      : text[i] === '\n';
    if (right) check.charactersRight++;
    else if (check.failures.length < maxFailures) check.failures.push(`character ${i} ${JSON.stringify(text[i])}`);
  }
  for (const [start, end] of spansOf(text)) {
    const slice = text.slice(start, end);
    if (!slice.trim()) continue;
    check.spans++;
    const read = readSpan(map, start, end);
    if (read?.trim() === slice.trim()) check.exact++;
    if (read !== null && collapse(read) === collapse(slice)) check.sameText++;
    else if (check.failures.length < maxFailures) {
      check.failures.push(
        `span ${start}-${end} ${JSON.stringify(slice.slice(0, 60))} read ${JSON.stringify(read?.slice(0, 60))}`,
      );
    }
  }
  return check;
}
