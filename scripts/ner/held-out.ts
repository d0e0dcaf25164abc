/**
 * Leave one source out: every source of names with the tagger that never saw it. CoNLL++ dev
 * comes with the shipped tagger (trained on every source, never on dev); each other source with a
 * tagger trained, as `npm run train:ner -- --leave-out SOURCE` would, on all the others.
 */
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { useNameModel } from '../../lib/analyze/ner/recognizer';
import { type NameSource, readConllDev, readTrainingSources } from './sources';
import { TRAINING_DEFAULTS, trainNameModel } from './training';

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
   * The quick look used to choose the training regime: GUM's genres alone are held out (UNER, the
   * validation source, is neither scored nor read), and CoNLL++ dev is scored by a tagger trained
   * now, on every source, as `npm run train:ner` would, instead of the shipped one.
   */
  screen?: boolean;
  /** Held-out sources to score, by name (CoNLL++ dev is always scored); every one when absent. */
  sources?: string[];
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
  { limit, foldedSources = [], screen = false, sources: chosen, log = () => {} }: HeldOutOptions = {},
): void {
  const sources = readTrainingSources(dataDir);
  const conllDev = {
    name: 'conll-dev',
    description: 'CoNLL++ dev (newswire)',
    documents: readConllDev(dataDir).slice(0, limit),
  };
  if (screen) withTaggerTrainedOn(sources, () => score({ ...conllDev, trainedOn: 'all sources (retrained)' }));
  else score({ ...conllDev, trainedOn: 'all sources (shipped)' });
  const isChosen = (name: string): boolean =>
    chosen ? chosen.includes(name) : screen ? name.startsWith('gum-') : name !== 'conll';
  const heldOut = sources.filter(({ name }) => name !== 'conll' && isChosen(name));
  for (const source of heldOut) {
    const others = sources.filter((other) => other !== source);
    const documents = source.documents.slice(0, limit);
    withTaggerTrainedOn(others, () => score({ ...source, documents, trainedOn: `all but ${source.name}` }));
    log(`${source.name} scored`);
    if (!foldedSources.includes(source.name)) continue;
    for (let fold = 0; fold < FOLDS; fold++) {
      const inFold = (_: ConllDocument, d: number): boolean => d % FOLDS === fold;
      const otherFolds = { ...source, documents: source.documents.filter((document, d) => !inFold(document, d)) };
      withTaggerTrainedOn([...others, otherFolds], () =>
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

function withTaggerTrainedOn(sources: NameSource[], score: () => void): void {
  const documents = sources.flatMap(({ documents }) => documents);
  useNameModel(trainNameModel(documents, { ...TRAINING_DEFAULTS, log: () => {} }));
  try {
    score();
  } finally {
    useNameModel(null);
  }
}

/** The sources and their sizes, for a table's notes. */
export function describeSources(dataDir: string): string {
  return readTrainingSources(dataDir)
    .map(({ name, documents }) => `${name} (${documents.length} documents)`)
    .join(', ');
}
