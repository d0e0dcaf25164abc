/**
 * `npm run bench`: speed, measured side by side in one run so the ratios hold on any machine.
 *
 *   npm run bench                     # Node: analysis vs compromise, extraction vs Readability.js
 *   npm run bench -- --data DIR       # where the article-extraction pages are (default ../shared/data)
 *   npm run bench -- --runs N         # repetitions per measurement (default 15; medians are reported)
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

interface Row extends Pair {
  measure: string;
  baselineName: string;
  unit: string;
}

/** Medians of two measures timed side by side, and the median of their paired ratios. */
interface Pair {
  ours: number;
  baseline: number;
  ratio: number;
}

/**
 * Wall times of `ours` and `baseline`, one run of each in turn, after one warm-up run of each (JIT,
 * lazy model loading). Taken in turn, each pair meets the same load of a shared machine: a burst of
 * other work lands on both, where timing one measure's runs after the other's let it land on one.
 */
function timeSideBySide(ours: () => unknown, baseline: () => unknown, runs: number): Pair {
  ours();
  baseline();
  const oursSamples: number[] = [];
  const baselineSamples: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const oursTime = wallTime(ours);
    const baselineTime = wallTime(baseline);
    oursSamples.push(oursTime);
    baselineSamples.push(baselineTime);
    ratios.push(oursTime / baselineTime);
  }
  return { ours: median(oursSamples), baseline: median(baselineSamples), ratio: median(ratios) };
}

function wallTime(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** One pass of `fn` over every item. */
function eachOf<T>(items: T[], fn: (item: T) => unknown): () => void {
  return () => {
    for (const item of items) fn(item);
  };
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
      ...timeSideBySide(
        () => analyzePlainText(seed),
        () => compromiseEntities(seed),
        runs,
      ),
      baselineName: 'compromise',
      unit: 'ms',
    },
  ];
  for (const words of [10_000, 50_000]) {
    const text = longText(seed, words);
    const fewer = Math.max(1, Math.floor(runs / 3));
    rows.push({
      measure: `${words.toLocaleString('en')} words: whole analysis vs entities + quotations`,
      ...timeSideBySide(
        () => analyzePlainText(text),
        () => compromiseEntitiesAndQuotes(text),
        fewer,
      ),
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
  const extraction = timeSideBySide(
    eachOf(pages, (html) => extractArticle(parseDetachedDocument(html))),
    eachOf(pages, (html) => new Readability(parseDetachedDocument(html)).parse()),
    fewer,
  );
  // Detection reads the page without changing it, so one parse serves every run.
  const parsed = pages.map((html) => parseDetachedDocument(html));
  const detection = timeSideBySide(
    eachOf(parsed, (doc) => detectArticle(doc)),
    eachOf(parsed, (doc) => isProbablyReaderable(doc)),
    runs,
  );
  return [
    {
      measure: `extraction, ${pages.length} benchmark pages (parse included)`,
      ...extraction,
      baselineName: 'Readability.js parse()',
      unit: 'ms',
    },
    {
      measure: `detection, ${pages.length} benchmark pages (parsed once)`,
      ...detection,
      baselineName: 'isProbablyReaderable',
      unit: 'ms',
    },
  ];
}

function formatRows(rows: Row[]): string {
  const lines = [
    '| measure | NewsLens | baseline | baseline time | ratio (ours / baseline, median of the runs taken in turn) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.measure} | ${row.ours.toFixed(1)} ${row.unit} | ${row.baselineName} | ${row.baseline.toFixed(1)} ${row.unit} | ${row.ratio.toFixed(2)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function main(): void {
  const { values } = parseArgs({
    options: { ...DATA_OPTION, runs: { type: 'string', default: '15' } },
  });
  const runs = Number(values.runs);
  const seed = readFileSync(resolve('tests/fixtures/seed-article.txt'), 'utf8');
  const rows = benchAnalysis(seed, runs);
  const pagesDir = join(values.data, 'article-extraction', 'html');
  if (existsSync(pagesDir)) rows.push(...benchExtraction(pagesDir, runs));
  else process.stderr.write(`bench: ${pagesDir} not found, extraction not measured\n`);
  process.stdout.write(
    `\n### Speed in Node (medians of ${runs} runs of each, taken in turn, one process)\n\n${formatRows(rows)}`,
  );
}

main();
