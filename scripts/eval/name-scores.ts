/**
 * Scoring of typed name spans against gold, shared by the entity evaluations: exact-span micro
 * precision, recall and F1 per type, NewsLens measured through the contract
 * (`analyzePlainText(text).entities`) and compromise's own finders as the baseline.
 */
import nlp from 'compromise';
import type { Entity, EntityType } from '../../lib/analysis';
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { TYPE_OF_LABEL } from '../../lib/analyze/ner/tagger';
import { analyzePlainText } from '../../lib/pipeline';

export const TYPES: EntityType[] = ['person', 'place', 'organization'];

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

/** A typed span finder under test: "type:start:end" keys of the names it finds in a text. */
export type SpanFinder = (text: string) => string[];

export const NEWSLENS: SpanFinder = (text) => spansOfEntities(analyzePlainText(text).entities);

/** The span keys of every mention of the entities. */
export function spansOfEntities(entities: Entity[]): string[] {
  return entities.flatMap(({ type, mentions }) => mentions.map(({ start, end }) => spanKey(type, start, end)));
}

/**
 * compromise's own `people()`, `places()` and `organizations()`, as the baseline; its spans are
 * trimmed of edge punctuation and possessives first, so it is not marked down for those.
 */
export const COMPROMISE: SpanFinder = (text) => {
  const doc = nlp(text);
  const views: Array<[EntityType, { json(options: object): unknown }]> = [
    ['person', doc.people()],
    ['place', doc.places()],
    ['organization', doc.organizations()],
  ];
  return views.flatMap(([type, view]) =>
    (view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map(({ offset }) =>
      trimmedSpanKey(text, type, offset.start, offset.start + offset.length),
    ),
  );
};

function trimmedSpanKey(text: string, type: string, start: number, end: number): string {
  const possessive = /\s?['’]s$/.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}.]/u.test(text[end - 1])) end--;
  return spanKey(type, start, end);
}

function spanKey(type: string, start: number, end: number): string {
  return `${type}:${start}:${end}`;
}

/** Counts per type (and, under "untyped", of spans whatever their type) over the documents. */
export function scoreNames(documents: ConllDocument[], find: SpanFinder): Map<string, Counts> {
  const counts = new Map<string, Counts>(
    [...TYPES, 'untyped'].map((type) => [type, { truePositives: 0, predicted: 0, gold: 0 }]),
  );
  const untyped = counts.get('untyped')!;
  for (const { text, names } of documents) {
    const gold = new Set(
      names
        .filter(({ label }) => TYPE_OF_LABEL[label])
        .map(({ label, start, end }) => spanKey(TYPE_OF_LABEL[label], start, end)),
    );
    const found = new Set(find(text));
    for (const key of gold) counts.get(key.split(':')[0])!.gold++;
    for (const key of found) {
      const type = counts.get(key.split(':')[0])!;
      type.predicted++;
      if (gold.has(key)) type.truePositives++;
    }
    const goldSpans = new Set([...gold].map(withoutType));
    const foundSpans = new Set([...found].map(withoutType));
    untyped.gold += goldSpans.size;
    untyped.predicted += foundSpans.size;
    for (const span of foundSpans) if (goldSpans.has(span)) untyped.truePositives++;
  }
  return counts;
}

function withoutType(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

export const NO_COUNTS: Counts = { truePositives: 0, predicted: 0, gold: 0 };

export function sumOf(a: Counts, b: Counts): Counts {
  return {
    truePositives: a.truePositives + b.truePositives,
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
  };
}

/** The typed counts of every type together. */
export function overallOf(counts: Map<string, Counts>): Counts {
  return TYPES.reduce<Counts>((sum, type) => sumOf(sum, counts.get(type)!), NO_COUNTS);
}

export function f1Of({ truePositives, predicted, gold }: Counts): { precision: number; recall: number; f1: number } {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
