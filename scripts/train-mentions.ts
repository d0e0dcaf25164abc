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
import { trainingSourcesLeavingOut } from './ner/sources';
import { DATA_OPTION } from './data-options';

const { values: options } = parseArgs({
  options: {
    ...DATA_OPTION,
    out: { type: 'string', default: 'lib/analyze/ner' },
    'leave-out': { type: 'string', default: '' },
  },
});

const sources = trainingSourcesLeavingOut(options.data, options['leave-out'], (line) =>
  process.stderr.write(`${line}\n`),
);
const model = trainMentionModel(sources.flatMap(({ documents }) => documents));
writeFileSync(join(options.out, 'mention-model.json'), JSON.stringify(model));
process.stderr.write(`${model.weights.split('\n').length} features kept\n`);
