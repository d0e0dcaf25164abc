import { describe, expect, it } from 'vitest';
import { readConllDocuments } from '../../../../../lib/analyze/ner/corpora/conll';

/** A made-up file in CoNLL-2003's layout: word, POS, chunk, BIO tag. */
const FILE = `-DOCSTART- -X- -X- O

Anna NNP B-NP B-PER
Berg NNP I-NP I-PER
visited VBD B-VP O
Oslo NNP B-NP B-LOC
. . O O

Nordbank NNP B-NP B-ORG
Nordbank NNP I-NP B-ORG
grew VBD B-VP O

-DOCSTART- -X- -X- O

Bergen NNP B-NP B-LOC
`;

describe('readConllDocuments', () => {
  it('lays out documents as spaced tokens and lines, with gold names at their offsets', () => {
    const documents = readConllDocuments(FILE);
    expect(documents.map((document) => document.text)).toEqual([
      'Anna Berg visited Oslo .\nNordbank Nordbank grew',
      'Bergen',
    ]);
    const [first] = documents;
    expect(first.names.map(({ label, start, end }) => [label, first.text.slice(start, end)])).toEqual([
      ['PER', 'Anna Berg'],
      ['LOC', 'Oslo'],
      // a B- tag right after a name of the same class starts a new name
      ['ORG', 'Nordbank'],
      ['ORG', 'Nordbank'],
    ]);
  });
});
