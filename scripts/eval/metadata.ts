/**
 * Metadata on ../shared/data/readability-pages: `Analysis.article` title, byline, siteName and
 * publishedTime against expected-metadata.json, on the pages whose gold has the field.
 *
 * "Right" means equal after normalising: whitespace runs collapsed, trimmed, case folded, HTML's
 * non-breaking space read as a space, and a leading "By " dropped from bylines; times are right when
 * both parse to the same instant (or, unparseable, are equal as text). The pipeline reads the
 * pages detection turns down too, so metadata is measured on every page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, analyzePlainText } from '../../lib/pipeline';
import { parseDetachedDocument } from '../../lib/extract/detached-document';
import type { EvalTable, Evaluation } from './report';

const FIELDS = ['title', 'byline', 'siteName', 'publishedTime'] as const;
type Field = (typeof FIELDS)[number];

/** The bar: each field right on this share of the pages that have it. */
const BAR = 0.95;

function normalise(field: Field, value: string): string {
  const text = value.replace(/\s+/g, ' ').trim().toLowerCase();
  return field === 'byline' ? text.replace(/^by\s+/, '') : text;
}

export function isRight(field: Field, expected: string, got: string | null): boolean {
  if (got === null) return false;
  if (field === 'publishedTime') {
    const [a, b] = [Date.parse(expected), Date.parse(got)];
    if (!Number.isNaN(a) && !Number.isNaN(b)) return a === b;
  }
  return normalise(field, expected) === normalise(field, got);
}

/** The seed article's dateline and agencies, from its plain text and from its page, against its gold. */
function datelineTable(fixturesDir: string): EvalTable {
  const gold = JSON.parse(readFileSync(join(fixturesDir, 'seed-article.gold.json'), 'utf8')) as {
    article: { dateline: string; agencies: string[] };
  };
  const readings = [
    [
      'seed-article.txt (analyzePlainText)',
      analyzePlainText(readFileSync(join(fixturesDir, 'seed-article.txt'), 'utf8')),
    ],
    [
      'tests/fixtures/pages/seed-article (analyzeDocument)',
      analyzeDocument(parseDetachedDocument(readFileSync('tests/fixtures/pages/seed-article/source.html', 'utf8'))),
    ],
  ] as const;
  return {
    title: 'Dateline and agencies: the seed article against its gold',
    columns: ['input', 'dateline', 'agencies', 'right'],
    rows: readings.map(([input, analysis]) => ({
      input,
      dateline: String(analysis.article.dateline),
      agencies: analysis.article.agencies.join('/'),
      right:
        analysis.article.dateline === gold.article.dateline &&
        analysis.article.agencies.join('/') === gold.article.agencies.join('/')
          ? 'yes'
          : 'no',
    })),
    notes: [
      'Other dateline forms ("WASHINGTON (Reuters) -", "(AP) —", ...) are unit-tested in tests/lib/analyze/dateline.test.ts.',
    ],
  };
}

export const run: Evaluation = async (options) => {
  const dir = join(options.dataDir, 'readability-pages', 'test-pages');
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0, wrong: [] as string[] }]));
  for (const slug of readdirSync(dir).sort().slice(0, options.limit)) {
    const gold = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
    const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
    const { article } = analyzeDocument(parseDetachedDocument(html));
    for (const field of FIELDS) {
      const expected = gold[field];
      if (typeof expected !== 'string' || !expected.trim()) continue;
      const tally = tallies[field];
      tally.total++;
      if (isRight(field, expected, article[field])) tally.right++;
      else tally.wrong.push(`${slug} (${JSON.stringify(article[field])} ≠ ${JSON.stringify(expected)})`);
    }
  }
  const table: EvalTable = {
    title: 'Metadata: readability-pages expected-metadata.json (normalised equality)',
    columns: ['field', 'pages with gold', 'right', 'share', 'bar'],
    rows: FIELDS.map((field) => {
      const { right, total } = tallies[field];
      const share = right / Math.max(1, total);
      return { field, 'pages with gold': total, right, share: share.toFixed(3), bar: share >= BAR ? 'met' : 'NOT met' };
    }),
    notes: FIELDS.filter((f) => tallies[f].wrong.length > 0).map((f) => `${f} wrong: ${tallies[f].wrong.join('; ')}`),
  };
  return [table, datelineTable(options.fixturesDir)];
};
