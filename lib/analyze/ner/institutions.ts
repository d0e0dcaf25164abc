/**
 * An institution named for its purpose runs over "for": "Chinese Center for Disease Control and
 * Prevention", "National Society for the Prevention of Cruelty to Children". The tagger cuts such
 * a name at the lower-case "for" (seen on Smithsonian, Washington Examiner and Al-Bawaba pages: a
 * place "Chinese Center", two organizations "National Society" and "Prevention of Cruelty"); this
 * reads the whole name as one organization. The same over "of" after an institution's head
 * ("University of California", "Linguistic Society of America", "National Library of the
 * Netherlands"), which the tagger cuts into a place and no name (GUM's biographies and papers).
 */
import type { TypedSpan } from './recognizer';
import { isCapitalised, type TokenLine } from './tokens';

/** The last word of an institution's name before "for" ("Center for …", "Committee for the …"). */
const INSTITUTION_HEADS = new Set([
  'academy',
  'agency',
  'alliance',
  'association',
  'authority',
  'board',
  'bureau',
  'campaign',
  'center',
  'centre',
  'coalition',
  'commission',
  'committee',
  'council',
  'department',
  'federation',
  'foundation',
  'fund',
  'institute',
  'league',
  'ministry',
  'office',
  'organisation',
  'organization',
  'society',
  'trust',
  'union',
]);

/** How an institution's name runs on: the lower-case word after its head, and the heads it follows. */
export interface InstitutionJoin {
  word: string;
  heads: ReadonlySet<string>;
}

/** "Center for Disease Control": a name of its purpose. */
export const JOINED_BY_FOR: InstitutionJoin = { word: 'for', heads: INSTITUTION_HEADS };

/** "University of California": a name of its place or field; a school's heads too. */
export const JOINED_BY_OF: InstitutionJoin = {
  word: 'of',
  heads: new Set([...INSTITUTION_HEADS, 'university', 'college', 'library', 'conservatory', 'school', 'museum']),
};

/** Words that open a phrase, not a name, though capitalised at a sentence's start. */
const ARTICLES = new Set(['the', 'a', 'an']);

/** Lower-case words a name's purpose may hold between its capitalised words ("Prevention of Cruelty to Children"). */
const INNER_WORDS = new Set(['of', 'and', 'to', '&']);

/** The institution names of a text's lines joined by `join`, each replacing the spans the tagger cut it into. */
export function joinInstitutionNames(spans: TypedSpan[], lines: TokenLine[], join: InstitutionJoin): TypedSpan[] {
  const names = lines.flatMap((line, l) => institutionNames(line, l, join));
  if (names.length === 0) return spans;
  const overlaps = (span: TypedSpan, name: TypedSpan) =>
    name.line === span.line && span.first <= name.last && span.last >= name.first;
  // Never shorter than a span the tagger found over it ("Organisation for Security and Cooperation in Europe").
  const joined = names.map((name) => {
    const whole = { ...name };
    for (const span of spans.filter((tagged) => overlaps(tagged, name))) {
      whole.first = Math.min(whole.first, span.first);
      whole.last = Math.max(whole.last, span.last);
      whole.start = Math.min(whole.start, span.start);
      whole.end = Math.max(whole.end, span.end);
    }
    return whole;
  });
  const inside = (span: TypedSpan) => joined.some((name) => overlaps(span, name));
  return [...spans.filter((span) => !inside(span)), ...joined].sort((a, b) => a.start - b.start);
}

/** The names "<capitalised words ending in an institution's head> for|of [the] <capitalised words>" of one line. */
function institutionNames(line: TokenLine, l: number, { word, heads }: InstitutionJoin): TypedSpan[] {
  const { tokens, words, lowered } = line;
  const names: TypedSpan[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (lowered[i] !== word || !isCapitalised(words[i - 1]) || !heads.has(lowered[i - 1])) continue;
    let first = i - 1;
    while (first > 0 && isCapitalised(words[first - 1]) && !ARTICLES.has(lowered[first - 1])) first--;
    const purpose = lowered[i + 1] === 'the' ? i + 2 : i + 1;
    if (purpose >= tokens.length || !isCapitalised(words[purpose])) continue;
    let last = purpose;
    while (
      last + 1 < tokens.length &&
      (isCapitalised(words[last + 1]) ||
        (INNER_WORDS.has(lowered[last + 1]) && last + 2 < tokens.length && isCapitalised(words[last + 2])))
    )
      last += isCapitalised(words[last + 1]) ? 1 : 2;
    names.push({
      label: 'ORG',
      type: 'organization',
      line: l,
      first,
      last,
      start: tokens[first].start,
      end: tokens[last].end,
    });
    i = last;
  }
  return names;
}
