import { describe, expect, it } from 'vitest';
import { bitPositions, type PlaceListFile, readPlaceList } from '../../../../lib/analyze/ner/place-list';
import shipped from '../../../../lib/analyze/ner/place-list.json';
import { encodeBase64 } from '../../../../lib/analyze/ner/feature-index';

/** A filter of `bits` bits holding `phrases`, built as scripts/ner/build-place-list.ts builds it. */
function filterOf(phrases: string[], bits: number, hashes: number): PlaceListFile {
  const filter = new Uint8Array(bits / 8);
  for (const phrase of phrases)
    for (const bit of bitPositions(phrase, bits, hashes)) filter[bit >>> 3] |= 1 << (bit & 7);
  return { source: 'test', names: phrases.length, bits, hashes, falsePositiveRate: 0, filter: encodeBase64(filter) };
}

describe('the place list', () => {
  it('holds every phrase put in its filter, and not a phrase whose bits are not all set', () => {
    const list = readPlaceList(filterOf(['neiafu', 'grande terre'], 4096, 4));
    expect(list.has('neiafu')).toBe(true);
    expect(list.has('grande terre')).toBe(true);
    expect(list.has('grande')).toBe(false);
    expect(list.has('putin')).toBe(false);
  });

  it('gives each phrase the same bits at every call, all within the filter', () => {
    const positions = bitPositions('łódź', 1000, 8);
    expect(bitPositions('łódź', 1000, 8)).toEqual(positions);
    expect(new Set(positions).size).toBeGreaterThan(1);
    expect(positions.every((bit) => bit >= 0 && bit < 1000)).toBe(true);
  });

  it('ships the towns the typing model was short of, and no common word or well-known non-place', () => {
    const list = readPlaceList(shipped);
    for (const town of ['łódź', 'neiafu', 'coron', 'mérida', 'faaborg', 'oakland']) expect(list.has(town)).toBe(true);
    for (const other of ['kremlin', 'putin', 'reuters', 'wikinews', 'hotel', 'the'])
      expect(list.has(other)).toBe(false);
  });
});
