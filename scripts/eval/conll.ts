/**
 * Entities on CoNLL++ dev: typed exact-span micro F1, measured through the contract
 * (`analyzePlainText(text).entities`). Each document is laid out as tokens joined by single spaces
 * and sentences by "\n"; MISC is ignored; PER → person, LOC → place, ORG → organization.
 * The tagger is trained on the train split only; this never reads it.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { join } from 'node:path';
import type { EntityType } from '../../lib/analysis';
import { readConllDocuments } from '../../lib/analyze/ner/conll';
import { analyzePlainText } from '../../lib/pipeline';
import type { EvalTable, Evaluation } from './report';

const DEV_FILE = 'conll2003/conllpp_dev.txt';

const TYPE_OF_LABEL: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** The bar of the entity recogniser (issue 4). */
const BAR: Record<string, number> = { overall: 0.88, person: 0.9, organization: 0.8 };

interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

/** A typed span finder under test: NewsLens through the contract, or compromise alone. */
type SpanFinder = (text: string) => string[];

const NEWSLENS: SpanFinder = (text) =>
  analyzePlainText(text).entities.flatMap(({ type, mentions }) => mentions.map(({ start, end }) => spanKey(type, start, end)));

/**
 * compromise's own `people()`, `places()` and `organizations()`, as the baseline; its spans are
 * trimmed of edge punctuation and possessives first, so it is not marked down for those.
 */
const COMPROMISE: SpanFinder = (text) => {
  const doc = nlp(text);
  const views: Array<[EntityType, { json(options: object): unknown }]> = [
    ['person', doc.people()], ['place', doc.places()], ['organization', doc.organizations()],
  ];
  return views.flatMap(([type, view]) =>
    (view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map(({ offset }) =>
      trimmedSpanKey(text, type, offset.start, offset.start + offset.length)),
  );
};

function trimmedSpanKey(text: string, type: string, start: number, end: number): string {
  const possessive = /\s?['’]s$/.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}.]/u.test(text[end - 1])) end--;
  return spanKey(type, start, end);
}

const TYPES = ['person', 'place', 'organization'];

export const run: Evaluation = async (options) => {
  const documents = readConllDocuments(readFileSync(join(options.dataDir, DEV_FILE), 'utf8')).slice(0, options.limit);
  const started = performance.now();
  const ours = score(documents, NEWSLENS);
  const seconds = (performance.now() - started) / 1000;
  const baseline = score(documents, COMPROMISE);
  const table: EvalTable = {
    title: 'Entities: CoNLL++ dev (typed exact-span micro F1)',
    columns: ['system', 'type', 'precision', 'recall', 'f1', 'bar', 'gold', 'predicted'],
    rows: [...rowsOf('NewsLens (Analysis.entities)', ours), ...rowsOf('compromise alone', baseline)],
    notes: [`${documents.length} documents analysed in ${seconds.toFixed(1)} s through analyzePlainText; MISC ignored.`],
  };
  return [table];
};

function spanKey(type: string, start: number, end: number): string {
  return `${type}:${start}:${end}`;
}

function score(documents: ReturnType<typeof readConllDocuments>, find: SpanFinder): Map<string, Counts> {
  const counts = new Map(TYPES.map((type) => [type, { truePositives: 0, predicted: 0, gold: 0 }]));
  for (const { text, names } of documents) {
    const gold = new Set(
      names.filter(({ label }) => TYPE_OF_LABEL[label]).map(({ label, start, end }) => spanKey(TYPE_OF_LABEL[label], start, end)),
    );
    for (const key of gold) counts.get(key.split(':')[0])!.gold++;
    for (const key of new Set(find(text))) {
      const type = counts.get(key.split(':')[0])!;
      type.predicted++;
      if (gold.has(key)) type.truePositives++;
    }
  }
  return counts;
}

function rowsOf(system: string, counts: Map<string, Counts>): Array<Record<string, string | number>> {
  const overall = TYPES.reduce<Counts>((sum, type) => addCounts(sum, counts.get(type)!), { truePositives: 0, predicted: 0, gold: 0 });
  return [...TYPES.map((type) => row(type, counts.get(type)!)), row('overall', overall)].map((r) => ({ system, ...r }));
}

function addCounts(a: Counts, b: Counts): Counts {
  return { truePositives: a.truePositives + b.truePositives, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

function row(type: string, { truePositives, predicted, gold }: Counts): Record<string, string | number> {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    type,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    bar: BAR[type] ? `≥ ${BAR[type]}` : '',
    gold,
    predicted,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
