/**
 * Held-out taggers kept in a folder and read back, so that a change after decoding (the passes,
 * the clustering, the typing of entities) is screened in minutes instead of the half hour the
 * leave-one-source-out trainings take. A kept tagger is found again only if it was trained on the
 * same documents under the same regime: the key hashes the documents' text and names, the training
 * options and the source of every module the training reads (scripts/ner/training.ts and what it
 * imports, with the versions of the packages among them), so a change to the regime trains anew.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { TRAINING_DEFAULTS, trainNameModel, type NameModelFiles } from './training';

const TRAINING_MODULE = fileURLToPath(new URL('./training.ts', import.meta.url));

/** `import … from '…'` and `export … from '…'`, type-only ones too (a type can change a regime's code). */
const IMPORT_SPECIFIER = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g;

/**
 * The tagger trained on `documents` under the regime in the code: read from `folder` when it holds
 * one trained on the same documents under the same regime, else trained and written there.
 * `label` names the file for a reader (it plays no part in the key).
 */
export function trainedOrKept(documents: ConllDocument[], folder: string, label: string): NameModelFiles {
  const file = join(folder, `${fileSafe(label)}-${keyOf(documents)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as NameModelFiles;
  const files = trainedNow(documents);
  mkdirSync(folder, { recursive: true });
  // Written whole then renamed, so that a run stopped midway leaves no half file to be read later.
  writeFileSync(`${file}.partial`, JSON.stringify(files));
  renameSync(`${file}.partial`, file);
  return files;
}

/** The tagger trained on `documents` under the regime in the code, now, its progress unlogged. */
export function trainedNow(documents: ConllDocument[]): NameModelFiles {
  return trainNameModel(documents, { ...TRAINING_DEFAULTS, log: () => {} });
}

/** The hash of what a tagger is trained on and how. */
export function keyOf(documents: ConllDocument[]): string {
  const hash = createHash('sha256');
  hash.update(regimeHash());
  for (const { text, names } of documents) {
    hash.update(text);
    hash.update(JSON.stringify(names));
  }
  return hash.digest('hex').slice(0, 16);
}

let regime: string | undefined;

/** The hash of the training options and of the source of every module training.ts reaches. */
export function regimeHash(): string {
  regime ??= createHash('sha256')
    .update(JSON.stringify(TRAINING_DEFAULTS))
    .update(
      trainingSources()
        .map(([name, text]) => `${name}\n${text}`)
        .join('\n'),
    )
    .digest('hex');
  return regime;
}

/** [module, source] of training.ts and of each module it imports, directly or not, in a fixed order. */
function trainingSources(): Array<[string, string]> {
  const root = resolve(dirname(TRAINING_MODULE), '../..');
  const seen = new Map<string, string>();
  const visit = (file: string): void => {
    const name = file.slice(root.length + 1);
    if (seen.has(name)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(name, text);
    for (const [, specifier] of text.matchAll(IMPORT_SPECIFIER)) {
      if (specifier.startsWith('.')) visit(resolveModule(dirname(file), specifier));
      else seen.set(`package ${specifier}`, packageVersion(specifier, root));
    }
  };
  visit(TRAINING_MODULE);
  return [...seen].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The file a relative import names: as written (a .json), else with .ts, else its folder's index.ts. */
function resolveModule(from: string, specifier: string): string {
  const base = resolve(from, specifier);
  const file = [base, `${base}.ts`, join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
  if (!file) throw new Error(`cannot resolve ${specifier} from ${from}`);
  return file;
}

/** A package's installed version ("node:" modules are the runtime's). */
function packageVersion(specifier: string, root: string): string {
  if (specifier.startsWith('node:')) return process.version;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  const manifest = join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function fileSafe(label: string): string {
  return label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
}
