/**
 * `--only polnear-train`: PolNeAR train, the development split, by five folds. The speaker ranker
 * learns from train, so each fold is read by a ranker trained on the other four
 * (scripts/speakers/training.ts), never by the shipped one; quote finding learns nothing, so its
 * columns are the same in every row's run. Beside it, the attribution rules alone (the ranker's
 * candidates but only the rules' choice): what the ranker adds. Each article's quotes are read
 * once; every ranker chooses among the same candidates.
 */
import type { SpeakerModel } from '../../lib/analyze/quotes/ranker';
import { quotesChosenBy, readByFolds, readSpeakerTrain } from '../speakers/training';
import { foldOf, type PolnearScores, polnearTable, scoreSplit } from './quote-attribution';
import type { EvalOptions, Evaluation } from './report';

/** Folds of the train split (`foldOf`). */
export const SPEAKER_FOLDS = 5;

/** Only the rules' own choice scores: nobody when they find no speaker (the ranker's ties go that way). */
const RULES_ALONE: SpeakerModel = { weights: { rule: 1 } };

export const run: Evaluation = async (options: EvalOptions) => {
  const train = await readSpeakerTrain(options.dataDir, options.limit);
  const { readings, models } = readByFolds(train, SPEAKER_FOLDS);
  const scoredBy = (modelOf: (article: number) => SpeakerModel) => {
    const chosen = quotesChosenBy(train, readings, modelOf);
    return scoreSplit(train.articles, (_, i) => chosen(i), SPEAKER_FOLDS);
  };
  const [all, ...folds] = scoredBy((i) => models[foldOf(i, SPEAKER_FOLDS)]);
  const [rules] = scoredBy(() => RULES_ALONE);
  return [
    polnearTable('train (development), five folds: each fold read by a ranker trained on the other four', [
      ['NewsLens, all of train', all],
      ...folds.map((fold, i): [string, PolnearScores] => [`NewsLens, fold ${i + 1} of ${SPEAKER_FOLDS}`, fold]),
      ['the attribution rules alone, all of train', rules],
    ]),
  ];
};
