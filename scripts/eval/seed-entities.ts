/**
 * Entities on the seed article, against its hand-written gold, measured through the contract
 * (`analyzePlainText(text).entities`): each gold entity found with its type and canonical name,
 * every occurrence of each of its names linked to it, no entity made of a `notEntities` phrase, and
 * the roles the bar names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../lib/analysis';
import { tokenize, type Token } from '../../lib/analyze/ner/tokens';
import { analyzePlainText } from '../../lib/pipeline';
import type { EvalTable, Evaluation } from './report';

interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
  role?: string;
}

interface SeedGold {
  entities: GoldEntity[];
  notEntities: string[];
}

/** The roles the bar checks, with the forms accepted for each (the gold's own form, or "X of Country"). */
const EXPECTED_ROLES: Record<string, string[]> = {
  'Volodymyr Zelensky': ['President of Ukraine'],
  'Antony Blinken': ['US Secretary of State'],
  'Fumio Kishida': ['Prime Minister of Japan', 'Japanese Prime Minister'],
};

export const run: Evaluation = async (options) => {
  const text = readFileSync(join(options.fixturesDir, 'seed-article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(options.fixturesDir, 'seed-article.gold.json'), 'utf8')) as SeedGold;
  const started = performance.now();
  const entities = analyzePlainText(text).entities;
  const milliseconds = performance.now() - started;
  const tokens = tokenize(text);
  const excluded = occurrencesOf(gold.notEntities, tokens);
  const rows = gold.entities.map((goldEntity) => rowOf(goldEntity, entities, tokens, excluded));
  const intruders = entities.filter((entity) => isNotEntity(entity, gold.notEntities));
  const passed = rows.filter((row) => row.ok === 'yes').length;
  return [
    {
      title: 'Entities: seed article (gold entities, linked mentions, roles)',
      columns: ['gold', 'type', 'found as', 'mentions linked', 'role', 'ok'],
      rows,
      notes: [
        `${passed}/${rows.length} gold entities found with type, canonical name, every mention linked and the expected role.`,
        `notEntities produced: ${intruders.length ? intruders.map((entity) => entity.name).join(', ') : 'none'}.`,
        `${entities.length} entities in all; first analysis took ${milliseconds.toFixed(0)} ms (includes model loading).`,
      ],
    },
  ] satisfies EvalTable[];
};

function rowOf(
  goldEntity: GoldEntity,
  entities: Entity[],
  tokens: Token[],
  excluded: Occurrence[],
): Record<string, string> {
  const found = entities.find((entity) => entity.name === goldEntity.name && entity.type === goldEntity.type);
  const occurrences = occurrencesOf(goldEntity.aliases, tokens).filter(
    (occurrence) => !excluded.some((outer) => contains(outer, occurrence)),
  );
  const linked = occurrences.filter(({ start, end }) =>
    found?.mentions.some((mention) => mention.start === start && mention.end === end),
  );
  const accepted = EXPECTED_ROLES[goldEntity.name];
  const roleOk = !accepted || accepted.includes(found?.role ?? '');
  const ok = !!found && linked.length === occurrences.length && roleOk;
  const foundAs = found ? `${found.name} (${found.type})` : describeMiss(goldEntity, entities);
  return {
    gold: goldEntity.name,
    type: goldEntity.type,
    'found as': foundAs,
    'mentions linked': `${linked.length}/${occurrences.length}`,
    role: accepted ? `${found?.role ?? '—'} (want ${accepted.join(' or ')})` : (found?.role ?? ''),
    ok: ok ? 'yes' : 'NO',
  };
}

/** What the pipeline made of a gold entity it did not find under its name and type. */
function describeMiss(goldEntity: GoldEntity, entities: Entity[]): string {
  const near = entities.find((entity) => goldEntity.aliases.includes(entity.name));
  return near ? `only as ${near.name} (${near.type})` : 'missing';
}

interface Occurrence {
  start: number;
  end: number;
}

/** Token-aligned occurrences of any of the phrases in the text, the longest where they overlap. */
function occurrencesOf(phrases: string[], tokens: Token[]): Occurrence[] {
  const found: Occurrence[] = [];
  for (const phrase of phrases) {
    const words = tokenize(phrase).map((token) => token.text);
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (words.every((word, k) => tokens[i + k].text === word)) {
        found.push({ start: tokens[i].start, end: tokens[i + words.length - 1].end });
      }
    }
  }
  return found.filter((inner) => !found.some((outer) => outer !== inner && contains(outer, inner)));
}

function contains(outer: Occurrence, inner: Occurrence): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/**
 * An entity made of a `notEntities` phrase: named by it, holding it ("State Antony Blinken"), or,
 * for a phrase of several words, a multi-word piece of it ("Power of Siberia" of "Power of Siberia 2").
 */
function isNotEntity(entity: Entity, notEntities: string[]): boolean {
  const names = [entity.name, ...entity.mentions.map((mention) => mention.text)];
  return names.some((name) =>
    notEntities.some((phrase) => name.includes(phrase) || (name.includes(' ') && phrase.includes(name))),
  );
}
