/**
 * Metadata on ../shared/data/readability-pages: `Analysis.article` title, byline, siteName and
 * publishedTime against expected-metadata.json, on the pages whose gold has the field.
 *
 * "Right" means equal after normalising: whitespace runs collapsed, trimmed, case folded, HTML's
 * non-breaking space read as a space, and a leading "By " dropped from bylines; times are right when
 * both parse to the same instant (or, unparseable, are equal as text). The pipeline reads the
 * pages detection turns down too, so metadata is measured on every page.
 *
 * The gold's titles are Readability's, which keeps what a page appends to its headline ("… |
 * eHow", "… | Eleanor Ainge Roy"); NewsLens gives the story's own title and cuts such parts. So
 * the title is scored twice: against the gold as written (information), and as the story's own,
 * where a title is also right when the gold is that title followed by more parts set off by a
 * separator (punctuation with a space on each side). Each page right only the second way is
 * listed, so every cut can be read.
 *
 * The gold's bylines are Readability's too: a byline container's whole text, with what the page
 * put beside the name ("By Jane Doe March 25, 2015", "Jane Doe (http://…)", "… WebMD Health
 * News"); NewsLens gives the writer's names and cuts the rest (lib/extract/byline.ts). So the
 * byline is scored twice as well: as the gold writes it (information), and as the writer's names,
 * right also when ours is a run of the gold's words (it cut parts, never added or changed one);
 * each page right only that way is listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, analyzePlainText } from '../../lib/pipeline';
import { parseDetachedDocument } from '../../lib/extract/detached-document';
import type { EvalTable, Evaluation } from './report';

const FIELDS = ['title', 'byline', 'siteName', 'publishedTime'] as const;
type Field = (typeof FIELDS)[number];

/** Is `got` the gold byline, or a run of its words (what is not a name cut around it)? */
export function isWriterNames(expected: string, got: string | null): boolean {
  if (isRight('byline', expected, got)) return true;
  if (got === null || !got.trim()) return false;
  const [gold, ours] = [normalise('byline', expected), normalise('byline', got)];
  const at = gold.indexOf(ours);
  return at >= 0 && !/\p{L}/u.test(gold.charAt(at - 1)) && !/\p{L}/u.test(gold.charAt(at + ours.length));
}

/** What follows a title's first parts in a longer one: a separator, punctuation with a space on each side. */
const SEPARATOR_AFTER = /^\s+[^\p{L}\p{N}\s]+\s/u;

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

/** Is `got` the gold title, or its first parts before a separator (the rest being the site's, the writer's, a section)? */
export function isStoryTitle(expected: string, got: string | null): boolean {
  if (isRight('title', expected, got)) return true;
  if (got === null || !got.trim()) return false;
  const [gold, ours] = [normalise('title', expected), normalise('title', got)];
  return gold.startsWith(ours) && SEPARATOR_AFTER.test(gold.slice(ours.length));
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

/** One row of the table: a field, scored one way; `barred` false for a row given as information. */
interface Scoring {
  row: string;
  field: Field;
  isRight: (expected: string, got: string | null) => boolean;
  barred: boolean;
}

const SCORINGS: Scoring[] = [
  { row: 'title, the story’s own', field: 'title', isRight: isStoryTitle, barred: true },
  { row: 'title, as the gold writes it', field: 'title', isRight: (e, g) => isRight('title', e, g), barred: false },
  { row: 'byline, the writer’s names', field: 'byline', isRight: isWriterNames, barred: true },
  {
    row: 'byline, as the gold writes it',
    field: 'byline',
    isRight: (e, g) => isRight('byline', e, g),
    barred: false,
  },
  ...FIELDS.filter((field) => field !== 'title' && field !== 'byline').map((field) => ({
    row: field,
    field,
    isRight: (e: string, g: string | null) => isRight(field, e, g),
    barred: true,
  })),
];

export const run: Evaluation = async (options) => {
  const dir = join(options.dataDir, 'readability-pages', 'test-pages');
  const tallies = SCORINGS.map(() => ({ right: 0, total: 0, wrong: [] as string[] }));
  for (const slug of readdirSync(dir).sort().slice(0, options.limit)) {
    const gold = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
    const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
    const { article } = analyzeDocument(parseDetachedDocument(html));
    SCORINGS.forEach(({ field, isRight }, index) => {
      const expected = gold[field];
      if (typeof expected !== 'string' || !expected.trim()) return;
      const tally = tallies[index];
      tally.total++;
      if (isRight(expected, article[field])) tally.right++;
      else tally.wrong.push(`${slug} (${JSON.stringify(article[field])} ≠ ${JSON.stringify(expected)})`);
    });
  }
  const table: EvalTable = {
    title: 'Metadata: readability-pages expected-metadata.json (normalised equality)',
    columns: ['field', 'pages with gold', 'right', 'share', 'bar'],
    rows: SCORINGS.map(({ row, barred }, index) => {
      const { right, total } = tallies[index];
      const share = right / Math.max(1, total);
      const bar = !barred ? 'information' : share >= BAR ? 'met' : 'NOT met';
      return { field: row, 'pages with gold': total, right, share: share.toFixed(3), bar };
    }),
    notes: SCORINGS.flatMap(({ row }, index) =>
      tallies[index].wrong.length > 0 ? [`${row}, wrong: ${tallies[index].wrong.join('; ')}`] : [],
    ),
  };
  return [table, datelineTable(options.fixturesDir)];
};
