/**
 * `npm run eval`: every quality measurement of the project, printed as Markdown tables.
 *
 *   npm run eval                                  # all evaluations over ../shared/data
 *   npm run eval -- --data DIR --fixtures DIR     # data sets and the seed gold elsewhere
 *   npm run eval -- --only conll,polnear          # some of them
 *   npm run eval -- --only polnear-train          # PolNeAR train by five folds, where the speaker ranker learns
 *   npm run eval -- --limit 20                    # at most 20 documents per set (quick look)
 *   npm run eval -- --only names-by-source --sources conll-dev,gum-voyage   # screen a few held-out sources
 *   npm run eval -- --only names-screen           # CoNLL++ dev and GUM's genres, by taggers trained now (choosing the regime)
 *   npm run eval -- --only names-screen --model-cache /tmp/taggers   # the same, each tagger kept and reused by later runs
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EvalOptions, EvalTable, Evaluation } from './eval/report';
import { DATA_OPTION, FIXTURES_OPTION } from './data-options';

/** Each evaluation, by the name `--only` takes; each measures through lib/pipeline.ts. */
const EVALUATIONS: Record<string, () => Promise<{ run: Evaluation }>> = {
  detection: () => import('./eval/detection'),
  extraction: () => import('./eval/extraction'),
  'readability-body': () => import('./eval/readability-body'),
  metadata: () => import('./eval/metadata'),
  conll: () => import('./eval/conll'),
  'names-by-source': () => import('./eval/names-by-source'),
  'names-screen': () => import('./eval/names-by-source').then(({ screen }) => ({ run: screen })),
  'seed-entities': () => import('./eval/seed-entities'),
  polnear: () => import('./eval/quote-attribution'),
  'polnear-train': () => import('./eval/speaker-folds'),
  'seed-quotes': () => import('./eval/seed-quotes'),
  voices: () => import('./eval/voices'),
  keypoints: () => import('./eval/key-points'),
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...DATA_OPTION,
      ...FIXTURES_OPTION,
      only: { type: 'string' },
      limit: { type: 'string' },
      sources: { type: 'string' },
      'model-cache': { type: 'string' },
    },
  });
  const names = values.only ? values.only.split(',') : Object.keys(EVALUATIONS);
  const unknown = names.filter((name) => !(name in EVALUATIONS));
  if (unknown.length > 0) {
    throw new Error(`unknown evaluation ${unknown.join(', ')}; known: ${Object.keys(EVALUATIONS).join(', ')}`);
  }
  const options: EvalOptions = {
    dataDir: resolve(values.data),
    fixturesDir: resolve(values.fixtures),
    limit: values.limit ? Number(values.limit) : undefined,
    sources: values.sources?.split(','),
    modelCache: values['model-cache'] && resolve(values['model-cache']),
  };
  for (const name of names) {
    const started = performance.now();
    const { run } = await EVALUATIONS[name]();
    const tables = await run(options);
    for (const table of tables) process.stdout.write(formatTable(table));
    process.stderr.write(`${name}: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

function formatTable(table: EvalTable): string {
  const header = `| ${table.columns.join(' | ')} |\n| ${table.columns.map(() => '---').join(' | ')} |\n`;
  const rows = table.rows.map((row) => `| ${table.columns.map((c) => formatCell(row[c])).join(' | ')} |\n`);
  const notes = (table.notes ?? []).map((note) => `- ${note}\n`).join('');
  return `\n### ${table.title}\n\n${header}${rows.join('')}${notes ? `\n${notes}` : ''}`;
}

function formatCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return value;
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
