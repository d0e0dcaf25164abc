/**
 * The sources of gold names the recogniser learns from and is checked on, read from the data
 * folder: CoNLL++ train (Reuters 1996), the five genres of GUM (academic, bio, court, interview,
 * voyage) and UNER's English web text (dev split). CoNLL++ dev is apart: it is never trained on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllDocuments, type ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { readGumDocuments } from '../../lib/analyze/ner/corpora/gum';
import { readUnerDocuments } from '../../lib/analyze/ner/corpora/uner';

export interface NameSource {
  /** "conll", "gum-bio", "uner"… */
  name: string;
  /** What a reader of the tables should know of it. */
  description: string;
  documents: ConllDocument[];
}

const CONLL_TRAIN = 'conll2003/conllpp_train.txt';
const CONLL_DEV = 'conll2003/conllpp_dev.txt';
const GUM_FOLDER = 'gum-other/dep';
const UNER_DEV = 'uner-ewt/en_ewt-ud-dev.iob2';

/** Every training source, in a fixed order (so training reads them the same way each run). */
export function readTrainingSources(dataDir: string): NameSource[] {
  return [
    {
      name: 'conll',
      description: 'CoNLL++ train (Reuters newswire)',
      documents: readConllDocuments(read(dataDir, CONLL_TRAIN)),
    },
    ...readGumGenres(dataDir),
    {
      name: 'uner',
      description: 'UNER English web text (EWT dev split)',
      documents: readUnerDocuments(read(dataDir, UNER_DEV)),
    },
  ];
}

/** CoNLL++ dev: the newswire validation split. */
/**
 * The training sources but those `leaveOut` names (comma-separated, as a trainer's `--leave-out`
 * takes them), each logged with its size.
 */
export function trainingSourcesLeavingOut(
  dataDir: string,
  leaveOut: string,
  log: (line: string) => void,
): NameSource[] {
  const left = new Set(leaveOut.split(',').filter(Boolean));
  const sources = readTrainingSources(dataDir).filter(({ name }) => !left.has(name));
  log(`training on ${sources.map(({ name, documents }) => `${name} (${documents.length})`).join(', ')}`);
  return sources;
}

export function readConllDev(dataDir: string): ConllDocument[] {
  return readConllDocuments(read(dataDir, CONLL_DEV));
}

/** GUM's CoNLL-U files (gum-other: five genres), each file's text, in file-name order. */
export function readGumFiles(dataDir: string): string[] {
  const folder = join(dataDir, GUM_FOLDER);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.conllu'))
    .sort()
    .map((file) => readFileSync(join(folder, file), 'utf8'));
}

function readGumGenres(dataDir: string): NameSource[] {
  const documents = readGumFiles(dataDir).flatMap(readGumDocuments);
  const genres = [...new Set(documents.map(({ genre }) => genre))].sort();
  return genres.map((genre) => ({
    name: `gum-${genre}`,
    description: `GUM ${genre}`,
    documents: documents.filter((document) => document.genre === genre),
  }));
}

function read(dataDir: string, path: string): string {
  return readFileSync(join(dataDir, path), 'utf8');
}
