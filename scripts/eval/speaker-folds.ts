/**
 * `--only polnear-train`: PolNeAR train, the development split, by five folds. The speaker ranker
 * learns from train, so each fold is read by a ranker trained on the other four
 * (scripts/speakers/training.ts), never by the shipped one; quote finding learns nothing, so its
 * columns are the same in every row's run. Beside it, the attribution rules alone (the ranker's
 * candidates but only the rules' choice): what the ranker adds.
 */
import { join } from 'node:path';
import type { Entity } from '../../lib/analysis';
import { findEntities } from '../../lib/analyze/ner';
import { findQuotes } from '../../lib/analyze/quotes';
import type { SpeakerModel } from '../../lib/analyze/quotes/ranker';
import { speakerExamples, trainSpeakerModel } from '../speakers/training';
import { type PolnearScores, polnearTable, readPolnearSplit, scoreSplit } from './quote-attribution';
import type { EvalOptions, Evaluation } from './report';

/** Folds of the train split: article i (in name order) is in fold i mod FOLDS. */
const FOLDS = 5;

/** Only the rules' own choice scores: nobody when they find no speaker (the ranker's ties go that way). */
const RULES_ALONE: SpeakerModel = { weights: { rule: 1 } };

export const run: Evaluation = async (options: EvalOptions) => {
  const articles = await readPolnearSplit(join(options.dataDir, 'polnear', 'data', 'train'), options.limit);
  const entities = articles.map((article) => findEntities(article.text));
  const examples = articles.map((article, i) => speakerExamples(article, entities[i]));
  const models = Array.from({ length: FOLDS }, (_, fold) =>
    trainSpeakerModel(examples.filter((_, i) => i % FOLDS !== fold).flat()),
  );
  const found = (text: string, found: Entity[], model: SpeakerModel) => ({
    quotes: findQuotes(text, found, model),
    entityNames: new Set(found.map((entity) => entity.name)),
  });
  const [all, ...folds] = scoreSplit(
    articles,
    (article, i) => found(article.text, entities[i], models[i % FOLDS]),
    FOLDS,
  );
  const [rules] = scoreSplit(articles, (article, i) => found(article.text, entities[i], RULES_ALONE));
  return [
    polnearTable('train (development), five folds: each fold read by a ranker trained on the other four', [
      ['NewsLens, all of train', all],
      ...folds.map((fold, i): [string, PolnearScores] => [`NewsLens, fold ${i + 1} of ${FOLDS}`, fold]),
      ['the attribution rules alone, all of train', rules],
    ]),
  ];
};
