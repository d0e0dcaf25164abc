/**
 * Trains the mention classifier's two models on every training source (scripts/ner/sources.ts:
 * CoNLL++ train, GUM's five genres, UNER's web text; never CoNLL++ dev) and writes the shipped
 * lib/analyze/ner/mention-model.json and mention-type-model.json.
 *
 *   npm run train:mentions -- [--data DIR] [--out DIR] [--leave-out SOURCE,...]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { trainMentionModels } from './ner/mention-training';
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
const { names, types } = trainMentionModels(sources.flatMap(({ documents }) => documents));
for (const [file, model] of [
  ['mention-model.json', names],
  ['mention-type-model.json', types],
] as const) {
  writeFileSync(join(options.out, file), JSON.stringify(model));
  process.stderr.write(`${file}: ${model.weights.split('\n').length} features kept\n`);
}
