/**
 * The byline as the writer's name(s). Pages put more than the name where a byline is read: the
 * writer's bio or job after the name, a social handle, a date and time, the site's address, the
 * site's or a partner's name after a bar. The name is read from the smallest element that holds it
 * (a schema.org name, a link to the writer's page, an element named for the name) rather than from
 * its container's whole text, which leaves the bio, the job and the handle out; what is left that
 * is not a name is cut by kind (BYLINE_CUTS). Each rule here changed bylines of two sources or
 * more in an ablation over the three data sets (docs/quality.md).
 */
import { nonEmptyValues } from '../page/declared-values';
import { ELEMENT_NODE, TEXT_NODE } from '../page/dom-nodes';
import { DISPLAY_NONE_OR_INVISIBLE, isHiddenByMarkup } from '../page/hidden';
import { nameKey, siteNameKeys } from '../page/site-names';

/** What a byline is read from. */
export interface BylineEvidence {
  /** Readability's byline: the page's declared author (JSON-LD, meta tags) or its visible byline's text. */
  readability: string | null;
  /** Authors the page declares beside Readability's reading (its story's JSON-LD, meta author). */
  declared: ReadonlyArray<string | null>;
  /** The site's names: og:site_name, the publisher, application-name. */
  siteNames: readonly string[];
}

/** Patterns by meaning, in one table. */
const BYLINE_PATTERNS = {
  /**
   * Class or id of a byline's container: Readability's own `byline` pattern, so the container
   * found here is the one Readability read (keep in sync with REGEXPS.byline in Readability.js).
   */
  container: /byline|author|dateline|writtenby|p-author/i,
  /** A link's path to a writer's own page: "/author/jane-doe", "/people/…", "/profiles/…", "/users/…". */
  writerPage:
    /\/(?:authors?|people|person|profiles?|users?|staff|contributors?|writers?|journalists?|reporters?|columnists?)\/[^/?#]/i,
  /** A class name's parts, split at dashes, underscores and a lower-to-upper case step. */
  classNamePart: /[-_]+|(?<=\p{Ll})(?=\p{Lu})/u,
  /** A site's bare address in parentheses, "(www.dw.com)": no path, so no writer's page. */
  siteAddressInParentheses: /\(\s*(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/?\s*\)/i,
  /** Class or id of a comment section or a comment's parts. */
  comments: /comment/i,
};

/**
 * Readability's limit on a byline's container (`_isValidByline`): a longer text is no byline.
 */
const MAX_CONTAINER_LENGTH = 100;

/**
 * A class name ending so names the element holding a name inside a byline ("byline__name",
 * "author-name", "byline__author"); one that only starts so does not ("author-card__source" holds
 * "On Assignment For …", "author-bio" a bio).
 */
const NAME_CLASS_ENDINGS = new Set(['name', 'author']);

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?\s+`;

/**
 * What is not a writer's name, by kind, each with its reason; cut in this order. A date cuts all
 * that follows it, which is more of the date ("Updated …") on every page seen.
 */
const BYLINE_CUTS: ReadonlyArray<{ kind: string; reason: string; pattern: RegExp }> = [
  {
    kind: 'address',
    reason: 'a web address in parentheses or alone is where the writer or the site is, not a name',
    pattern: /\(\s*(?:https?:\/\/|www\.)[^)]*\)|(?:https?:\/\/|www\.)\S+/gi,
  },
  {
    kind: 'date or time',
    reason: 'when the story was published or updated, which the metadata carries apart',
    pattern: new RegExp(
      String.raw`(?:\b(?:last\s+)?(?:updated|published|posted|modified)\b[:\s]*(?:on\s+)?)?(?:` +
        String.raw`(?:\b${WEEKDAY})?\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b|` + // May 21, Fri May 3
        String.raw`(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s+\d{4}|` + // 22 Dec 2016
        String.raw`(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|` + // 2019-05-21, 21.05.2019
        String.raw`(?<!\d)\d{1,2}:\d{2}\s*(?:[ap]\.?m\b\.?)?` + // 9:06 AM
        ').*$',
      'is',
    ),
  },
  {
    kind: 'what follows a bar',
    reason: 'a bar never parts two writers; after it comes a site, a partner or a section ("Jane Doe | ET Online")',
    pattern: /\s*\|.*$/s,
  },
  {
    kind: 'label',
    reason: 'the page’s word before the name, not part of it ("By", "Written by", "Author:")',
    pattern: /^\s*(?:(?:written|posted|reported)\s+)?by\b:?\s*|^\s*(?:authors?|writers?|byline)\s*:\s*/i,
  },
];

/** A part left with no letter (a comma, a dash) names no one. */
const HAS_LETTER = /\p{L}/u;

/** Words a byline joins names with, kept in lower case when the byline is put in the case of names. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'with', 'for', 'of', 'the', 'in']);

/** Where a name's part starts inside a word: its first letter, and one after a hyphen or an apostrophe ("al-Haj", "O'Brien"). */
const NAME_PART_START = /(^|[-'’])(\p{L})/gu;

/** The byline: the writer's names, what is not a name cut; null when the page names no one. */
export function readByline(doc: Document, evidence: BylineEvidence): string | null {
  const siteKeys = new Set(siteNameKeys(evidence.siteNames, doc.URL || null));
  const visible = visibleByline(doc);
  const readFromVisible = visible !== null && evidence.readability !== null && visible.reads(evidence.readability);
  const declared = nonEmptyValues([readFromVisible ? null : evidence.readability, ...evidence.declared])
    .map((text) => ({ raw: text, names: cleanBylineText(text, siteKeys) }))
    .filter(({ names }) => names !== null);
  const writer = declared.find(({ raw, names }) => !namesTheSite(raw, names!, siteKeys));
  // With no writer, the site's own name stays (the summary hides it beside the same site name); a
  // site written with its address is the site under another name ("Deutsche Welle (www.dw.com)" on
  // "DW.COM"), which the summary would show as a writer ("DW.COM · By Deutsche Welle").
  const siteByItsName = declared.find(({ raw }) => !BYLINE_PATTERNS.siteAddressInParentheses.test(raw));
  const byline = writer ? writer.names : (visible?.names(siteKeys) ?? siteByItsName?.names ?? null);
  return byline && inNameCase(byline);
}

/**
 * A byline of two words or more written all in capitals or all in lower case ("JOE HILDEBRAND",
 * "ahmed al-haj and noha elhennawy, associated press": ABC's, AP's through Yahoo, the Herald
 * Sun's, the Jerusalem Post's) reads as a shout or a slip in the summary: it is put in the case
 * of names. One word alone stays as written: it is as often an agency or a handle ("PTI",
 * "admin"). A byline in mixed case is the writer's own spelling ("ElHennawy", "de Mistura").
 */
export function inNameCase(byline: string): string {
  const words = byline.split(/\s+/).filter((word) => HAS_LETTER.test(word));
  // The joining words are left out of the test: "JANE ROE and JOHN DOE" is written in capitals.
  const nameWords = words.filter((word) => !JOINING_WORDS.has(word)).join(' ');
  const oneCase = nameWords === nameWords.toLowerCase() || nameWords === nameWords.toUpperCase();
  if (!oneCase || nameWords.toLowerCase() === nameWords.toUpperCase() || words.length < 2) return byline;
  return byline
    .toLowerCase()
    .split(/(\s+)/)
    .map((word) =>
      JOINING_WORDS.has(word)
        ? word
        : word.replace(NAME_PART_START, (_, before, letter) => before + letter.toUpperCase()),
    )
    .join('');
}

/**
 * Does a declared byline name the site rather than a writer: the site's own name, or a name with
 * the site's bare address ("Deutsche Welle (www.dw.com)"; an address with a path is a writer's page)?
 */
function namesTheSite(raw: string, names: string, siteKeys: Set<string>): boolean {
  return siteKeys.has(nameKey(names)) || BYLINE_PATTERNS.siteAddressInParentheses.test(raw);
}

/** One text of a byline with what is not a name cut: null when nothing is left. */
export function cleanBylineText(text: string, siteKeys: ReadonlySet<string> = new Set()): string | null {
  let cleaned = text.replace(/\s+/g, ' ');
  for (const { pattern } of BYLINE_CUTS) cleaned = cleaned.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
  cleaned = withoutTrailingSiteName(cleaned, siteKeys).replace(/^[\s,;–—-]+|[\s,;–—-]+$/g, '');
  return HAS_LETTER.test(cleaned) ? cleaned : null;
}

/** "Alex Stambaugh, CNN" on CNN's page → "Alex Stambaugh": the site's name after a comma or a dash. */
function withoutTrailingSiteName(text: string, siteKeys: ReadonlySet<string>): string {
  const match = /^(.*\p{L}.*?)\s*(?:,|\s[–—-])\s*([^,–—]+)$/u.exec(text);
  return match && siteKeys.has(nameKey(match[2])) ? match[1] : text;
}

/** The page's visible byline: its container, and the names read from it. */
interface VisibleByline {
  /** Is this text Readability's reading of the same byline (its container's or its name's text)? */
  reads: (text: string) => boolean;
  /** The writers' names, or null when none is left once what is not a name is cut. */
  names: (siteKeys: ReadonlySet<string>) => string | null;
}

/**
 * The first visible byline in the body, found as Readability finds it (rel=author, an itemprop of
 * author, a class or id saying byline or author, under 100 characters), so the two agree on which.
 */
function visibleByline(doc: Document): VisibleByline | null {
  const container = Array.from(doc.body?.querySelectorAll('*') ?? []).find(isBylineContainer);
  if (!container) return null;
  const holders = nameHolders(container);
  const texts = [container, ...holders].map((element) => collapsed(element.textContent ?? ''));
  return {
    reads: (text) => texts.includes(collapsed(text)),
    names: (siteKeys) => {
      const names =
        holders.length > 0 ? holders.map((holder) => namesIn(holder, siteKeys)) : [namesIn(container, siteKeys)];
      const distinct = [...new Map(nonEmptyValues(names).map((name) => [nameKey(name), name])).values()];
      return distinct.join(', ') || null;
    },
  };
}

/** Does this element hold a byline, as Readability's `_isValidByline` reads it, and is it shown? */
function isBylineContainer(element: Element): boolean {
  // The attributes first: every element of the page is asked, and its text is the costly part.
  const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  const named =
    element.getAttribute('rel') === 'author' ||
    (element.getAttribute('itemprop') ?? '').includes('author') ||
    BYLINE_PATTERNS.container.test(label);
  if (!named) return false;
  const length = (element.textContent ?? '').trim().length;
  return length > 0 && length < MAX_CONTAINER_LENGTH && !isOutOfStory(element);
}

/**
 * Not the story's byline: hidden by the page itself (as Readability's `_isProbablyVisible` reads
 * it, attributes only), or a commenter's name, in a comment section or a comment form's field
 * ("comment-form-author": "Name (required)"), which Readability never meets: it drops comment
 * sections before it looks for a byline.
 */
function isOutOfStory(element: Element): boolean {
  if (element.querySelector('input, label, textarea') !== null) return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isHiddenByMarkup(node, DISPLAY_NONE_OR_INVISIBLE)) return true;
    if (node.localName === 'form') return true;
    if (BYLINE_PATTERNS.comments.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`))
      return true;
  }
  return false;
}

/**
 * The smallest elements in the container that hold a writer's name: a schema.org name, a link to
 * the writer's page or rel=author, an element whose class ends in a name or an author
 * ("byline__name", "byline__author"); the innermost where they nest.
 */
function nameHolders(container: Element): Element[] {
  const holders = Array.from(container.querySelectorAll('*')).filter(
    (element) => holdsAName(element) && (element.textContent ?? '').trim(),
  );
  return holders.filter((holder) => !holders.some((other) => other !== holder && holder.contains(other)));
}

function holdsAName(element: Element): boolean {
  if ((element.getAttribute('itemprop') ?? '').split(/\s+/).includes('name')) return true;
  if (element.localName === 'a' && isWriterLink(element)) return true;
  const classes = (element.getAttribute('class') ?? '').split(/\s+/);
  return classes.some((name) => NAME_CLASS_ENDINGS.has(name.split(BYLINE_PATTERNS.classNamePart).pop()!.toLowerCase()));
}

function isWriterLink(link: Element): boolean {
  if ((link.getAttribute('rel') ?? '').split(/\s+/).includes('author')) return true;
  return BYLINE_PATTERNS.writerPage.test(link.getAttribute('href') ?? '');
}

/** The names in an element's text, what is not a name cut; null when none is left. */
function namesIn(element: Element, siteKeys: ReadonlySet<string>): string | null {
  return cleanBylineText(spacedText(element), siteKeys);
}

/**
 * An element's text with a space where two elements meet: "Jane Roe<span>| Partner</span>" shows
 * two texts, not one word, and the cuts read words.
 */
function spacedText(element: Element): string {
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
    if (node.nodeType !== ELEMENT_NODE) return;
    text += ' ';
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    text += ' ';
  };
  visit(element);
  return collapsed(text);
}

/** Whitespace runs as one space, none before a comma or a stop (a space was put where two elements meet). */
function collapsed(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:])/g, '$1')
    .trim();
}
