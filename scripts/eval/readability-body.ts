/**
 * Body extraction on Readability's own test pages (../shared/data/readability-pages): our
 * `Analysis.text` against the text of each page's expected.html (what Readability.js extracted
 * when the page was added), with the article extraction benchmark's metric (4-gram shingles, mean
 * over pages). The benchmark half is where extraction is tuned; these pages are its check on
 * another source, so no rule is written from their errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../lib/pipeline';
import { parseDetachedDocument } from '../../lib/extract/detached-document';
import { readabilityPages } from './detection';
import { readabilityText, shingleCounts, shingleRow, type ShingleCounts } from './extraction';
import type { Evaluation } from './report';

/** Elements that end a line of text: a word before them never runs into a word after. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** The text of expected.html, a line break at each block's edges (textContent would glue words). */
export function textOfHtml(html: string): string {
  const doc = parseDetachedDocument(`<html><body>${html}</body></html>`);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const isBlock = BLOCK_TAGS.has((node as Element).localName);
    if (isBlock) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (isBlock) parts.push('\n');
  };
  walk(doc.body);
  return parts
    .join('')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

export const run: Evaluation = async (options) => {
  const ours: ShingleCounts[] = [];
  const theirs: ShingleCounts[] = [];
  const calledNoArticle: string[] = [];
  const dir = join(options.dataDir, 'readability-pages', 'test-pages');
  for (const page of readabilityPages(options.dataDir, options.limit)) {
    const expected = textOfHtml(readFileSync(join(dir, page.slug, 'expected.html'), 'utf8'));
    const analysis = analyzeDocument(parseDetachedDocument(page.html));
    if (page.isArticle && !analysis.isArticle) calledNoArticle.push(page.slug);
    ours.push(shingleCounts(expected, analysis.text));
    theirs.push(shingleCounts(expected, readabilityText(page.html)));
  }
  const row = (system: string, counts: ShingleCounts[], missed: string | number) =>
    shingleRow(system, counts, 'stories called no article', missed);
  return [
    {
      title:
        "Extraction: Readability's test pages against their expected.html (4-gram shingle P/R/F1, mean over pages)",
      columns: ['system', 'pages', 'precision', 'recall', 'F1', 'stories called no article'],
      rows: [
        row('NewsLens (Analysis.text)', ours, calledNoArticle.length),
        row('@mozilla/readability textContent', theirs, ''),
      ],
      notes: [
        'Every page, each read without its address (the set saved them under a fake host); a story is a page its own flags call readerable.',
        `Stories called no article: ${calledNoArticle.join(', ') || 'none'}.`,
        'Readability.js made these expectations (in its version of the day), so its row is a ceiling more than a rival.',
        'Bar: F1 ≥ 0.95, and no story called no article. Validation only: no rule was written from these pages.',
      ],
    },
  ];
};
