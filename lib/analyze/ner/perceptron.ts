/**
 * The linear model behind the tagger (an averaged perceptron, trained by scripts/train-ner.ts) and
 * its compact file format: feature names one a line, and their weights quantized to signed bytes
 * in base64, so the shipped JSON stays small and parses fast. Each feature's row has its own scale
 * (a power of two, stored as one byte), because weights span orders of magnitude across features.
 * Reading a file does no work per feature: rows are found by `FeatureIndex` and their weights
 * read from the bytes when a feature is met (the model's read is on the service worker's cold
 * start, its features met a few thousand at a time).
 */
import { remembered, rememberedWithin } from '../../memo';
import { decodeBase64, encodeBase64, FeatureIndex, PartRows } from './feature-index';
import type { FeatureSink } from './features';

export interface ModelFile {
  labels: string[];
  /** Feature names joined by "\n", in the order of `weights`. */
  features: string;
  /** Base64 of, per feature, one scale byte then `labels.length` signed weight bytes. */
  weights: string;
  /** The build's `encodeFeatureTable` of `features` (tooling/build/model-index.ts); made on reading where absent. */
  featureTable?: string;
}

/** Distinct words whose scores are kept between texts (a few news articles' vocabulary; ~1 MB). */
const WORD_SCORE_CACHE_SIZE = 20_000;

/** Values of one kind kept by `remember` (each word's scores after each previous tag: ~6 MB at most). */
const REMEMBERED_SIZE = 20_000;

/** Largest magnitude a weight is stored with (a signed byte). */
const BYTE_RANGE = 127;

/** A row's scale is 2^(exponent / SCALE_STEPS_PER_OCTAVE): eighths of an octave, 9% apart. */
const SCALE_STEPS_PER_OCTAVE = 8;

/** Rows whose largest weight is below this are dropped (they cannot change a decision). */
const NEGLIGIBLE_WEIGHT = 1e-4;

export class LinearModel {
  readonly labels: string[];
  private readonly index: FeatureIndex;
  /** Per feature, one scale byte then a weight byte per label (see `ModelFile.weights`). */
  private readonly bytes: Uint8Array;
  /**
   * Each row's weights, decoded from `bytes` when the row is first met (`isDecoded`): a feature met
   * again (a story's "pw=the" on every "the") is read at once, where decoding took a power and a
   * product per weight in the tagger's costliest function (docs/quality.md, Speed, "Issue 14's
   * cost bar").
   */
  private readonly decoded: Float32Array;
  private readonly isDecoded: Uint8Array;

  constructor(labels: string[], index: FeatureIndex, bytes: Uint8Array) {
    this.labels = labels;
    this.index = index;
    this.bytes = bytes;
    const rows = bytes.length / (labels.length + 1);
    this.decoded = new Float32Array(rows * labels.length);
    this.isDecoded = new Uint8Array(rows);
  }

  /** Adds the score of each label for `features` into `scores` (length `labels.length`). */
  addScores = (features: string[], scores: Float32Array): void => {
    for (const feature of features) this.addRowScores(this.index.rowOf(feature), scores);
  };

  /** Rows of the features met as template and parts. */
  private readonly partRows = new PartRows((feature) => this.index.rowOf(feature));

  /** `addScores` for the features `emit` gives as template and parts, in the order given. */
  addFeatureScores = (emit: (sink: FeatureSink) => void, scores: Float32Array): void => {
    emit((template, a, b, c) => this.addRowScores(this.partRows.rowOf(template, a, b, c), scores));
  };

  /** Adds `row`'s weights into `scores` (none for -1, a feature the model lacks). */
  private addRowScores(row: number, scores: Float32Array): void {
    if (row === -1) return;
    const { decoded } = this;
    const width = this.labels.length;
    const at = this.decodedRow(row);
    for (let k = 0; k < width; k++) scores[k] += decoded[at + k];
  }

  /** Where `row`'s weights start in `decoded`, decoding them on the row's first use. */
  private decodedRow(row: number): number {
    const width = this.labels.length;
    const at = row * width;
    if (this.isDecoded[row]) return at;
    const { bytes } = this;
    const stored = row * (width + 1);
    const scale = 2 ** (toSigned(bytes[stored]) / SCALE_STEPS_PER_OCTAVE);
    // Rounded to single precision as each weight was when the model kept them in a Float32Array.
    for (let k = 0; k < width; k++) this.decoded[at + k] = Math.fround(toSigned(bytes[stored + 1 + k]) * scale);
    this.isDecoded[row] = 1;
    return at;
  }

  /**
   * Values computed from the weights alone, by kind then key: a word's key is the word itself, no
   * text made per token (each kind bounded: cleared when full).
   */
  private readonly valuesByKind = new Map<string, Map<string, unknown>>();

  /** `compute()`'s value for `key` among the values of `kind`, computed once (the weights never change once read). */
  remember = <T>(kind: string, key: string, compute: () => T): T => {
    const values = remembered(this.valuesByKind, kind, () => new Map<string, unknown>());
    return rememberedWithin(values, REMEMBERED_SIZE, key, compute) as T;
  };

  /** Word scores seen so far, by word (bounded: cleared when full). */
  private readonly wordScores = new Map<string, Float32Array>();

  /** `addScores` for a word's own features, computed once per word (`features` asked for then only). */
  addWordScores = (word: string, features: () => string[], scores: Float32Array): void => {
    const cached = rememberedWithin(this.wordScores, WORD_SCORE_CACHE_SIZE, word, () => {
      const own = new Float32Array(this.labels.length);
      this.addScores(features(), own);
      return own;
    });
    for (let k = 0; k < cached.length; k++) scores[k] += cached[k];
  };
}

/** Reads a model file into a model ready to score. */
export function readModel(file: ModelFile): LinearModel {
  const bytes = decodeBase64(file.weights);
  const rows = bytes.length / (file.labels.length + 1);
  return new LinearModel(file.labels, new FeatureIndex(file.features, rows, file.featureTable), bytes);
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
