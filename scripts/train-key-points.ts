/**
 * `npm run train:keypoints`: learns the key points' weights on all of GUM's documents with human
 * summaries (scripts/eval/key-point-fit.ts) and writes lib/analyze/key-point-weights.json.
 * Held-out figures of the same learning: `npm run eval -- --only keypoints`.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fitWeights, prepare } from './eval/key-point-fit';
import { readSummarisedDocuments } from './eval/summaries';
import { DATA_OPTION } from './data-options';

const WEIGHTS_FILE = 'lib/analyze/key-point-weights.json';

const { values } = parseArgs({ options: { ...DATA_OPTION } });
const documents = readSummarisedDocuments(resolve(values.data)).map(prepare);
const weights = fitWeights(documents);
writeFileSync(WEIGHTS_FILE, `${JSON.stringify(weights, null, 2)}\n`);
process.stderr.write(`${WEIGHTS_FILE}: learned on ${documents.length} documents\n`);
