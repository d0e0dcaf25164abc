/**
 * Titles before a person's name become the person's role, never part of the name:
 * "US Secretary of State Antony Blinken" → Antony Blinken, "US Secretary of State";
 * "Ukraine’s President Volodymyr Zelensky" → Volodymyr Zelensky, "President of Ukraine";
 * "Japanese Prime Minister Fumio Kishida" → Fumio Kishida, "Prime Minister of Japan";
 * "Chinese leader Xi Jinping" → Xi Jinping, "Chinese leader".
 */
import { COUNTRIES_WITH_ARTICLE, COUNTRY_OF_DEMONYM, HONORIFICS, TITLES } from './news-lexicon';
import type { TypedSpan } from './recognizer';
import type { TokenLine } from './tokens';

/** Longest title, in tokens. */
const MAX_TITLE_TOKENS = 4;

const TITLE_SET = new Set(TITLES);
const HONORIFIC_SET = new Set(HONORIFICS);

const PATTERNS = {
  possessive: /^['’][sS]$/,
  capitalized: /^\p{Lu}/u,
};

/** Strips titles and honorifics off person spans, gives them roles, and drops spans that are only a title. */
export function attachRoles(tagged: TypedSpan[], lines: TokenLine[]): TypedSpan[] {
  const spans = tagged.flatMap((span) => splitAtInnerTitle(span, lines[span.line].tokens));
  const titleTokens = new Set<string>();
  const roled: TypedSpan[] = spans.map((span) => {
    if (span.type !== 'person') return span;
    const tokens = lines[span.line].tokens;
    const lowered = tokens.map((token) => token.text.toLowerCase());
    const title = titleBefore(lowered, span.first, span.last);
    if (!title) return span;
    for (let i = title.start; i <= title.end; i++) titleTokens.add(`${span.line}:${i}`);
    const first = title.end + 1;
    const titleText = tokens.slice(title.start, title.end + 1).map((token) => token.text).join(' ');
    const role = title.isHonorific ? undefined : roleOf(titleText, qualifierBefore(spans, span.line, tokens, title.start));
    return { ...span, first, start: tokens[first].start, ...(role ? { role } : {}) };
  });
  return roled.filter((span) => !isInsideTitle(span, titleTokens));
}

/**
 * A name the tagger ran together with a capitalized title and the person after it ("US Secretary
 * of State Antony Blinken" as one organization) is split: what stands before the title keeps its
 * type, the words after it are a person (whose title the next step turns into a role).
 */
function splitAtInnerTitle(span: TypedSpan, tokens: TokenLine['tokens']): TypedSpan[] {
  if (span.type === 'person') return [span];
  const lowered = tokens.map((token) => token.text.toLowerCase());
  for (let start = span.first; start < span.last; start++) {
    if (!PATTERNS.capitalized.test(tokens[start].text)) continue;
    for (let end = Math.min(span.last - 1, start + MAX_TITLE_TOKENS - 1); end >= start; end--) {
      if (!TITLE_SET.has(lowered.slice(start, end + 1).join(' '))) continue;
      const person: TypedSpan = { ...span, type: 'person', label: 'PER', first: start, start: tokens[start].start };
      if (start === span.first) return [person];
      const before = { ...span, last: start - 1, end: tokens[start - 1].end };
      return [before, person];
    }
  }
  return [span];
}

/**
 * The title or honorific that ends right before the name proper: either before the span, or at
 * the span's own start when the tagger took it in ("President Volodymyr Zelensky").
 */
function titleBefore(lowered: string[], first: number, last: number): { start: number; end: number; isHonorific: boolean } | null {
  let found: { start: number; end: number; isHonorific: boolean } | null = null;
  for (let end = first - 1; end < last; end++) {
    for (let start = Math.max(0, end - MAX_TITLE_TOKENS + 1); start <= Math.min(end, first); start++) {
      const phrase = lowered.slice(start, end + 1).join(' ');
      if (TITLE_SET.has(phrase) || HONORIFIC_SET.has(phrase)) {
        found = { start, end, isHonorific: HONORIFIC_SET.has(phrase) };
        break;
      }
    }
  }
  return found;
}

interface Qualifier {
  /** As written: "US", "Ukraine", "Japanese". */
  text: string;
  /** The country it names: "Ukraine", "Japan". */
  country: string;
  isDemonym: boolean;
}

/** The country (a place or organization name, possibly possessive, or a demonym) right before a title. */
function qualifierBefore(spans: TypedSpan[], line: number, tokens: TokenLine['tokens'], titleStart: number): Qualifier | null {
  let end = titleStart - 1;
  if (end >= 0 && PATTERNS.possessive.test(tokens[end].text)) end--;
  if (end < 0) return null;
  const named = spans.find((span) => span.line === line && span.last === end && span.type !== 'person');
  if (named) {
    const text = tokens.slice(named.first, named.last + 1).map((token) => token.text).join(' ');
    return { text, country: text, isDemonym: false };
  }
  const country = COUNTRY_OF_DEMONYM[tokens[end].text.toLowerCase()];
  return country && PATTERNS.capitalized.test(tokens[end].text) ? { text: tokens[end].text, country, isDemonym: true } : null;
}

/** The role as a reader would name it, "X of Country" where the title is an office written capitalized. */
function roleOf(title: string, qualifier: Qualifier | null): string {
  if (!qualifier) return capitalize(title);
  const isOffice = PATTERNS.capitalized.test(title);
  if (!isOffice && qualifier.isDemonym) return `${qualifier.text} ${title}`;
  if (title.includes(' of ')) return `${qualifier.text} ${capitalize(title)}`;
  const article = COUNTRIES_WITH_ARTICLE.has(qualifier.country) ? 'the ' : '';
  return `${capitalize(title)} of ${article}${qualifier.country}`;
}

function isInsideTitle(span: TypedSpan, titleTokens: Set<string>): boolean {
  for (let i = span.first; i <= span.last; i++) if (!titleTokens.has(`${span.line}:${i}`)) return false;
  return true;
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
