/**
 * Entities on CoNLL++ dev: typed exact-span micro F1, measured through the contract
 * (`analyzePlainText(text).entities`). Each document is laid out as tokens joined by single spaces
 * and sentences by "\n"; MISC is ignored; PER → person, LOC → place, ORG → organization.
 * The tagger is trained on the train split only; this never reads it.
 */
import { readFileSync } from 'node:fs';
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

export const run: Evaluation = async (options) => {
  const documents = readConllDocuments(readFileSync(join(options.dataDir, DEV_FILE), 'utf8')).slice(0, options.limit);
  const counts = new Map<string, Counts>();
  const count = (type: string): Counts => {
    const existing = counts.get(type) ?? { truePositives: 0, predicted: 0, gold: 0 };
    counts.set(type, existing);
    return existing;
  };
  const started = performance.now();
  for (const { text, names } of documents) {
    const gold = new Set(
      names.filter(({ label }) => TYPE_OF_LABEL[label]).map(({ label, start, end }) => `${TYPE_OF_LABEL[label]}:${start}:${end}`),
    );
    const predicted = new Set(
      analyzePlainText(text).entities.flatMap(({ type, mentions }) => mentions.map(({ start, end }) => `${type}:${start}:${end}`)),
    );
    for (const key of gold) count(key.split(':')[0]).gold++;
    for (const key of predicted) {
      const type = count(key.split(':')[0]);
      type.predicted++;
      if (gold.has(key)) type.truePositives++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const types = ['person', 'place', 'organization'];
  const overall = types.reduce<Counts>((sum, type) => addCounts(sum, count(type)), { truePositives: 0, predicted: 0, gold: 0 });
  const rows = [...types.map((type) => row(type, count(type))), row('overall', overall)];
  const table: EvalTable = {
    title: 'Entities: CoNLL++ dev (typed exact-span micro F1)',
    columns: ['type', 'precision', 'recall', 'f1', 'bar', 'gold', 'predicted'],
    rows,
    notes: [
      `${documents.length} documents analysed in ${seconds.toFixed(1)} s through analyzePlainText; MISC ignored.`,
      'compromise alone scores 0.48 overall (person 0.45, place 0.67, organization 0.20).',
    ],
  };
  return [table];
};

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
