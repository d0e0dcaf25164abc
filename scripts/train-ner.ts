/**
 * Trains the entity tagger on every training source (scripts/ner/sources.ts: CoNLL++ train, GUM's
 * five genres, UNER's web text; never CoNLL++ dev) and writes the shipped model and gazetteer
 * under lib/analyze/ner/.
 *
 *   npm run train:ner -- [--data DIR] [--out DIR] [--leave-out SOURCE,...] [--epochs N] [--max-features N]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { trainingSourcesLeavingOut } from './ner/sources';
import { TRAINING_DEFAULTS, trainNameModel } from './ner/training';
import { DATA_OPTION } from './data-options';

const { values: options } = parseArgs({
  options: {
    ...DATA_OPTION,
    out: { type: 'string', default: 'lib/analyze/ner' },
    'leave-out': { type: 'string', default: '' },
    epochs: { type: 'string', default: String(TRAINING_DEFAULTS.epochs) },
    'max-features': { type: 'string', default: String(TRAINING_DEFAULTS.maxFeatures) },
  },
});

const sources = trainingSourcesLeavingOut(options.data, options['leave-out'], log);
const { model, gazetteer } = trainNameModel(
  sources.flatMap(({ documents }) => documents),
  { epochs: Number(options.epochs), maxFeatures: Number(options['max-features']), log },
);
writeFileSync(join(options.out, 'model.json'), JSON.stringify(model));
writeFileSync(join(options.out, 'gazetteer.json'), JSON.stringify(gazetteer));

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
