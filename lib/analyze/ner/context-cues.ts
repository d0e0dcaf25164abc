/**
 * News-text cues around a name that say what it is, applied after the tagger (which learned from
 * 1996 wire text), to its people, places and organizations and to the names it called MISC: a
 * nationality right before an organization is part of its name ("European Central Bank"); wire credits in a dateline ("Moscow, March 21 (AFP/APP):") are organizations;
 * seats of government ("the Kremlin") are organizations; an apposition or a "known as" phrase types
 * the name ("Bucha, a town"; "the alliance known informally as the Quad"); a name followed by a
 * model number and a product noun ("the Power of Siberia 2 gas pipeline") is not an entity; and an
 * acronym glued to a known company ("the PNI Facebook page") is two organizations.
 */
import type { EntityType } from '../../analysis';
import { BUSINESS_NOUNS, GOVERNMENT_SEATS, ORGANIZATION_NOUNS, PLACE_NOUNS, PRODUCT_NOUNS } from './news-lexicon';
import type { TypedSpan } from './recognizer';
import type { Lookup } from './lexicons';
import { LABEL_OF_TYPE, type NameSpan } from './tagger';
import { isCapitalised, type Token, type TokenLine } from './tokens';

/** How far into the text a dateline's wire credits may stand, in tokens. */
const DATELINE_TOKENS = 16;

/** Lowercase words allowed between a name's number and its product noun ("2 gas pipeline"). */
const MAX_WORDS_BEFORE_PRODUCT_NOUN = 2;

const PATTERNS = {
  acronym: /^\p{Lu}{2,6}$/u,
  /** A wire agency as credited: "AFP", "Reuters". */
  agencyName: /^\p{Lu}(?:\p{Lu}{1,5}|\p{Ll}+)$/u,
  lowercaseWord: /^\p{Ll}+$/u,
  modelNumber: /^(?:\d+|[IVX]+)$/,
  article: /^(?:a|an|the)$/i,
  /** One capitalized word, not "Ontario-based": "European", "British". */
  nationality: /^\p{Lu}\p{Ll}+$/u,
  possessive: /^['’][sS]?$/,
  creditSeparator: /^[/,-]$/,
  namingVerb: /^(?:known|called|dubbed|named)$/,
  namingAdverb: /^(?:informally|formally|collectively|officially|simply|locally|widely)$/,
};

/** Applies the cues to the typed names and to the MISC ones; spans come out in text order. */
export function applyContextCues(
  spans: TypedSpan[],
  otherNames: NameSpan[],
  lines: TokenLine[],
  wordClasses: Lookup<string[]>,
): TypedSpan[] {
  const cued: TypedSpan[] = [];
  const joined = joinLeadingAdjectives(spans, otherNames, lines);
  for (const other of otherNames.filter((name) => !joined.absorbed.has(name))) {
    const words = lines[other.line].words;
    const type =
      typeFromApposition(words, other.last) ??
      typeFromNaming(words, other.first) ??
      typeFromNounBefore(words, other.first);
    if (type) cued.push({ ...other, type, label: LABEL_OF_TYPE[type] });
  }
  for (const span of joined.spans) {
    const { tokens, words } = lines[span.line];
    const name = words.slice(span.first, span.last + 1).join(' ');
    if (isProductName(words, span)) {
      cued.push({ ...span, excluded: true });
      continue;
    }
    const split = splitAcronymFromCompany(span, tokens, wordClasses);
    if (split) {
      cued.push(...split);
      continue;
    }
    const type = GOVERNMENT_SEATS.has(name)
      ? 'organization'
      : (typeFromApposition(words, span.last) ??
        typeFromNaming(words, span.first) ??
        typeFromNounBefore(words, span.first));
    cued.push(type ? retype(span, type) : span);
  }
  cued.push(...namedAfterNamingPhrase(lines, cued));
  return withDatelineCredits(cued, lines).sort((a, b) => a.start - b.start);
}

/**
 * "European Central Bank": the tagger reads the adjective as a MISC name of its own (a nationality)
 * and the rest as the organization; a MISC name right before an organization is part of it.
 */
function joinLeadingAdjectives(
  spans: TypedSpan[],
  otherNames: NameSpan[],
  lines: TokenLine[],
): { spans: TypedSpan[]; absorbed: Set<NameSpan> } {
  const absorbed = new Set<NameSpan>();
  const isAdjective = (other: NameSpan): boolean =>
    other.first === other.last && PATTERNS.nationality.test(lines[other.line].words[other.first]);
  const joined = spans.map((span) => {
    if (span.type !== 'organization') return span;
    const adjective = otherNames.find(
      (other) => other.line === span.line && other.last === span.first - 1 && isAdjective(other),
    );
    if (!adjective) return span;
    absorbed.add(adjective);
    return { ...span, first: adjective.first, start: adjective.start };
  });
  return { spans: joined, absorbed };
}

function retype(span: TypedSpan, type: EntityType): TypedSpan {
  return { ...span, type, label: LABEL_OF_TYPE[type] };
}

/** "Power of Siberia 2 gas pipeline": a number, a few lowercase words, then a product noun. */
function isProductName(words: string[], span: TypedSpan): boolean {
  let i = span.last + 1;
  const hasNumber = PATTERNS.modelNumber.test(words[i] ?? '');
  if (hasNumber) i++;
  const nounAt = (k: number): boolean => PRODUCT_NOUNS.has(words[k] ?? '');
  if (!hasNumber) return span.type !== 'place' && nounAt(i);
  for (let k = i; k <= i + MAX_WORDS_BEFORE_PRODUCT_NOUN; k++) {
    if (nounAt(k)) return true;
    if (!PATTERNS.lowercaseWord.test(words[k] ?? '')) return false;
  }
  return false;
}

/**
 * "Bucha, a town where …" → place; "Acme, a company that …" → organization. A noun that owns the
 * next one is not what the name is: "Milton Velez, the agency’s district supervisor" (seen typed
 * as an organization on a New York Times page).
 */
function typeFromApposition(words: string[], last: number): EntityType | null {
  if (words[last + 1] !== ',' || !PATTERNS.article.test(words[last + 2] ?? '')) return null;
  for (let k = last + 3; k <= last + 5 && PATTERNS.lowercaseWord.test(words[k] ?? ''); k++) {
    if (PATTERNS.possessive.test(words[k + 1] ?? '')) return null;
    if (PLACE_NOUNS.has(words[k])) return 'place';
    if (ORGANIZATION_NOUNS.has(words[k])) return 'organization';
  }
  return null;
}

/**
 * "tyre and cables giant Pirelli", "the airline Ryanair" → organization: a lower-case noun right
 * before a name says what it is (seen in Reuters text, "Pirelli" tagged as a person).
 */
function typeFromNounBefore(words: string[], first: number): EntityType | null {
  const noun = words[first - 1] ?? '';
  return ORGANIZATION_NOUNS.has(noun) || BUSINESS_NOUNS.has(noun) ? 'organization' : null;
}

/** "the security alliance known informally as the Quad" → the type of the noun before "known". */
function typeFromNaming(words: string[], first: number): EntityType | null {
  let k = first - 1;
  if (PATTERNS.article.test(words[k] ?? '')) k--;
  if (words[k] !== 'as') return null;
  k--;
  if (PATTERNS.namingAdverb.test(words[k] ?? '')) k--;
  if (!PATTERNS.namingVerb.test(words[k] ?? '')) return null;
  const noun = words[k - 1] ?? '';
  if (ORGANIZATION_NOUNS.has(noun)) return 'organization';
  return PLACE_NOUNS.has(noun) ? 'place' : null;
}

/** Capitalized words the tagger left untagged after a typing "known as" phrase. */
function namedAfterNamingPhrase(lines: TokenLine[], spans: TypedSpan[]): TypedSpan[] {
  const found: TypedSpan[] = [];
  lines.forEach(({ tokens, words }, l) => {
    for (let i = 0; i < words.length; i++) {
      if (!isCapitalised(words[i])) continue;
      const type = typeFromNaming(words, i);
      if (!type || isCovered(spans, l, i)) continue;
      let last = i;
      while (isCapitalised(words[last + 1] ?? '') && !isCovered(spans, l, last + 1)) last++;
      found.push(spanOf(tokens, l, i, last, type));
    }
  });
  return found;
}

/** "PNI Facebook": an acronym, then a word compromise knows as an organization. */
function splitAcronymFromCompany(span: TypedSpan, tokens: Token[], wordClasses: Lookup<string[]>): TypedSpan[] | null {
  if (span.type !== 'organization' || span.last !== span.first + 1) return null;
  const [acronym, company] = [tokens[span.first].text, tokens[span.last].text];
  if (!PATTERNS.acronym.test(acronym) || !wordClasses.get(company.toLowerCase())?.includes('Organization')) return null;
  return [
    spanOf(tokens, span.line, span.first, span.first, 'organization'),
    spanOf(tokens, span.line, span.last, span.last, 'organization'),
  ];
}

/** "(AFP/APP)" near the start of the text: the wire agencies credited by the dateline. */
function withDatelineCredits(spans: TypedSpan[], lines: TokenLine[]): TypedSpan[] {
  const tokens = lines[0]?.tokens ?? [];
  const open = tokens.slice(0, DATELINE_TOKENS).findIndex((token) => token.text === '(');
  if (open < 0) return spans;
  const credits: TypedSpan[] = [];
  for (let i = open + 1; PATTERNS.agencyName.test(tokens[i]?.text ?? ''); i += 2) {
    credits.push(spanOf(tokens, 0, i, i, 'organization'));
    if (!PATTERNS.creditSeparator.test(tokens[i + 1]?.text ?? '')) break;
  }
  if (!credits.length || tokens[credits.at(-1)!.last + 1]?.text !== ')') return spans;
  const creditTokens = new Set(credits.map((credit) => credit.first));
  const others = spans.filter((span) => span.line !== 0 || !overlapsAny(span, creditTokens));
  return [...others, ...credits];
}

function overlapsAny(span: TypedSpan, indices: Set<number>): boolean {
  for (let i = span.first; i <= span.last; i++) if (indices.has(i)) return true;
  return false;
}

function isCovered(spans: TypedSpan[], line: number, i: number): boolean {
  return spans.some((span) => span.line === line && span.first <= i && i <= span.last);
}

function spanOf(tokens: Token[], line: number, first: number, last: number, type: EntityType): TypedSpan {
  return { label: LABEL_OF_TYPE[type], type, line, first, last, start: tokens[first].start, end: tokens[last].end };
}
