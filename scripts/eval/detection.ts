/**
 * Article detection: `Analysis.isArticle` against the labels of ../shared/data/article-vs-nonarticle
 * (news pages vs section fronts, videos, galleries, forums, recipes) and against the `readerable`
 * flags of ../shared/data/readability-pages, beside Readability's isProbablyReaderable on the same
 * parsed pages. Also the time detection takes per page (in Node on linkedom, not in a browser).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../../lib/detect';
import { analyzeDocument } from '../../lib/pipeline';
import { parseDetachedDocument } from '../../lib/extract/detached-document';
import type { EvalTable, Evaluation } from './report';

export interface LabelledPage {
  id: string;
  html: string;
  /** The page's address where the data set knows it. */
  url?: string;
  isArticle: boolean;
}

/** Pages of article-vs-nonarticle/labels.tsv, in file order. */
export function* newsPages(dataDir: string, limit?: number): Generator<LabelledPage> {
  const dir = join(dataDir, 'article-vs-nonarticle');
  const rows = readFileSync(join(dir, 'labels.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1, limit === undefined ? undefined : limit + 1);
  for (const row of rows) {
    const [label, , path, url] = row.split('\t');
    yield { id: path, html: readFileSync(join(dir, path), 'utf8'), url, isArticle: label === 'article' };
  }
}

/** Pages of readability-pages/test-pages; their address is unknown (they were saved under a fake host). */
export function* readabilityPages(dataDir: string, limit?: number): Generator<LabelledPage & { slug: string }> {
  const dir = join(dataDir, 'readability-pages', 'test-pages');
  for (const slug of readdirSync(dir).sort().slice(0, limit)) {
    const meta = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as { readerable: boolean };
    yield { id: slug, slug, html: readFileSync(join(dir, slug, 'source.html'), 'utf8'), isArticle: meta.readerable };
  }
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
}

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, misses: [] });

function count(tally: Tally, id: string, expected: boolean, predicted: boolean): void {
  if (expected && predicted) tally.tp++;
  else if (!expected && !predicted) tally.tn++;
  else {
    if (predicted) tally.fp++;
    else tally.fn++;
    tally.misses.push(`${predicted ? 'FP' : 'FN'} ${id}`);
  }
}

function row(set: string, system: string, t: Tally): Record<string, string | number> {
  const precision = t.tp / Math.max(1, t.tp + t.fp);
  const recall = t.tp / Math.max(1, t.tp + t.fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    set,
    system,
    pages: t.tp + t.fp + t.fn + t.tn,
    TP: t.tp,
    FP: t.fp,
    FN: t.fn,
    TN: t.tn,
    precision: precision.toFixed(3),
    recall: recall.toFixed(3),
    F1: f1.toFixed(3),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export const run: Evaluation = async (options) => {
  const sets = [
    { name: 'article-vs-nonarticle', pages: newsPages(options.dataDir, options.limit) },
    { name: 'readability-pages (readerable)', pages: readabilityPages(options.dataDir, options.limit) },
  ];
  const rows: Array<Record<string, string | number>> = [];
  const notes: string[] = [];
  const timings: number[] = [];
  for (const set of sets) {
    const ours = emptyTally();
    const theirs = emptyTally();
    for (const page of set.pages) {
      const doc = parseDetachedDocument(page.html, page.url);
      const started = performance.now();
      detectArticle(doc, page.url);
      timings.push(performance.now() - started);
      count(ours, page.url ?? page.id, page.isArticle, analyzeDocument(doc, page.url).isArticle);
      count(theirs, page.id, page.isArticle, isProbablyReaderable(doc));
    }
    rows.push(row(set.name, 'NewsLens (Analysis.isArticle)', ours), row(set.name, 'isProbablyReaderable', theirs));
    notes.push(`${set.name}, NewsLens misses: ${ours.misses.join('; ') || 'none'}`);
  }
  notes.push(
    'Bar: article-class F1 ≥ 0.97 and precision ≥ 0.97 on each set.',
    `detectArticle median ${median(timings).toFixed(2)} ms/page, max ${Math.max(...timings).toFixed(1)} ms (Node + linkedom).`,
  );
  const table: EvalTable = {
    title: 'Detection: is this page an article? (article class)',
    columns: ['set', 'system', 'pages', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'],
    rows,
    notes,
  };
  return [table];
};
