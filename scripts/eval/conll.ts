/**
 * Entities on CoNLL++ dev: typed exact-span micro F1, measured through the contract
 * (`analyzePlainText(text).entities`). Each document is laid out as tokens joined by single spaces
 * and sentences by "\n"; MISC is ignored; PER → person, LOC → place, ORG → organization.
 * The shipped tagger is trained without this split (scripts/ner/sources.ts); this never reads any other.
 */
import { readConllDev } from '../ner/sources';
import { COMPROMISE, f1Of, NEWSLENS, overallOf, scoreNames, TYPES, type Counts } from './name-scores';
import type { EvalTable, Evaluation } from './report';

/** The bar of the entity recogniser (issues 4 and 14). */
const BAR: Record<string, number> = { overall: 0.92, person: 0.9, organization: 0.8 };

export const run: Evaluation = async (options) => {
  const documents = readConllDev(options.dataDir).slice(0, options.limit);
  const started = performance.now();
  const ours = scoreNames(documents, NEWSLENS);
  const seconds = (performance.now() - started) / 1000;
  const baseline = scoreNames(documents, COMPROMISE);
  const table: EvalTable = {
    title: 'Entities: CoNLL++ dev (typed exact-span micro F1)',
    columns: ['system', 'type', 'precision', 'recall', 'f1', 'bar', 'gold', 'predicted'],
    rows: [...rowsOf('NewsLens (Analysis.entities)', ours), ...rowsOf('compromise alone', baseline)],
    notes: [
      `${documents.length} documents analysed in ${seconds.toFixed(1)} s through analyzePlainText; MISC ignored.`,
    ],
  };
  return [table];
};

function rowsOf(system: string, counts: Map<string, Counts>): Array<Record<string, string | number>> {
  const typed: Array<[string, Counts]> = [
    ...TYPES.map((type): [string, Counts] => [type, counts.get(type)!]),
    ['overall', overallOf(counts)],
  ];
  return typed.map(([type, typeCounts]) => ({
    system,
    type,
    ...f1Of(typeCounts),
    bar: BAR[type] ? `≥ ${BAR[type]}` : '',
    gold: typeCounts.gold,
    predicted: typeCounts.predicted,
  }));
}
