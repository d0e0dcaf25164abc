/**
 * The linear model behind the tagger (an averaged perceptron, trained by scripts/train-ner.ts) and
 * its compact file format: feature names one a line, and their weights quantized to signed bytes
 * in base64, so the shipped JSON stays small and parses fast. Each feature's row has its own scale
 * (a power of two, stored as one byte), because weights span orders of magnitude across features.
 */

export interface ModelFile {
  labels: string[];
  /** Feature names joined by "\n", in the order of `weights`. */
  features: string;
  /** Base64 of, per feature, one scale byte then `labels.length` signed weight bytes. */
  weights: string;
}

/** Distinct words whose scores are kept between texts (a few news articles' vocabulary; ~1 MB). */
const WORD_SCORE_CACHE_SIZE = 20_000;

/** Values kept by `remember` (each word's scores after each previous tag: ~6 MB at most). */
const REMEMBERED_SIZE = 20_000;

/** Largest magnitude a weight is stored with (a signed byte). */
const BYTE_RANGE = 127;

/** A row's scale is 2^(exponent / SCALE_STEPS_PER_OCTAVE): eighths of an octave, 9% apart. */
const SCALE_STEPS_PER_OCTAVE = 8;

/** Rows whose largest weight is below this are dropped (they cannot change a decision). */
const NEGLIGIBLE_WEIGHT = 1e-4;

export class LinearModel {
  readonly labels: string[];
  /** Row offset (into `weights`) of each feature. */
  private readonly rows: Map<string, number>;
  /** All rows, `labels.length` weights each, in one array (one allocation, not one per feature). */
  private readonly weights: Float32Array;

  constructor(labels: string[], rows: Map<string, number>, weights: Float32Array) {
    this.labels = labels;
    this.rows = rows;
    this.weights = weights;
  }

  /** Adds the score of each label for `features` into `scores` (length `labels.length`). */
  addScores = (features: string[], scores: Float32Array): void => {
    const width = this.labels.length;
    for (const feature of features) {
      const offset = this.rows.get(feature);
      if (offset === undefined) continue;
      for (let k = 0; k < width; k++) scores[k] += this.weights[offset + k];
    }
  };

  /** Values computed from the weights alone, by key (bounded: cleared when full). */
  private readonly remembered = new Map<string, unknown>();

  /** `compute()`'s value for `key`, computed once (the weights never change once read). */
  remember = <T>(key: string, compute: () => T): T => {
    if (this.remembered.has(key)) return this.remembered.get(key) as T;
    if (this.remembered.size >= REMEMBERED_SIZE) this.remembered.clear();
    const value = compute();
    this.remembered.set(key, value);
    return value;
  };

  /** Word scores seen so far, by word (bounded: cleared when full). */
  private readonly wordScores = new Map<string, Float32Array>();

  /** `addScores` for a word's own features, computed once per word. */
  addWordScores = (word: string, features: string[], scores: Float32Array): void => {
    let cached = this.wordScores.get(word);
    if (!cached) {
      if (this.wordScores.size >= WORD_SCORE_CACHE_SIZE) this.wordScores.clear();
      cached = new Float32Array(this.labels.length);
      this.addScores(features, cached);
      this.wordScores.set(word, cached);
    }
    for (let k = 0; k < cached.length; k++) scores[k] += cached[k];
  };
}

/** Reads a model file into a model ready to score. */
export function readModel(file: ModelFile): LinearModel {
  const bytes = decodeBase64(file.weights);
  const width = file.labels.length;
  const names = file.features.split('\n');
  const rows = new Map<string, number>();
  const weights = new Float32Array(names.length * width);
  names.forEach((feature, f) => {
    const stored = f * (width + 1);
    const scale = 2 ** (toSigned(bytes[stored]) / SCALE_STEPS_PER_OCTAVE);
    for (let k = 0; k < width; k++) weights[f * width + k] = toSigned(bytes[stored + 1 + k]) * scale;
    rows.set(feature, f * width);
  });
  return new LinearModel(file.labels, rows, weights);
}

/** Writes weights into the file format, keeping only the `maxFeatures` features that weigh most. */
export function writeModel(labels: string[], weights: Map<string, ArrayLike<number>>, maxFeatures: number): ModelFile {
  const ranked = [...weights].map(([feature, row]) => ({ feature, row, weight: largestMagnitude(row) }));
  // Heaviest first; ties by name, so a rerun writes the same file whatever order training met them in.
  ranked.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  const kept = ranked.filter(({ weight }) => weight > NEGLIGIBLE_WEIGHT).slice(0, maxFeatures);
  const width = labels.length;
  const bytes = new Uint8Array(kept.length * (width + 1));
  kept.forEach(({ row, weight }, f) => {
    const exponent = Math.ceil(SCALE_STEPS_PER_OCTAVE * Math.log2(weight / BYTE_RANGE));
    const scale = 2 ** (exponent / SCALE_STEPS_PER_OCTAVE);
    const offset = f * (width + 1);
    bytes[offset] = exponent & 0xff;
    for (let k = 0; k < width; k++) bytes[offset + 1 + k] = Math.round(row[k] / scale) & 0xff;
  });
  return { labels, features: kept.map(({ feature }) => feature).join('\n'), weights: encodeBase64(bytes) };
}

function largestMagnitude(row: ArrayLike<number>): number {
  let largest = 0;
  for (let k = 0; k < row.length; k++) largest = Math.max(largest, Math.abs(row[k]));
  return largest;
}

function toSigned(byte: number): number {
  return byte > BYTE_RANGE ? byte - 256 : byte;
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}
