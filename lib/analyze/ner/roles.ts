/**
 * Titles before a person's name become the person's role, never part of the name:
 * "US Secretary of State Antony Blinken" → Antony Blinken, "US Secretary of State";
 * "Ukraine’s President Volodymyr Zelensky" → Volodymyr Zelensky, "President of Ukraine";
 * "Japanese Prime Minister Fumio Kishida" → Fumio Kishida, "Prime Minister of Japan";
 * "Chinese leader Xi Jinping" → Xi Jinping, "Chinese leader"; and so do appositions:
 * "Dmytro Kuleba, Ukraine’s foreign minister," → "Foreign Minister of Ukraine".
 */
import { isCommonWord, isKnownPhrase, type Lexicons } from './lexicons';
import { COUNTRIES_WITH_ARTICLE, COUNTRY_OF_DEMONYM, HONORIFICS, TITLES } from './news-lexicon';
import type { TypedSpan } from './recognizer';
import { isCapitalised, loweredPhrase, type TokenLine } from './tokens';

/** Longest title, in tokens. */
const MAX_TITLE_TOKENS = 4;

/** Longest country or body named before a title in an apposition ("the United Arab Emirates’"), in tokens. */
const MAX_QUALIFIER_TOKENS = 4;

const TITLE_SET = new Set(TITLES);
const HONORIFIC_SET = new Set(HONORIFICS);

const PATTERNS = {
  possessive: /^['’][sS]$/,
  article: /^(?:a|an|the)$/i,
  /** What closes an apposition: "Blinken, the US Secretary of State, said" / "… of State." */
  appositionEnd: /^[,.;:)–—]$/u,
};

/** Strips titles and honorifics off person spans, gives them roles, and drops spans that are only a title. */
export function attachRoles(tagged: TypedSpan[], lines: TokenLine[], lexicons: Lexicons): TypedSpan[] {
  const spans = tagged.flatMap((span) => splitAtInnerTitle(span, lines[span.line], lexicons));
  const titleTokens = new Set<string>();
  const roled: TypedSpan[] = spans.map((span) => {
    if (span.type !== 'person') return span;
    const { tokens, lowered } = lines[span.line];
    const title = titleBefore(lowered, span.first, span.last);
    if (!title) {
      const role = roleInApposition(span, lines[span.line]);
      return role ? { ...span, role } : span;
    }
    for (let i = title.start; i <= title.end; i++) titleTokens.add(`${span.line}:${i}`);
    const first = title.end + 1;
    const titleText = tokens
      .slice(title.start, title.end + 1)
      .map((token) => token.text)
      .join(' ');
    const role = title.isHonorific
      ? undefined
      : roleOf(titleText, qualifierBefore(spans, span.line, tokens, title.start));
    return { ...span, first, start: tokens[first].start, ...(role ? { role } : {}) };
  });
  return roled.filter((span) => !isInsideTitle(span, titleTokens));
}

/**
 * A name the tagger ran together with a capitalized title and the person after it ("US Secretary
 * of State Antony Blinken" as one organization) is split: what stands before the title keeps its
 * type, the words after it are a person (whose title the next step turns into a role). Not a
 * name the lexicons know whole ("U.N. General Assembly", seen on a Washington Post page as the
 * person "Assembly", General of U.N.), nor one where only common words follow the title.
 */
function splitAtInnerTitle(span: TypedSpan, line: TokenLine, lexicons: Lexicons): TypedSpan[] {
  if (span.type === 'person') return [span];
  const { tokens } = line;
  for (let start = span.first; start < span.last; start++) {
    if (!isCapitalised(tokens[start].text)) continue;
    for (let end = Math.min(span.last - 1, start + MAX_TITLE_TOKENS - 1); end >= start; end--) {
      if (!TITLE_SET.has(loweredPhrase(line, start, end))) continue;
      if (namesNoOneAfterTitle(span, line, end, lexicons)) return [span];
      const person: TypedSpan = { ...span, type: 'person', label: 'PER', first: start, start: tokens[start].start };
      if (start === span.first) return [person];
      const before = { ...span, last: start - 1, end: tokens[start - 1].end };
      return [before, person];
    }
  }
  return [span];
}

/**
 * A name known whole, only common words after its title `titleEnd`, or a name that ends as an
 * organization's does ("General Motors Co", "General Electric": a firm named with a title's word,
 * read as the person "Motors Co" on a Reuters page): no person to split out.
 */
function namesNoOneAfterTitle(span: TypedSpan, line: TokenLine, titleEnd: number, lexicons: Lexicons): boolean {
  return (
    isKnownPhrase(loweredPhrase(line, span.first, span.last), lexicons) ||
    lexicons.orgWords.has(line.lowered[span.last]) ||
    line.tokens.slice(titleEnd + 1, span.last + 1).every((token) => isCommonWord(token.text, lexicons.wordClasses))
  );
}

/**
 * The title or honorific that ends right before the name proper: either before the span, or at
 * the span's own start when the tagger took it in ("President Volodymyr Zelensky").
 */
function titleBefore(
  lowered: string[],
  first: number,
  last: number,
): { start: number; end: number; isHonorific: boolean } | null {
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

/**
 * The role an apposition gives a name: "Antony Blinken, the US Secretary of State, said";
 * "Dmytro Kuleba, Ukraine’s foreign minister."; "Ana Ruiz, a spokeswoman, said".
 */
function roleInApposition(person: TypedSpan, { words, lowered }: TokenLine): string | null {
  let k = person.last + 1;
  if (words[k] !== ',') return null;
  k++;
  if (PATTERNS.article.test(words[k] ?? '')) k++;
  for (let start = k; start <= k + MAX_QUALIFIER_TOKENS && start < words.length; start++) {
    for (let end = Math.min(start + MAX_TITLE_TOKENS, words.length) - 1; end >= start; end--) {
      if (
        !TITLE_SET.has(lowered.slice(start, end + 1).join(' ')) ||
        !PATTERNS.appositionEnd.test(words[end + 1] ?? '.')
      )
        continue;
      const qualifierWords = words.slice(k, PATTERNS.possessive.test(words[start - 1] ?? '') ? start - 1 : start);
      if (!qualifierWords.every((word) => isCapitalised(word))) return null;
      return roleOf(words.slice(start, end + 1).join(' '), qualifierOf(qualifierWords));
    }
  }
  return null;
}

/** A qualifier written out: a demonym ("German") or a name ("US", "Ukraine"); none when empty. */
function qualifierOf(qualifierWords: string[]): Qualifier | null {
  if (!qualifierWords.length) return null;
  const text = qualifierWords.join(' ');
  const country = qualifierWords.length === 1 ? COUNTRY_OF_DEMONYM[text.toLowerCase()] : undefined;
  return { text, country: country ?? text, isDemonym: !!country };
}

interface Qualifier {
  /** As written: "US", "Ukraine", "Japanese". */
  text: string;
  /** The country it names: "Ukraine", "Japan". */
  country: string;
  isDemonym: boolean;
}

/** The country (a place or organization name, possibly possessive, or a demonym) right before a title. */
function qualifierBefore(
  spans: TypedSpan[],
  line: number,
  tokens: TokenLine['tokens'],
  titleStart: number,
): Qualifier | null {
  let end = titleStart - 1;
  if (end >= 0 && PATTERNS.possessive.test(tokens[end].text)) end--;
  if (end < 0) return null;
  const named = spans.find((span) => span.line === line && span.last === end && span.type !== 'person');
  if (named) {
    const text = tokens
      .slice(named.first, named.last + 1)
      .map((token) => token.text)
      .join(' ');
    return { text, country: text, isDemonym: false };
  }
  const country = COUNTRY_OF_DEMONYM[tokens[end].text.toLowerCase()];
  return country && isCapitalised(tokens[end].text) ? { text: tokens[end].text, country, isDemonym: true } : null;
}

/** The role as a reader would name it, "X of Country" where the title is an office written capitalized. */
function roleOf(title: string, qualifier: Qualifier | null): string {
  if (!qualifier) return capitalize(title);
  const isOffice = isCapitalised(title);
  if (!isOffice && qualifier.isDemonym) return `${qualifier.text} ${title}`;
  if (title.includes(' of ')) return `${qualifier.text} ${capitalize(title)}`;
  const article = COUNTRIES_WITH_ARTICLE.has(qualifier.country) ? 'the ' : '';
  return `${title.split(' ').map(capitalize).join(' ')} of ${article}${qualifier.country}`;
}

function isInsideTitle(span: TypedSpan, titleTokens: Set<string>): boolean {
  for (let i = span.first; i <= span.last; i++) if (!titleTokens.has(`${span.line}:${i}`)) return false;
  return true;
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}
