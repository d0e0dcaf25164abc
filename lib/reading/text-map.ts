/**
 * The map from the article body text back to the live DOM: each character range of the text
 * becomes a DOM Range whose text is the same string.
 *
 * Every character of the text is either a copy of one character of one live Text node, or
 * synthetic: the "\n" that joins two paragraphs has no character of its own in the DOM. A
 * whitespace run of the page ("\n      ") is read as one space, which stands for the run's
 * first character. So `rangeFor(start, end).toString()` equals `text.slice(start, end)` exactly
 * unless the span crosses a paragraph join or a collapsed whitespace run; there it equals it once
 * whitespace runs are collapsed. One more exception: page text that the extraction left out of the
 * middle of a paragraph (a footnote mark, inline math, an inline script Readability dropped) lies
 * inside the Range of a span across it. `rangesFor` gives the exact pieces instead (one per run of
 * one Text node), whose strings joined equal the slice without its synthetic joins.
 */
import type { Steps } from '../steps';

export interface TextMap {
  /** A live DOM Range covering text[start, end), or null when the span cannot be placed. */
  rangeFor(start: number, end: number): Range | null;
  /** Added: text[start, end) as one Range per run of consecutive characters of one Text node. */
  rangesFor(start: number, end: number): Range[];
  /** Added: the live Text node and offset that text[index] copies, or null for a synthetic "\n". */
  pointAt(index: number): { node: Text; offset: number } | null;
}

/** Marks a text character with no DOM character of its own (a paragraph join). */
export const SYNTHETIC_CHARACTER = -1;

/** Where each character of a text comes from: `nodeOf[i]` indexes `nodes`, -1 when synthetic. */
export interface TextOrigins {
  nodes: Text[];
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

export function createTextMap(doc: Document, origins: TextOrigins): TextMap {
  const { nodes, nodeOf, offsetOf } = origins;
  const length = nodeOf.length;

  const pointAt = (index: number) =>
    index >= 0 && index < length && nodeOf[index] !== SYNTHETIC_CHARACTER
      ? { node: nodes[nodeOf[index]], offset: offsetOf[index] }
      : null;

  /** The first mapped index in [from, to), scanning forward or backward. */
  const firstMapped = (from: number, to: number, step: 1 | -1): number => {
    for (let i = from; step > 0 ? i < to : i >= to; i += step) if (nodeOf[i] !== SYNTHETIC_CHARACTER) return i;
    return -1;
  };

  const rangeBetween = (first: number, last: number): Range => {
    const range = doc.createRange();
    range.setStart(nodes[nodeOf[first]], offsetOf[first]);
    range.setEnd(nodes[nodeOf[last]], offsetOf[last] + 1);
    return range;
  };

  return {
    pointAt,
    rangeFor(start, end) {
      if (start < 0 || end > length || start >= end) return null;
      const first = firstMapped(start, end, 1);
      if (first < 0) return null;
      return rangeBetween(first, firstMapped(end - 1, start, -1));
    },
    rangesFor(start, end) {
      const ranges: Range[] = [];
      let runStart = -1;
      for (let i = Math.max(0, start); i < Math.min(end, length); i++) {
        if (nodeOf[i] === SYNTHETIC_CHARACTER) continue;
        if (runStart < 0) runStart = i;
        const next = i + 1;
        const continues =
          next < end && next < length && nodeOf[next] === nodeOf[i] && offsetOf[next] === offsetOf[i] + 1;
        if (!continues) {
          ranges.push(rangeBetween(runStart, i));
          runStart = -1;
        }
      }
      return ranges;
    },
  };
}

/**
 * Origins as plain data, for a message: runs of characters that copy consecutive characters of
 * one Text node (or are synthetic), flattened as node index (-1 when synthetic), first offset,
 * length. A story's origins shrink to about three numbers per Text node.
 */
export function originRunsOf(origins: TextOrigins, indexOf: (node: Text) => number): number[] {
  const { nodes, nodeOf, offsetOf } = origins;
  const runs: number[] = [];
  let at = 0;
  while (at < nodeOf.length) {
    const node = nodeOf[at];
    const synthetic = node === SYNTHETIC_CHARACTER;
    let end = at + 1;
    while (end < nodeOf.length && nodeOf[end] === node && (synthetic || offsetOf[end] === offsetOf[end - 1] + 1)) end++;
    runs.push(synthetic ? SYNTHETIC_CHARACTER : indexOf(nodes[node]), offsetOf[at], end - at);
    at = end;
  }
  return runs;
}

/**
 * Characters whose origins are filled in one step: a long story's map back (wikipedia-2's) took
 * 21–41 ms of one task's samples at CPU throttling 4 on a loaded machine (docs/quality.md, issue 17).
 */
const ORIGINS_PER_STEP = 8192;

/**
 * The origins that `originRunsOf` flattened, over `nodes` (the Text nodes its indices count), in
 * steps of about ORIGINS_PER_STEP characters, for the page to give its thread back between them.
 */
export function* originsFromRunsInSteps(runs: readonly number[], nodes: Text[]): Steps<TextOrigins> {
  let length = 0;
  for (let i = 2; i < runs.length; i += 3) length += runs[i];
  const nodeOf = new Int32Array(length);
  const offsetOf = new Int32Array(length);
  // Filled a run at a time, with no array made per run: this runs once per reading in the page,
  // mostly before the JIT has optimised it, and was the top frame of the map back's task (25–45 ms
  // of samples at CPU throttling 4 on lwn-1 and wikipedia-2; docs/quality.md, issue 17).
  let at = 0;
  let stepEnd = ORIGINS_PER_STEP;
  for (let i = 0; i < runs.length; i += 3) {
    const node = runs[i];
    const end = at + runs[i + 2];
    nodeOf.fill(node, at, end);
    // A synthetic character's offset stays 0.
    if (node !== SYNTHETIC_CHARACTER) for (let offset = runs[i + 1]; at < end; at++, offset++) offsetOf[at] = offset;
    at = end;
    if (at >= stepEnd && at < length) {
      stepEnd = at + ORIGINS_PER_STEP;
      yield;
    }
  }
  return { nodes, nodeOf, offsetOf };
}
