/**
 * Trains the mention classifier on every training source (scripts/ner/sources.ts: CoNLL++ train,
 * GUM's five genres, UNER's web text; never CoNLL++ dev) and writes the shipped
 * lib/analyze/ner/mention-model.json.
 *
 *   npm run train:mentions -- [--data DIR] [--out DIR] [--leave-out SOURCE,...]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { trainMentionModel } from './ner/mention-training';
import { readTrainingSources } from './ner/sources';
import { DATA_OPTION } from './data-options';

const { values: options } = parseArgs({
  options: {
    ...DATA_OPTION,
    out: { type: 'string', default: 'lib/analyze/ner' },
    'leave-out': { type: 'string', default: '' },
  },
});

const left = new Set(options['leave-out'].split(',').filter(Boolean));
const sources = readTrainingSources(options.data).filter(({ name }) => !left.has(name));
process.stderr.write(
  `training on ${sources.map(({ name, documents }) => `${name} (${documents.length})`).join(', ')}\n`,
);
const model = trainMentionModel(sources.flatMap(({ documents }) => documents));
writeFileSync(join(options.out, 'mention-model.json'), JSON.stringify(model));
process.stderr.write(`${model.weights.split('\n').length} features kept\n`);
