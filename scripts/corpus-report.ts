/**
 * What `npm run test:corpus` makes of its pages: the checks, the Markdown report and the verdict.
 * A check is either a bar, which fails the run when a single page misses it, or information,
 * which is reported and never fails it. The bars are what the extension must never do to a page
 * (errors, broken pages, a DOM not given back, requests). Times (the final state, long tasks)
 * depend on the machine and on what else runs on it: they are information here, and their bars
 * are `npm run bench`'s, measured on a quiet machine.
 */
import { LONG_TASK_MS } from '../tooling/browser/trace';
import { median, percentile } from './median';

/** The aim: every page reaches its final state within this, from the start of navigation, in ms. */
export const FINAL_STATE_MS = 10_000;
/** How long a page that missed `FINAL_STATE_MS` is still waited for, to report how late it was, in ms. */
export const LATE_LIMIT_MS = 30_000;
/** How many problem pages the report names per check. */
const LISTED_PAGES = 8;

export interface PageResult {
  source: string;
  loaded: boolean;
  /** Milliseconds from navigation to the reader's final state; null when it missed `FINAL_STATE_MS`. */
  settledMs: number | null;
  /** For a page that missed it: when it did settle (null: not within `LATE_LIMIT_MS`). */
  lateMs: number | null;
  /** The page's own script sent the tab elsewhere (an unreachable host here): nothing to check. */
  leftPage: boolean;
  isArticle: boolean | null;
  painted: number;
  extensionErrors: string[];
  /** Uncaught page errors seen with the extension and not without it. */
  newPageErrors: string[];
  domRestored: boolean;
  /** The page's own scripts changed its DOM while it was watched: the restore check does not apply. */
  domChangesItself: boolean;
  /** Where the markup first differs after highlights off (empty when restored). */
  domDifference: string;
  /** Requests whose initiator stack runs through the extension's code. */
  extensionRequests: string[];
  /** The longest main-thread task that ran the extension's code (trace and profile), in ms. */
  longestTaskMs: number;
  /** Main-thread time in the extension's scripts (the trace's top-level script events), in ms. */
  scriptMs: number;
  /** URLs requested only in the run with the extension (the page's own late requests, or the extension's). */
  unmatchedRequests: string[];
}

/** One line of the report's table. */
export interface CorpusCheck {
  /** A bar fails the run when `count` is above 0; information never does. */
  kind: 'bar' | 'information';
  check: string;
  /** Pages (or requests) found. */
  count: number;
  /** What the column "Bar" says for information: the aim, and why it does not fail the run. */
  aim?: string;
  /** A few of them, named. */
  examples: string;
}

function listed(results: PageResult[], detail: (result: PageResult) => string): string {
  if (results.length === 0) return '';
  const names = results.slice(0, LISTED_PAGES).map((result) => `${result.source} (${detail(result)})`);
  return names.join('; ') + (results.length > LISTED_PAGES ? `; … ${results.length - LISTED_PAGES} more` : '');
}

/** A bar: no page may be among `pages`. */
function bar(check: string, pages: PageResult[], detail: (result: PageResult) => string): CorpusCheck {
  return { kind: 'bar', check, count: pages.length, examples: listed(pages, detail) };
}

/** Information: `pages` are reported, with the aim they are read against. */
function information(
  check: string,
  aim: string,
  pages: PageResult[],
  detail: (result: PageResult) => string,
): CorpusCheck {
  return { kind: 'information', check, aim, count: pages.length, examples: listed(pages, detail) };
}

/** The pages that loaded and stayed on their own address: the ones every check reads. */
function checkable(results: PageResult[]): PageResult[] {
  return results.filter((r) => r.loaded && !r.leftPage);
}

/** Every check of the run, bars first; `workerFetches` are the URLs the extension's service worker fetched. */
export function corpusChecks(results: PageResult[], workerFetches: string[]): CorpusCheck[] {
  const loaded = checkable(results);
  const timingAim = (aim: string) => `${aim} (information: a timing, its bar is npm run bench's)`;
  const unmatched = loaded.filter((r) => r.unmatchedRequests.length > 0 && r.extensionRequests.length === 0);
  return [
    bar(
      'Uncaught errors or failures logged by the extension',
      loaded.filter((r) => r.extensionErrors.length > 0),
      (r) => r.extensionErrors[0].slice(0, 80),
    ),
    bar(
      'Page errors only with the extension',
      loaded.filter((r) => r.newPageErrors.length > 0),
      (r) => r.newPageErrors[0].slice(0, 80),
    ),
    bar(
      `DOM not restored after highlights off (${loaded.filter((r) => r.domChangesItself).length} pages that change themselves not checkable)`,
      loaded.filter((r) => !r.domRestored),
      (r) => r.domDifference.slice(0, 200),
    ),
    bar(
      "Requests initiated by the extension's code (initiator stack)",
      loaded.filter((r) => r.extensionRequests.length > 0),
      (r) => r.extensionRequests[0],
    ),
    {
      kind: 'bar',
      check: "Requests by the extension's service worker",
      count: workerFetches.length,
      examples: workerFetches.slice(0, LISTED_PAGES).join('; '),
    },
    information(
      `Not in final state within ${FINAL_STATE_MS / 1000} s`,
      timingAim('0'),
      loaded.filter((r) => r.settledMs === null),
      (r) => (r.lateMs === null ? `not within ${LATE_LIMIT_MS / 1000} s` : `final after ${r.lateMs} ms`),
    ),
    information(
      `Main-thread tasks over ${LONG_TASK_MS} ms running the extension's code (trace)`,
      timingAim('0'),
      loaded.filter((r) => r.longestTaskMs > LONG_TASK_MS),
      (r) => `${r.longestTaskMs.toFixed(0)} ms`,
    ),
    information(
      "Requests seen only in the run with the extension, none initiated by it (the page's own, at other times)",
      '– (information)',
      unmatched,
      (r) => r.unmatchedRequests[0].slice(0, 80),
    ),
  ];
}

/** The bars the run missed: any one fails it. */
export function missedBars(checks: CorpusCheck[]): CorpusCheck[] {
  return checks.filter((check) => check.kind === 'bar' && check.count > 0);
}

function tableRow(check: CorpusCheck): string {
  const aim = check.kind === 'bar' ? '0 (fails the run)' : check.aim;
  return `| ${check.check} | ${check.count} | ${aim} | ${check.examples.replace(/\|/g, '\\|')} |`;
}

/** The run as Markdown, for docs/quality.md. */
export function corpusReport(results: PageResult[], checks: CorpusCheck[], seconds: number): string {
  const left = results.filter((r) => r.loaded && r.leftPage);
  const loaded = checkable(results);
  const settled = loaded.map((r) => r.settledMs ?? r.lateMs).filter((v): v is number => v !== null);
  const longestTasks = loaded.map((r) => r.longestTaskMs);
  const notArticles = loaded.filter((r) => r.isArticle === false);
  const scriptTimes = notArticles.map((r) => r.scriptMs);
  const untouched = notArticles.filter((r) => r.scriptMs === 0).length;
  const missed = missedBars(checks);
  const lines = [
    `Corpus run: ${results.length} pages (${loaded.length} loaded and stayed on the page), ${loaded.filter((r) => r.isArticle).length} read as articles, ` +
      `${loaded.filter((r) => r.painted > 0).length} painted; ${seconds.toFixed(0)} s in all. ` +
      (missed.length === 0 ? 'Every bar met.' : `**Bars missed: ${missed.map((check) => check.check).join('; ')}.**`),
    '',
    '| Check | Pages | Bar | Examples |',
    '| --- | ---: | ---: | --- |',
    ...checks.map(tableRow),
    '',
    '| Time to final state | Value |',
    '| --- | ---: |',
    `| Median | ${median(settled).toFixed(0)} ms |`,
    `| 95th percentile | ${percentile(settled, 0.95).toFixed(0)} ms |`,
    `| Slowest | ${Math.max(...settled).toFixed(0)} ms (${loaded.find((r) => r.settledMs === Math.max(...settled))?.source ?? ''}) |`,
    '',
    "| Longest task running the extension's code, per page | Value |",
    '| --- | ---: |',
    `| Median | ${median(longestTasks).toFixed(1)} ms |`,
    `| Longest | ${Math.max(0, ...longestTasks).toFixed(1)} ms (${loaded.find((r) => r.longestTaskMs === Math.max(...longestTasks))?.source ?? ''}) |`,
    '',
    `| The extension's script time on the ${notArticles.length} pages not taken for articles (trace; ${untouched} of them ran none of its code) | Value |`,
    '| --- | ---: |',
    `| Median | ${median(scriptTimes).toFixed(2)} ms |`,
    `| 90th percentile | ${percentile(scriptTimes, 0.9).toFixed(2)} ms |`,
  ];
  if (left.length > 0) {
    lines.push(
      '',
      `Not checkable: ${left.length} pages whose own script sent the tab to another (unreachable) host: ${left.map((r) => r.source).join(', ')}`,
    );
  }
  const failed = results.filter((r) => !r.loaded);
  if (failed.length > 0)
    lines.push('', `Pages that failed to load with the extension: ${failed.map((r) => r.source).join(', ')}`);
  return lines.join('\n');
}
