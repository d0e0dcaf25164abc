/**
 * The story's own title out of the title a page declares. Pages add their site's name, the
 * author's or a section's to the headline, set off by a separator: "Whale strandings | Eleanor
 * Ainge Roy" (the Guardian's og:title for a signed piece), "How to Build a Terrarium | eHow",
 * "Samantha and The Great Big Lie - John C. Welch - Medium". Such a part is cut only when the page
 * itself says what it is, never by its length or place alone: it names the site (the page's
 * metadata or its address), or the byline; or the part left is one of the page's headings.
 */
import { nameKey, siteNameKeys } from '../page/site-names';

/** What the page says of itself, to recognise the parts of its title that are not the story's. */
export interface TitleEvidence {
  /** The site's names: og:site_name, the publisher, application-name. */
  siteNames: readonly string[];
  /** The byline's names. */
  bylines: readonly string[];
  /** The page's address (its host names the site), when it has one. */
  url: string | null;
  /** The text of the page's top headings (h1). */
  headings: readonly string[];
}

/** Patterns by meaning, in one table. */
const TITLE_PATTERNS = {
  /**
   * A separator between a title's parts: a bar, a dash of any length, a middle dot, a guillemet,
   * a double colon or a double slash, with a space on each side (a hyphen inside a word is not one).
   */
  separator: /\s+(?:[|\-–—·»]|::|\/\/)\s+/g,
  /** "Byline: A, B and C": the names in a byline. */
  bylineNameSeparator: /\s*,\s*|\s+(?:and|&)\s+/i,
};

/**
 * A heading must have this many words to be taken for the story's title when the page's title
 * says more: Readability's own measure of a title too short to stand alone (three words).
 */
const MIN_HEADING_TITLE_WORDS = 3;

/** The story's title: the declared title without the parts that name the site or the author. */
export function storyTitle(title: string, evidence: TitleEvidence): string {
  const names = new Set([...siteNameKeys(evidence.siteNames, evidence.url), ...evidence.bylines.flatMap(bylineKeys)]);
  names.delete('');
  let parts = partsOf(title);
  while (parts.length > 1 && names.has(nameKey(parts[parts.length - 1].text))) parts = parts.slice(0, -1);
  while (parts.length > 1 && names.has(nameKey(parts[0].text))) parts = parts.slice(1);
  return headingAmong(parts, evidence.headings) ?? joined(parts);
}

/** A part of a title, with the separator that came before it ("" for the first). */
interface TitlePart {
  separator: string;
  text: string;
}

function partsOf(title: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let start = 0;
  let separator = '';
  for (const match of title.trim().matchAll(TITLE_PATTERNS.separator)) {
    parts.push({ separator, text: title.trim().slice(start, match.index) });
    separator = match[0];
    start = match.index + match[0].length;
  }
  parts.push({ separator, text: title.trim().slice(start) });
  return parts;
}

function joined(parts: readonly TitlePart[]): string {
  return parts.map((part, index) => (index === 0 ? part.text : part.separator + part.text)).join('');
}

/**
 * The longest run of leading parts that is one of the page's headings, if it is long enough, and
 * if what it would cut is none: a page's h1s may be its logo's and its headline, and "Los Angeles
 * Times - Fire update: 3 dead" is not cut to the logo's words.
 */
function headingAmong(parts: readonly TitlePart[], headings: readonly string[]): string | null {
  const headingKeys = new Set(headings.map(nameKey));
  for (let end = parts.length - 1; end > 0; end--) {
    const candidate = joined(parts.slice(0, end));
    const words = candidate.split(/\s+/).length;
    const cutIsHeading = headingKeys.has(nameKey(joined(parts.slice(end))));
    if (words >= MIN_HEADING_TITLE_WORDS && headingKeys.has(nameKey(candidate)) && !cutIsHeading) return candidate;
  }
  return null;
}

/** The byline whole, and each of its names. */
function bylineKeys(byline: string): string[] {
  return [byline, ...byline.split(TITLE_PATTERNS.bylineNameSeparator)].map(nameKey);
}
