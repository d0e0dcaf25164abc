/** The shape every evaluation returns, so `npm run eval` can print them as one report. */

export interface EvalTable {
  /** e.g. "Entities: CoNLL++ dev (typed exact-span micro F1)". */
  title: string;
  /** Column order; every row has these keys. */
  columns: string[];
  rows: Array<Record<string, string | number>>;
  /** Free lines printed under the table (what was measured, what the bar is). */
  notes?: string[];
}

export interface EvalOptions {
  /** Folder holding the data sets (default ../shared/data). */
  dataDir: string;
  /** Folder holding seed-article.txt and its gold (default ../shared/fixtures). */
  fixturesDir: string;
  /** Evaluate at most this many documents per set (quick runs while developing). */
  limit?: number;
  /** Held-out evaluations score only these sources (a screening run; default all). */
  sources?: string[];
  /** Held-out evaluations keep their trained taggers in this folder and reuse them (scripts/ner/model-cache.ts). */
  modelCache?: string;
}

export type Evaluation = (options: EvalOptions) => Promise<EvalTable[]>;
