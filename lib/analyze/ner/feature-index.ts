/**
 * Finds a feature's row in a linear model without a `Map` of its names. Building that map (the
 * names split from one text, then 60,000 insertions) was most of the tagger's model read, paid on
 * the service worker's every cold start (docs/quality.md, issue 14). Instead the names stay in the
 * model file's one text, and an open-addressing hash table gives each name's row: made once at
 * build (tooling/build/model-index.ts ships it beside the model as base64), or here, from the
 * names, where no build ran (Node, the tests). Any model with its feature names joined by "\n"
 * can use it. `PartRows` keeps the rows found for features met as template and parts (the
 * `FeatureSink` of features.ts), for the tagger and the mention classifier alike.
 */

import { featureText, type FeaturePart } from './features';

/** Marks an empty slot; a full one holds its row + 1. */
const EMPTY = 0;

/** Slots per name at least: a table at most half full keeps a missing name's probe short. */
const SLOTS_PER_NAME = 2;

/** FNV-1a over UTF-16 code units: the same numbers at build, in Node and in every browser. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The start of each name in `names` ("\n"-joined), and one past the text's end after the last. */
function startsOf(names: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  for (let row = 0, at = 0; row < count; row++) {
    starts[row] = at;
    at = names.indexOf('\n', at) + 1;
  }
  starts[count] = names.length + 1;
  return starts;
}

function countOf(names: string): number {
  if (names === '') return 0;
  let count = 1;
  for (let at = names.indexOf('\n'); at !== -1; at = names.indexOf('\n', at + 1)) count++;
  return count;
}

/** The table's slots: a power of two, so a hash is reduced to a slot by a mask. */
function slotCountFor(count: number): number {
  let slots = 1;
  while (slots < count * SLOTS_PER_NAME) slots *= 2;
  return slots;
}

/**
 * The hash table of `names` ("\n"-joined), each slot holding its name's row + 1 (0: empty). As
 * 16-bit slots where the rows fit, else 32-bit: it ships in the build as base64.
 */
export function buildFeatureTable(names: string): Uint16Array | Uint32Array {
  return tableOf(names, startsOf(names, countOf(names)));
}

/** The hash table of the names starting at `starts` (`startsOf`), which the index reads too. */
function tableOf(names: string, starts: Int32Array): Uint16Array | Uint32Array {
  const count = starts.length - 1;
  const slots = slotCountFor(count);
  const table = count < 0xffff ? new Uint16Array(slots) : new Uint32Array(slots);
  const mask = slots - 1;
  for (let row = 0; row < count; row++) {
    let slot = hashOf(names.slice(starts[row], starts[row + 1] - 1)) & mask;
    while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
    table[slot] = row + 1;
  }
  return table;
}

/** The table as base64 of its bytes (little-endian, as every engine NewsLens runs on stores them). */
export function encodeFeatureTable(table: Uint16Array | Uint32Array): string {
  return encodeBase64(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
}

/** A feature's row in a model, by its name. */
export class FeatureIndex {
  private readonly starts: Int32Array;
  private readonly table: Uint16Array | Uint32Array;
  private readonly mask: number;

  /**
   * `count` names joined by "\n" in row order (counted by the caller, who knows the rows from
   * their weights: counting here was a pass over 60,000 names); `encodedTable`,
   * `encodeFeatureTable` of their table where the build made it (else it is made here).
   */
  constructor(
    private readonly names: string,
    count: number,
    encodedTable?: string,
  ) {
    this.starts = startsOf(names, count);
    // Where no build made the table, it is made from the starts just found: the names split once.
    this.table = encodedTable === undefined ? tableOf(names, this.starts) : decodeFeatureTable(encodedTable, count);
    this.mask = this.table.length - 1;
  }

  /** The row of `feature`, or -1 if the model has no such feature. */
  rowOf(feature: string): number {
    const { table, starts, names, mask } = this;
    for (let slot = hashOf(feature) & mask; table[slot] !== EMPTY; slot = (slot + 1) & mask) {
      const row = table[slot] - 1;
      const start = starts[row];
      if (starts[row + 1] - 1 - start === feature.length && names.startsWith(feature, start)) return row;
    }
    return -1;
  }
}

/**
 * Features of one number of parts down to their values: a map per template, then per part but the
 * last, the last part keying the value.
 */
type PartTree<V> = Map<FeaturePart, PartTree<V> | V>;

/** Features kept by `PartRows` before it starts over (a few news articles' contexts; some MB). */
const PART_ROWS_SIZE = 100_000;

/**
 * A feature's row (or any value read by its text, never undefined) by its template and parts
 * (`FeatureSink`), its text made and hashed only the first time: met again, it costs a lookup per
 * part of strings the text already holds, whose hash the engine keeps. Bounded: cleared when full.
 */
export class PartRows<V = number> {
  /** A tree per number of parts (0 to 3), so that a template met with more parts is told apart. */
  private readonly trees: PartTree<V>[] = [new Map(), new Map(), new Map(), new Map()];
  private size = 0;

  constructor(private readonly valueOfText: (feature: string) => V) {}

  rowOf(template: string, a?: FeaturePart, b?: FeaturePart, c?: FeaturePart): V {
    if (this.size >= PART_ROWS_SIZE) {
      for (const tree of this.trees) tree.clear();
      this.size = 0;
    }
    const parts = a === undefined ? 0 : b === undefined ? 1 : c === undefined ? 2 : 3;
    let node = branch(this.trees[parts], template);
    let last = a ?? '';
    if (b !== undefined) {
      node = branch(node, last);
      last = b;
    }
    if (c !== undefined) {
      node = branch(node, last);
      last = c;
    }
    const known = node.get(last);
    if (known !== undefined) return known as V;
    const value = this.valueOfText(featureText(template, a, b, c));
    node.set(last, value);
    this.size++;
    return value;
  }
}

/** The subtree of `node` under `key`, made if missing. */
function branch<V>(node: PartTree<V>, key: FeaturePart): PartTree<V> {
  let child = node.get(key) as PartTree<V> | undefined;
  if (!child) {
    child = new Map();
    node.set(key, child);
  }
  return child;
}

/** The table `encodeFeatureTable` wrote for `count` names; throws if it was made for other names. */
function decodeFeatureTable(text: string, count: number): Uint16Array | Uint32Array {
  const bytes = decodeBase64(text);
  const table = count < 0xffff ? new Uint16Array(bytes.buffer) : new Uint32Array(bytes.buffer);
  if (table.length !== slotCountFor(count)) throw new Error('the feature table was made for another model');
  return table;
}

interface Base64Decoder {
  fromBase64?: (text: string) => Uint8Array;
}

/** Bytes from base64: the engine's own decoder where it has one (Chromium 140, Firefox 133), else by hand. */
export function decodeBase64(text: string): Uint8Array {
  const decoded = (Uint8Array as unknown as Base64Decoder).fromBase64?.(text);
  if (decoded) return decoded;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}
