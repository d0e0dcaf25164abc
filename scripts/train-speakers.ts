/**
 * Trains the speaker ranker (lib/analyze/quotes/ranker.ts) on PolNeAR train and writes its weights
 * to lib/analyze/quotes/speaker-model.json. Never reads PolNeAR dev. Deterministic: the same data
 * and code give the same file. With `--folds N`, first prints the N-fold score (train on N − 1
 * folds, score the held-out one; folds as the evaluation's, `foldOf`).
 *
 *   npm run train:speakers -- [--data DIR] [--out FILE] [--folds N]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { foldOf } from './eval/quote-attribution';
import { readByFolds, readSpeakerTrain, speakerAccuracy, trainSpeakerModel } from './speakers/training';
import { DATA_OPTION } from './data-options';

const { values: options } = parseArgs({
  options: {
    ...DATA_OPTION,
    out: { type: 'string', default: 'lib/analyze/quotes/speaker-model.json' },
    folds: { type: 'string', default: '0' },
  },
});

const train = await readSpeakerTrain(options.data);
log(`reading ${train.articles.length} PolNeAR train articles`);
const folds = Number(options.folds);
const { examples, models } = readByFolds(train, folds);
models.forEach((model, fold) => {
  const { judged, right } = speakerAccuracy(examples.filter((_, i) => foldOf(i, folds) === fold).flat(), model);
  log(`fold ${fold + 1} of ${folds}: speaker ${(right / judged).toFixed(3)} (${right}/${judged})`);
});
const model = trainSpeakerModel(examples.flat());
writeFileSync(options.out, `${JSON.stringify(model, null, 2)}\n`);
log(`wrote ${Object.keys(model.weights).length} weights to ${options.out}`);

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
