/**
 * Trains the entity tagger: an averaged perceptron over lib/analyze/ner/features.ts, learned from
 * the CoNLL++ train split only, and writes the shipped model and gazetteer under lib/analyze/ner/.
 *
 *   npx tsx scripts/train-ner.ts [--train PATH] [--out DIR] [--epochs N] [--max-features N]
 *
 * Gazetteer features are learned "jackknifed": each training document sees only the names of the
 * other folds, so the model learns how far a gazetteer hit can be trusted on unseen text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readConllDocuments, type ConllDocument } from '../lib/analyze/ner/conll';
import { prepareLines, type PreparedLine } from '../lib/analyze/ner/features';
import { loadLexicons, readGazetteer, type GazetteerFile } from '../lib/analyze/ner/lexicons';
import { writeModel } from '../lib/analyze/ner/perceptron';
import { TagHistory } from '../lib/analyze/ner/history';
import { bestAllowed, featuresAt, OUTSIDE } from '../lib/analyze/ner/tagger';
import { tokenizeLines } from '../lib/analyze/ner/tokens';

const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];

/** Folds of the jackknifed gazetteer. */
const GAZETTEER_FOLDS = 5;

/** A name enters the gazetteer when seen at least this often with its most frequent class. */
const GAZETTEER_MIN_COUNT = 1;

interface Example {
  prepared: PreparedLine;
  gold: string[];
}

const { values: options } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/data/conll2003/conllpp_train.txt' },
    out: { type: 'string', default: 'lib/analyze/ner' },
    epochs: { type: 'string', default: '8' },
    'max-features': { type: 'string', default: '60000' },
  },
});

function main(): void {
  const started = Date.now();
  const documents = readConllDocuments(readFileSync(options.train, 'utf8'));
  const foldGazetteers = Array.from({ length: GAZETTEER_FOLDS }, (_, fold) =>
    readGazetteer(gazetteerOf(documents.filter((_, d) => d % GAZETTEER_FOLDS !== fold))),
  );
  const examples = documents.map((document, d) => examplesOf(document, foldGazetteers[d % GAZETTEER_FOLDS]));
  log(`${documents.length} documents prepared in ${seconds(started)}`);
  const weights = train(examples, Number(options.epochs));
  const model = writeModel(LABELS, weights, Number(options['max-features']));
  writeFileSync(join(options.out, 'model.json'), JSON.stringify(model));
  writeFileSync(join(options.out, 'gazetteer.json'), JSON.stringify(gazetteerOf(documents)));
  log(`${model.features.split('\n').length} features kept; done in ${seconds(started)}`);
}

/** The gazetteer file of the documents' names: each name under its most frequent class. */
function gazetteerOf(documents: ConllDocument[]): GazetteerFile {
  const counts = new Map<string, Map<string, number>>();
  for (const { text, names } of documents) {
    for (const { label, start, end } of names) {
      const phrase = text.slice(start, end).toLowerCase();
      const byLabel = counts.get(phrase) ?? new Map<string, number>();
      byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
      counts.set(phrase, byLabel);
    }
  }
  const lists: Record<string, string[]> = {};
  for (const [phrase, byLabel] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [label, count] = [...byLabel].sort((a, b) => b[1] - a[1])[0];
    if (count < GAZETTEER_MIN_COUNT) continue;
    lists[label] ??= [];
    lists[label].push(phrase);
  }
  return Object.fromEntries(Object.entries(lists).map(([label, phrases]) => [label, phrases.join('\n')]));
}

/** The document's lines, tokenized as at run time, with each token's gold BIO tag. */
function examplesOf(document: ConllDocument, trainedPhrases: ReturnType<typeof readGazetteer>): Example[] {
  const lines = tokenizeLines(document.text);
  const prepared = prepareLines(lines, loadLexicons(trainedPhrases));
  return prepared.map((line) => ({
    prepared: line,
    gold: line.line.tokens.map((token) => {
      const name = document.names.find(({ start, end }) => token.start >= start && token.start < end);
      if (!name) return OUTSIDE;
      return `${token.start === name.start ? 'B' : 'I'}-${name.label}`;
    }),
  }));
}

/**
 * Averaged perceptron training, greedy decoding with the model's own previous tags and its own
 * history of the document (documents are shuffled, their lines read in order, as at run time).
 */
function train(documents: Example[][], epochs: number): Map<string, Float64Array> {
  const width = LABELS.length;
  const weights = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let clock = 0;
  const update = (feature: string, label: number, delta: number): void => {
    let row = weights.get(feature);
    if (!row) {
      row = new Float64Array(width);
      weights.set(feature, row);
      totals.set(feature, new Float64Array(width));
      stamps.set(feature, new Float64Array(width));
    }
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    total[label] += (clock - stamp[label]) * row[label];
    stamp[label] = clock;
    row[label] += delta;
  };
  const scores = new Float32Array(width);
  const order = documents.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, epoch + 1);
    let errors = 0;
    let tokens = 0;
    for (const { prepared, gold, history } of order.flatMap((d) => withHistory(documents[d]))) {
      const tags: string[] = [];
      for (let i = 0; i < gold.length; i++) {
        clock++;
        const features = featuresAt(prepared, i, tags, history);
        scores.fill(0);
        for (const feature of features) {
          const row = weights.get(feature);
          if (row) for (let k = 0; k < width; k++) scores[k] += row[k];
        }
        const token = prepared.line.tokens[i].text;
        const guess = LABELS[bestAllowed(LABELS, scores, i > 0 ? tags[i - 1] : OUTSIDE, token)];
        if (guess !== gold[i]) {
          errors++;
          for (const feature of features) {
            update(feature, LABELS.indexOf(gold[i]), 1);
            update(feature, LABELS.indexOf(guess), -1);
          }
        }
        tags.push(guess);
        tokens++;
      }
      history.record(prepared, tags);
    }
    log(`epoch ${epoch + 1}: ${((errors / tokens) * 100).toFixed(2)}% token errors`);
  }
  for (const [feature, row] of weights) {
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    for (let k = 0; k < width; k++) row[k] = (total[k] + (clock - stamp[k]) * row[k]) / clock;
  }
  return weights;
}

/** A document's lines, each with the one history they share. */
function withHistory(lines: Example[]): Array<Example & { history: TagHistory }> {
  const history = new TagHistory();
  return lines.map((line) => ({ ...line, history }));
}

/** Fisher–Yates with a small seeded generator, so a rerun trains the same model. */
function shuffle(order: number[], seed: number): void {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

main();
