/**
 * The dateline and wire credits that open a news story: "Moscow, March 21 (AFP/APP): …",
 * "WASHINGTON (Reuters) - …", "LONDON, Jan 5 (Reuters) - …", "PARIS — …", "(AP) — …".
 */

export interface Dateline {
  /** Place of the dateline, e.g. "Moscow". */
  dateline: string | null;
  /** Wire agencies credited, e.g. ["AFP", "APP"]. */
  agencies: string[];
  /** Where the story proper starts, after the dateline prefix (0 when there is none). */
  bodyStart: number;
}

// The patterns' sources are raw text, so their curly apostrophe (\u2019) and dashes (\u2013,
// \u2014) are written as the regular expression's escapes: the build can then ship the whole
// background as ASCII (see wxt.config.ts), which the browser reads at half the size.
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:,?\s+\d{4})?)`;
/** A place word: "Moscow", "WASHINGTON", "St.", "Port-au-Prince", "Sao". */
const PLACE_WORD = String.raw`[\p{Lu}][\p{L}'\u2019.-]*`;
const PLACE = String.raw`${PLACE_WORD}(?:\s+(?:${PLACE_WORD}|de|du|la|al|el|es|of))*`;
/** "(AFP/APP)", "(Reuters)", "(AP Photo)" is not a credit but "(AP)" is. */
const CREDIT = String.raw`\(([\p{L}][\p{L}\d&.' -]{0,40}(?:\s*[/,]\s*[\p{L}][\p{L}\d&.' -]{0,40})*)\)`;
/** "/PRNewswire/" style credits of press-release wires. */
const SLASH_CREDIT = String.raw`/([\p{L}][\p{L}\d -]{1,30})/`;
const SEPARATOR = String.raw`\s*(?:--|[-\u2013\u2014:])\s*`;

/** Patterns by meaning, in one table. */
const PATTERNS = {
  /** PLACE[, Region][, DATE] (CREDIT) SEP */
  placeWithCredit: new RegExp(
    String.raw`^(${PLACE})(?:,\s*(?!${DATE})(${PLACE}))?(?:,?\s*(${DATE}))?\s*(?:${CREDIT}|${SLASH_CREDIT})${SEPARATOR}`,
    'u',
  ),
  /** PLACE[, Region], DATE SEP, e.g. "Moscow, March 21: …" */
  placeWithDate: new RegExp(String.raw`^(${PLACE})(?:,\s*(?!${DATE})(${PLACE}))?,?\s*(${DATE})${SEPARATOR}`, 'u'),
  /** CAPITALISED PLACE[, Region] — e.g. "PARIS — …" (a dash, not a colon: "NOTE: …" is no place). */
  capitalPlace: new RegExp(
    String.raw`^([\p{Lu}][\p{Lu}'\u2019.-]+(?:\s+[\p{Lu}][\p{Lu}'\u2019.-]+)*)(?:,\s*(${PLACE}))?\s*(?:--|[-\u2013\u2014])\s*`,
    'u',
  ),
  /** (CREDIT) SEP with no place: "(AP) — …" */
  creditOnly: new RegExp(String.raw`^${CREDIT}${SEPARATOR}`, 'u'),
  /** Splits "AFP/APP", "AP, Reuters", "AFP and Reuters". */
  creditSeparator: /\s*(?:\/|,|\band\b)\s*/,
  /** Parenthesised words that are not a credit: "(Photo)", "(Updated)". */
  notACredit: /^(?:photo|video|updated?|file|pictured|left|right|centre|center|reuters photo)$/i,
  /** Capitalised labels that open paragraphs but are no place. */
  notAPlace:
    /^(?:BREAKING(?: NEWS)?|UPDATE[DS]?|EXCLUSIVE|WATCH|LIVE|OPINION|ANALYSIS|EDITORIAL|EDITOR'S NOTE|NOTE|CORRECTION|ADVERTISEMENT|FILE|PHOTO|VIDEO|READ MORE|RELATED|SPONSORED)$/,
};

/**
 * How many of the text's first paragraphs may hold the dateline (a standfirst may come first).
 * Lines that end with no full stop (a label, a time stamp, "Breaking News Emails") are no paragraph
 * of the story and are not counted: a page's extracted text may open with several.
 */
const PARAGRAPHS_SEARCHED = 3;

/** Lines read at the most, counted or not: a text of many short lines (a list, a table) is not all read. */
const LINES_SEARCHED = 10;

/** A line ends as a sentence does: a full stop, then any closing quote or bracket. */
const ENDS_AS_SENTENCE = /[.!?…]["”’)]*\s*$/;
/** A credit of more words than this is a parenthetical remark, not an agency. */
const MAX_CREDIT_WORDS = 4;

const NONE: Dateline = { dateline: null, agencies: [], bodyStart: 0 };

function creditsOf(credit: string | undefined): string[] | null {
  if (!credit) return [];
  const names = credit
    .split(PATTERNS.creditSeparator)
    .map((name) => name.trim())
    .filter(Boolean);
  const valid = names.every(
    (name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= MAX_CREDIT_WORDS && !PATTERNS.notACredit.test(name),
  );
  return valid && names.length > 0 ? names : null;
}

/** "WASHINGTON" → "Washington", "NEW YORK" → "New York"; mixed-case places stay as printed. */
function placeName(place: string): string {
  if (place !== place.toUpperCase()) return place;
  return place.replace(/\p{L}+/gu, (word) => (word.length <= 2 ? word : word[0] + word.slice(1).toLowerCase()));
}

function readPrefix(paragraph: string): { place: string | null; agencies: string[]; length: number } | null {
  const withCredit = PATTERNS.placeWithCredit.exec(paragraph);
  if (withCredit) {
    const agencies = creditsOf(withCredit[4] ?? withCredit[5]);
    if (agencies) return { place: placeName(withCredit[1]), agencies, length: withCredit[0].length };
  }
  const creditOnly = PATTERNS.creditOnly.exec(paragraph);
  if (creditOnly) {
    const agencies = creditsOf(creditOnly[1]);
    if (agencies) return { place: null, agencies, length: creditOnly[0].length };
  }
  const withDate = PATTERNS.placeWithDate.exec(paragraph);
  if (withDate) return { place: placeName(withDate[1]), agencies: [], length: withDate[0].length };
  const capital = PATTERNS.capitalPlace.exec(paragraph);
  if (capital && !PATTERNS.notAPlace.test(capital[1])) {
    return { place: placeName(capital[1]), agencies: [], length: capital[0].length };
  }
  return null;
}

export function readDateline(text: string): Dateline {
  let offset = 0;
  let paragraphs = 0;
  for (const paragraph of text.split('\n', LINES_SEARCHED)) {
    const prefix = readPrefix(paragraph);
    if (prefix && prefix.length < paragraph.length) {
      return { dateline: prefix.place, agencies: prefix.agencies, bodyStart: offset + prefix.length };
    }
    if (ENDS_AS_SENTENCE.test(paragraph) && ++paragraphs === PARAGRAPHS_SEARCHED) break;
    offset += paragraph.length + 1;
  }
  return NONE;
}
