import { describe, expect, it } from 'vitest';
import { corpusChecks, corpusReport, missedBars, type PageResult } from '../../scripts/corpus-report';

/** A page that passed every check, changed by `change`. */
function page(source: string, change: Partial<PageResult> = {}): PageResult {
  return {
    source,
    loaded: true,
    settledMs: 400,
    lateMs: null,
    leftPage: false,
    isArticle: true,
    painted: 12,
    extensionErrors: [],
    newPageErrors: [],
    domRestored: true,
    domChangesItself: false,
    domDifference: '',
    extensionRequests: [],
    longestTaskMs: 10,
    scriptMs: 1,
    unmatchedRequests: [],
    ...change,
  };
}

describe("the corpus run's verdict", () => {
  it('passes a run where every page passed', () => {
    expect(missedBars(corpusChecks([page('a.html'), page('b.html')], []))).toEqual([]);
  });

  it.each([
    // What the extension must never do to a page: one page is enough to fail the run.
    [
      'an error of the extension',
      { extensionErrors: ['TypeError: x is undefined'] },
      'Uncaught errors or failures logged by the extension',
    ],
    [
      'a page error only with the extension',
      { newPageErrors: ['ReferenceError: y'] },
      'Page errors only with the extension',
    ],
    [
      'a DOM not given back',
      { domRestored: false, domDifference: 'before … after …' },
      'DOM not restored after highlights off',
    ],
    [
      'a request of its own',
      { extensionRequests: ['https://tracker.example/'] },
      "Requests initiated by the extension's code",
    ],
  ])('fails on %s', (_label, change, check) => {
    const missed = missedBars(corpusChecks([page('good.html'), page('bad.html', change)], []));
    expect(missed.map((m) => [m.check.slice(0, check.length), m.count])).toEqual([[check, 1]]);
  });

  it('fails on a request by the service worker', () => {
    expect(missedBars(corpusChecks([page('a.html')], ['https://elsewhere.example/'])).map((m) => m.check)).toEqual([
      "Requests by the extension's service worker",
    ]);
  });

  it.each([
    // Timings depend on the machine: reported, never failing the run.
    ['a page settled late', { settledMs: null, lateMs: 14_000 }, 'Not in final state within 10 s'],
    ['a long task', { longestTaskMs: 75 }, 'Main-thread tasks over 50 ms'],
    [
      'a request the page made only in one run',
      { unmatchedRequests: ['https://cdn.example/late.js'] },
      'Requests seen only in the run with the extension',
    ],
  ])('reports %s as information only', (_label, change, check) => {
    const checks = corpusChecks([page('slow.html', change)], []);
    expect(missedBars(checks)).toEqual([]);
    const reported = checks.find((c) => c.check.startsWith(check));
    expect(reported).toMatchObject({ kind: 'information', count: 1, examples: expect.stringContaining('slow.html') });
  });

  it('leaves out pages that did not load or left for another host', () => {
    const gone = { extensionErrors: ['TypeError'], domRestored: false };
    expect(
      missedBars(
        corpusChecks(
          [page('failed.html', { ...gone, loaded: false }), page('left.html', { ...gone, leftPage: true })],
          [],
        ),
      ),
    ).toEqual([]);
  });

  it('says in the report which lines fail the run and which are information, and names the missed bars', () => {
    const results = [
      page('good.html'),
      page('bad.html', { extensionErrors: ['TypeError: x'] }),
      page('slow.html', { longestTaskMs: 75 }),
    ];
    const report = corpusReport(results, corpusChecks(results, []), 60);
    expect(report).toContain('**Bars missed: Uncaught errors or failures logged by the extension.**');
    expect(report).toMatch(
      /\| Uncaught errors or failures logged by the extension \| 1 \| 0 \(fails the run\) \| bad\.html \(TypeError: x\) \|/,
    );
    expect(report).toMatch(
      /\| Main-thread tasks over 50 ms [^|]*\| 1 \| 0 \(information: [^|]*\) \| slow\.html \(75 ms\) \|/,
    );
  });
});
