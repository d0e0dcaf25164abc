/**
 * Leave one source out: every source of names with the tagger that never saw it. CoNLL++ dev
 * comes with the shipped tagger (trained on every source, never on dev); each other source with a
 * tagger trained, as `npm run train:ner -- --leave-out SOURCE` would, on all the others.
 */
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { useMentionModel } from '../../lib/analyze/ner/mention-classifier';
import { useNameModel } from '../../lib/analyze/ner/recognizer';
import { trainMentionModels } from './mention-training';
import { readConllDev, readTrainingSources } from './sources';
import { trainedNow, trainedOrKept } from './model-cache';

export interface HeldOutSource {
  name: string;
  description: string;
  documents: ConllDocument[];
  trainedOn: string;
}

interface HeldOutOptions {
  limit?: number;
  /**
   * Sources also scored fold by fold, each fold by a tagger trained on every other source and on
   * the source's other folds: how the shipped tagger, which learned from the source, does on its
   * unseen documents. `score` is called once per fold, under the name "SOURCE, k-fold".
   */
  foldedSources?: string[];
  /**
   * Only these sources (by name, "conll-dev" included) are scored, and only their taggers trained:
   * a quicker screening while choosing, which leaves the others (the validation source) unread.
   */
  only?: string[];
  /**
   * CoNLL++ dev is scored by a tagger trained now on every source, as `npm run train:ner` would,
   * instead of the shipped one: a training regime in the code can be screened before it ships.
   */
  retrainShipped?: boolean;
  /**
   * A folder where each tagger trained here is kept, and read back by a later run that would train
   * it on the same documents under the same regime (scripts/ner/model-cache.ts).
   */
  modelCache?: string;
  log?: (message: string) => void;
}

/** Folds of a folded source. */
const FOLDS = 5;

/**
 * Calls `score` once per held-out source while the tagger that never saw it is in use. CoNLL++
 * train is no held-out source: its own dev split stands for newswire.
 */
export function forEachHeldOutSource(
  dataDir: string,
  score: (source: HeldOutSource) => void,
  { limit, foldedSources = [], only, retrainShipped = false, modelCache, log = () => {} }: HeldOutOptions = {},
): void {
  const withTaggerTrainedOn = (documents: ConllDocument[], label: string, scoreNow: () => void): void => {
    useNameModel(modelCache ? trainedOrKept(documents, modelCache, label) : trainedNow(documents));
    useMentionModel(trainMentionModels(documents));
    try {
      scoreNow();
    } finally {
      useNameModel(null);
      useMentionModel(null);
    }
  };
  const sources = readTrainingSources(dataDir);
  const known = ['conll-dev', ...sources.map(({ name }) => name).filter((name) => name !== 'conll')];
  const unknown = (only ?? []).filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`unknown source ${unknown.join(', ')}; known: ${known.join(', ')}`);
  const scored = (name: string): boolean => !only || only.includes(name);
  const conllDev = readConllDev(dataDir).slice(0, limit);
  if (scored('conll-dev')) {
    const scoreDev = (trainedOn: string) => () =>
      score({ name: 'conll-dev', description: 'CoNLL++ dev (newswire)', documents: conllDev, trainedOn });
    const everySource = sources.flatMap(({ documents }) => documents);
    if (retrainShipped) withTaggerTrainedOn(everySource, 'all sources', scoreDev('all sources (retrained)'));
    else scoreDev('all sources (shipped)')();
  }
  for (const source of sources.filter(({ name }) => name !== 'conll' && scored(name))) {
    const others = sources.filter((other) => other !== source).flatMap(({ documents }) => documents);
    const documents = source.documents.slice(0, limit);
    withTaggerTrainedOn(others, `all but ${source.name}`, () =>
      score({ ...source, documents, trainedOn: `all but ${source.name}` }),
    );
    log(`${source.name} scored`);
    if (!foldedSources.includes(source.name)) continue;
    for (let fold = 0; fold < FOLDS; fold++) {
      const inFold = (_: ConllDocument, d: number): boolean => d % FOLDS === fold;
      withTaggerTrainedOn(
        [...others, ...source.documents.filter((document, d) => !inFold(document, d))],
        `all but ${source.name} fold ${fold + 1}`,
        () =>
          score({
            name: `${source.name}, k-fold`,
            description: `${source.description}, ${FOLDS}-fold`,
            documents: documents.filter(inFold),
            trainedOn: `all but the fold's documents`,
          }),
      );
      log(`${source.name} fold ${fold + 1} scored`);
    }
  }
}

/** The sources and their sizes, for a table's notes. */
export function describeSources(dataDir: string): string {
  return readTrainingSources(dataDir)
    .map(({ name, documents }) => `${name} (${documents.length} documents)`)
    .join(', ');
}
