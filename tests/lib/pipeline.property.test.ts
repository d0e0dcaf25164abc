/**
 * Bad input never throws out of the pipeline: random and malformed HTML and text give either a
 * valid Analysis or, for the command line, a clear error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzePlainText } from '../../lib/pipeline';
import { contractViolations } from '../support/analysis-invariants';

/** Text that news pages and broken pages really contain: quotes of every kind, RTL, CJK, emoji. */
const TRICKY_PIECES = [
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  '„',
  '—',
  '–',
  '…',
  '\n',
  '\n\n',
  ' ',
  '. ',
  ', ',
  'Putin',
  'Xi Jinping',
  'NATO',
  'U.S.',
  'said',
  'he said.',
  'according to',
  "Russia's",
  'Beijing’s',
  'مرحبا بالعالم',
  'שלום',
  '北京',
  '習近平は言った',
  '😀',
  '🇺🇦',
  '\u200b',
  '\u0000',
  '\uFFFD',
  '\uD800',
  'MOSCOW (Reuters) - ',
  'Mr.',
  'Dr. ',
  'A',
  'the',
];

const trickyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.constantFrom(...TRICKY_PIECES), { maxLength: 120 }).map((parts) => parts.join('')),
);

const TAGS = ['p', 'div', 'article', 'span', 'h1', 'h2', 'script', 'style', 'blockquote', 'li', 'table', 'td', 'a'];

/** Markup that may be unbalanced, nested oddly, or not markup at all. */
const trickyHtml = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      trickyText,
      fc.constant('<script type="application/ld+json">{"@type":"NewsArticle",</script>'),
      fc.constant('<meta property="og:type" content="article">'),
      fc.constant('<!-- unclosed comment'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the pipeline on bad input', () => {
  it('turns any text into a valid Analysis', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        expect(contractViolations(analyzePlainText(text))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('turns any markup into a valid Analysis', () => {
    fc.assert(
      fc.property(trickyHtml, (html) => {
        expect(contractViolations(analyzeDocument(parse(html), 'https://news.example/a'))).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('copes with a huge text', () => {
    const text = 'Vladimir Putin said “we are ready.” '.repeat(1500);
    expect(contractViolations(analyzePlainText(text))).toEqual([]);
  });
});
