/**
 * `npm run bench`: speed, measured side by side in one run so the ratios hold on any machine.
 *
 *   npm run bench                     # Node: analysis vs compromise, extraction vs Readability.js
 *   npm run bench -- --data DIR       # where the article-extraction pages are (default ../shared/data)
 *   npm run bench -- --runs N         # repetitions per measurement (default 9; medians are reported)
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analyzePlainText } from '../lib/pipeline';
import { detectArticle } from '../lib/detect';
import { extractArticle } from '../lib/extract';
import { parseDetachedDocument } from '../lib/extract/detached-document';
import { median } from './median';
import { DATA_OPTION } from './data-options';

interface Row {
  measure: string;
  ours: number;
  baseline: number;
  baselineName: string;
  unit: string;
}

/** Median wall time of `fn` over `runs` runs, after one warm-up run (JIT, lazy model loading). */
function time(fn: () => unknown, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

/** `time` of one pass of `fn` over every item. */
function timeEach<T>(items: T[], fn: (item: T) => unknown, runs: number): number {
  return time(() => {
    for (const item of items) fn(item);
  }, runs);
}

function compromiseEntities(text: string): unknown {
  const doc = nlp(text);
  return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
}

function compromiseEntitiesAndQuotes(text: string): unknown {
  const doc = nlp(text);
  return [
    doc.people().out('array'),
    doc.places().out('array'),
    doc.organizations().out('array'),
    doc.quotations().out('array'),
  ];
}

/** A long story made of the seed article's paragraphs, repeated to `words` words. */
function longText(seed: string, words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    for (const paragraph of seed.split('\n')) {
      paragraphs.push(paragraph);
      count += paragraph.split(/\s+/).length;
      if (count >= words) break;
    }
  }
  return paragraphs.join('\n');
}

function benchAnalysis(seed: string, runs: number): Row[] {
  const rows: Row[] = [
    {
      measure: 'seed article: whole analysis vs people/places/organizations',
      ours: time(() => analyzePlainText(seed), runs),
      baseline: time(() => compromiseEntities(seed), runs),
      baselineName: 'compromise',
      unit: 'ms',
    },
  ];
  for (const words of [10_000, 50_000]) {
    const text = longText(seed, words);
    const fewer = Math.max(1, Math.floor(runs / 3));
    rows.push({
      measure: `${words.toLocaleString('en')} words: whole analysis vs entities + quotations`,
      ours: time(() => analyzePlainText(text), fewer),
      baseline: time(() => compromiseEntitiesAndQuotes(text), fewer),
      baselineName: 'compromise',
      unit: 'ms',
    });
  }
  return rows;
}

function benchExtraction(pagesDir: string, runs: number): Row[] {
  const files = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html.gz'))
    .slice(0, 30);
  const pages = files.map((f) => gunzipSync(readFileSync(join(pagesDir, f))).toString('utf8'));
  const fewer = Math.max(1, Math.floor(runs / 3));
  const ours = timeEach(pages, (html) => extractArticle(parseDetachedDocument(html)), fewer);
  const baseline = timeEach(pages, (html) => new Readability(parseDetachedDocument(html)).parse(), fewer);
  // Detection reads the page without changing it, so one parse serves every run.
  const parsed = pages.map((html) => parseDetachedDocument(html));
  const detection = timeEach(parsed, (doc) => detectArticle(doc), runs);
  const readerable = timeEach(parsed, (doc) => isProbablyReaderable(doc), runs);
  return [
    {
      measure: `extraction, ${pages.length} benchmark pages (parse included)`,
      ours,
      baseline,
      baselineName: 'Readability.js parse()',
      unit: 'ms',
    },
    {
      measure: `detection, ${pages.length} benchmark pages (parsed once)`,
      ours: detection,
      baseline: readerable,
      baselineName: 'isProbablyReaderable',
      unit: 'ms',
    },
  ];
}

function formatRows(rows: Row[]): string {
  const lines = [
    '| measure | NewsLens | baseline | baseline time | ratio (ours / baseline) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.measure} | ${row.ours.toFixed(1)} ${row.unit} | ${row.baselineName} | ${row.baseline.toFixed(1)} ${row.unit} | ${(row.ours / row.baseline).toFixed(2)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const { values } = parseArgs({
    options: { ...DATA_OPTION, runs: { type: 'string', default: '9' } },
  });
  const runs = Number(values.runs);
  const seed = readFileSync(resolve('tests/fixtures/seed-article.txt'), 'utf8');
  const rows = benchAnalysis(seed, runs);
  const pagesDir = join(values.data, 'article-extraction', 'html');
  if (existsSync(pagesDir)) rows.push(...benchExtraction(pagesDir, runs));
  else process.stderr.write(`bench: ${pagesDir} not found, extraction not measured\n`);
  process.stdout.write(`\n### Speed in Node (medians of ${runs} runs, one process)\n\n${formatRows(rows)}`);
}

main();
