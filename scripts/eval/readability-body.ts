/**
 * Body extraction on Readability's own test pages (../shared/data/readability-pages): our
 * `Analysis.text` against the text of each page's expected.html (what Readability.js extracted
 * when the page was added), with the article extraction benchmark's metric (4-gram shingles, mean
 * over pages). The benchmark half is where extraction is tuned; these pages are its check on
 * another source, so no rule is written from their errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDetachedDocument } from '../../lib/extract/detached-document';
import { ELEMENT_NODE, TEXT_NODE } from '../../lib/page/dom-nodes';
import { readabilityPages } from './detection';
import { bodyRows, scoreBodies, type GoldBodyPage } from './extraction';
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
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node.nodeType !== ELEMENT_NODE) return;
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

/** Readability's test pages, each with the text of its expected.html; a story is a page its flags call readerable. */
function* goldBodyPages(dataDir: string, limit?: number): Generator<GoldBodyPage> {
  const dir = join(dataDir, 'readability-pages', 'test-pages');
  for (const page of readabilityPages(dataDir, limit)) {
    const truth = textOfHtml(readFileSync(join(dir, page.slug, 'expected.html'), 'utf8'));
    yield { id: page.slug, html: page.html, truth, isStory: page.isArticle };
  }
}

export const run: Evaluation = async (options) => {
  const scores = scoreBodies(goldBodyPages(options.dataDir, options.limit));
  return [
    {
      title:
        "Extraction: Readability's test pages against their expected.html (4-gram shingle P/R/F1, mean over pages)",
      columns: ['system', 'pages', 'precision', 'recall', 'F1', 'stories called no article'],
      rows: bodyRows(scores, 'stories called no article'),
      notes: [
        'Every page, each read without its address (the set saved them under a fake host); a story is a page its own flags call readerable.',
        `Stories called no article: ${scores.calledNoArticle.join(', ') || 'none'}.`,
        'Readability.js made these expectations (in its version of the day), so its row is a ceiling more than a rival.',
        'Bar: F1 ≥ 0.95, and no story called no article. Validation only: no rule was written from these pages.',
      ],
    },
  ];
};
