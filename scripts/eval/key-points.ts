/**
 * Key points against human summaries: GUM's five genres (gum-other, 84 documents, one to five
 * summaries written by people each; interviews are Wikinews'). ROUGE-1 and ROUGE-2 (rouge.ts:
 * lower-cased words, no stemming) of our points against each human summary, averaged over the
 * summaries, then over the documents; lead-3 (the body's first three sentences, GUM's own split)
 * beside them in the same run.
 *
 * Systems: the shipped short points (weights learned on all 84 documents: a training figure); the
 * same learned afresh without the document (5-fold over documents) and without its genre (four
 * genres learn, the fifth is scored): held-out figures; the shipped whole-sentence `keyPoints`.
 */
import { KEY_POINT_WEIGHTS, type KeyPointWeights } from '../../lib/analyze/key-points';
import { CUTS, type Cut } from '../../lib/analyze/sentence-core';
import {
  coresWith,
  fitWeights,
  meanOf,
  type PreparedDocument,
  prepare,
  type SystemScore,
  scoreText,
  shortPointsWith,
} from './key-point-fit';
import type { EvalTable, Evaluation } from './report';
import { readSummarisedDocuments } from './summaries';

const FOLDS = 5;

/**
 * Interviews first: Wikinews', the genre closest to the news stories the key points are for; then
 * the others found (a folder with GUM's news genre gets its own rows too).
 */
const FIRST_GENRES = ['interview', 'bio', 'court', 'academic', 'voyage'];

type System =
  | 'lead-3'
  | 'short points, 5-fold held out'
  | 'short points, genre held out'
  | 'short points, shipped'
  | 'keyPoints, shipped';

export const run: Evaluation = async (options) => {
  const documents = readSummarisedDocuments(options.dataDir).slice(0, options.limit).map(prepare);
  const found = [...new Set(documents.map((d) => d.document.genre))];
  const genreOrder = [
    ...FIRST_GENRES.filter((genre) => found.includes(genre)),
    ...found.filter((genre) => !FIRST_GENRES.includes(genre)).sort(),
  ];
  const texts = new Map<System, Map<string, string>>([
    ['lead-3', new Map(documents.map((d) => [d.document.id, d.document.paragraphs.flat().slice(0, 3).join(' ')]))],
    ['short points, 5-fold held out', heldOutTexts(documents, (_, index) => index % FOLDS)],
    ['short points, genre held out', heldOutTexts(documents, (d) => genreOrder.indexOf(d.document.genre))],
    ['short points, shipped', new Map(documents.map((d) => [d.document.id, d.shortPoints.join(' ')]))],
    ['keyPoints, shipped', new Map(documents.map((d) => [d.document.id, d.keyPoints.join(' ')]))],
  ]);
  const genres = [...genreOrder, 'all'];
  const rows = genres.flatMap((genre) => {
    const inGenre = documents.filter((d) => genre === 'all' || d.document.genre === genre);
    return [...texts].map(([system, byId]) =>
      rowOf(genre, inGenre, system, meanOf(inGenre.map((d) => scoreText(byId.get(d.document.id)!, d.document)))),
    );
  });
  const table: EvalTable = {
    title: 'Key points: GUM human summaries (ROUGE, mean over summaries then documents)',
    columns: [
      'genre',
      'docs',
      'system',
      'words',
      'R1 recall',
      'R1 precision',
      'R1 F1',
      'R2 recall',
      'R2 precision',
      'R2 F1',
    ],
    rows: rows.map((row) => ({
      ...row,
      words: meanWords(documents, row.genre as string, texts.get(row.system as System)!),
    })),
    notes: [
      'ROUGE-N on lower-cased runs of letters and digits, no stemming, no stop words removed; clipped n-gram counts.',
      'Summaries: `# meta::summaryN = (humanN)` lines only (model-written ones are no reference).',
      'lead-3: the first three sentences of the body (paragraphs, speaker turns, list items; no headings or captions).',
      `5-fold held out: weights learned (scripts/eval/key-point-fit.ts) on the other folds (document i in fold i mod ${FOLDS}); genre held out: learned on the other four genres. Both are validation figures.`,
      'shipped: lib/analyze/key-point-weights.json, learned on all 84 documents (a training figure); keyPoints are the 3–5 whole sentences.',
    ],
  };
  return [table, ablationTable(documents, genres)];
};

/** Each cut of a sentence's core left out in turn (shipped weights): a cut stays when it helps. */
function ablationTable(documents: PreparedDocument[], genres: string[]): EvalTable {
  const variants: Array<[string, Cut[]]> = [
    ['all cuts', CUTS],
    ['no cuts', []],
    ...CUTS.map((cut): [string, Cut[]] => [`without ${cut.name}`, CUTS.filter((other) => other !== cut)]),
  ];
  const rows = variants.map(([variant, cuts]) => {
    const texts = new Map(
      documents.map((d) => [d.document.id, shortPointsWith({ ...d, core: coresWith(cuts) }, KEY_POINT_WEIGHTS)]),
    );
    const row: Record<string, string | number> = { cuts: variant };
    for (const genre of genres) {
      const inGenre = documents.filter((d) => genre === 'all' || d.document.genre === genre);
      row[genre] = meanOf(inGenre.map((d) => scoreText(texts.get(d.document.id)!, d.document))).rouge2.f1;
    }
    return row;
  });
  return {
    title: 'Key points: the cuts of a sentence core, each left out (short points, ROUGE-2 F1 by genre)',
    columns: ['cuts', ...genres],
    rows,
    notes: [
      'Shipped weights on all 84 documents (a training figure); lib/analyze/sentence-core.ts holds the cuts and their reasons.',
    ],
  };
}

/** Each document's short points, picked with weights learned on the documents outside its group. */
function heldOutTexts(
  documents: PreparedDocument[],
  groupOf: (document: PreparedDocument, index: number) => number,
): Map<string, string> {
  const groups = documents.map(groupOf);
  const texts = new Map<string, string>();
  for (const group of new Set(groups)) {
    const training = documents.filter((_, index) => groups[index] !== group);
    const weights: KeyPointWeights = fitWeights(training);
    documents.forEach((document, index) => {
      if (groups[index] === group) texts.set(document.document.id, shortPointsWith(document, weights));
    });
  }
  return texts;
}

function rowOf(genre: string, documents: PreparedDocument[], system: System, score: SystemScore) {
  return {
    genre,
    docs: documents.length,
    system,
    'R1 recall': score.rouge1.recall,
    'R1 precision': score.rouge1.precision,
    'R1 F1': score.rouge1.f1,
    'R2 recall': score.rouge2.recall,
    'R2 precision': score.rouge2.precision,
    'R2 F1': score.rouge2.f1,
  };
}

function meanWords(documents: PreparedDocument[], genre: string, byId: Map<string, string>): number {
  const inGenre = documents.filter((d) => genre === 'all' || d.document.genre === genre);
  const words = inGenre.map((d) => (byId.get(d.document.id)!.match(/[\p{L}\p{N}]+/gu) ?? []).length);
  return Math.round(words.reduce((a, b) => a + b, 0) / Math.max(1, words.length));
}
