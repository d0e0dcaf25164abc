import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFeatureTable,
  encodeFeatureTable,
  FeatureIndex,
  PartRows,
} from '../../../../lib/analyze/ner/feature-index';

const NAMES = ['w=smith', 's=Xx', 'p2=Sm', 'w=é', 'w=ἱερώνυμος', 'lcs=Preposition|x', 'w=smit'];

/** The index of `names` as a reader without the build makes it, and as one with the build's table. */
function indexes(names: string[]): FeatureIndex[] {
  const text = names.join('\n');
  return [
    new FeatureIndex(text, names.length),
    new FeatureIndex(text, names.length, encodeFeatureTable(buildFeatureTable(text))),
  ];
}

describe('the feature index', () => {
  it('finds each name’s row, with the table made on reading or shipped by the build', () => {
    for (const index of indexes(NAMES))
      expect(NAMES.map((name) => index.rowOf(name))).toEqual(NAMES.map((_, row) => row));
  });

  it('finds no row for a name that is not there, a part or an extension of one included', () => {
    for (const index of indexes(NAMES))
      for (const missing of ['w=smi', 'w=smithy', 'w=', '', 'w=smith\ns=Xx', 'W=SMITH', 'w=e'])
        expect(index.rowOf(missing)).toBe(-1);
  });

  it('finds every row of any set of distinct names', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1 }).filter((name) => !name.includes('\n'))),
        (names) => {
          for (const index of indexes(names))
            expect(names.map((name) => index.rowOf(name))).toEqual(names.map((_, row) => row));
        },
      ),
    );
  });

  it('takes 32-bit slots once the rows no longer fit 16 bits', () => {
    const names = Array.from({ length: 70_000 }, (_, row) => `f${row}`);
    const table = buildFeatureTable(names.join('\n'));
    expect(table).toBeInstanceOf(Uint32Array);
    const [, shipped] = indexes(names);
    expect([0, 65_534, 65_535, 69_999].map((row) => shipped.rowOf(`f${row}`))).toEqual([0, 65_534, 65_535, 69_999]);
  });

  it('refuses a table made for another model', () => {
    const table = encodeFeatureTable(buildFeatureTable(NAMES.join('\n')));
    const more = [...NAMES, ...Array.from({ length: 20 }, (_, row) => `extra=${row}`)];
    expect(() => new FeatureIndex(more.join('\n'), more.length, table)).toThrow('another model');
  });
});

describe('rows by template and parts', () => {
  const index = new FeatureIndex(NAMES.join('\n'), NAMES.length);

  it('gives the row of the feature whose text the parts make, or -1, however often asked', () => {
    const rows = new PartRows((feature) => index.rowOf(feature));
    for (let round = 0; round < 2; round++) {
      expect(rows.rowOf('w', 'smith')).toBe(0);
      expect(rows.rowOf('s', 'Xx')).toBe(1);
      expect(rows.rowOf('lcs', 'Preposition', 'x')).toBe(5);
      expect(rows.rowOf('w', 'smit')).toBe(6);
      expect(rows.rowOf('lcs', 'Preposition', 'X')).toBe(-1);
      expect(rows.rowOf('w', 'smithy')).toBe(-1);
    }
  });

  it('tells apart a template met with more parts or fewer', () => {
    const names = ['ab=x|y|z', 'ab=x|y', 'ab', 'ab=x'];
    const partIndex = new FeatureIndex(names.join('\n'), names.length);
    const rows = new PartRows((feature) => partIndex.rowOf(feature));
    for (let round = 0; round < 2; round++) {
      expect(rows.rowOf('ab', 'x', 'y', 'z')).toBe(0);
      expect(rows.rowOf('ab', 'x', 'y')).toBe(1);
      expect(rows.rowOf('ab')).toBe(2);
      expect(rows.rowOf('ab', 'x')).toBe(3);
      expect(rows.rowOf('ab', 'x', 'z')).toBe(-1);
    }
  });
});
