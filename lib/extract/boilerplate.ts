/**
 * What Readability keeps around a story that is not the story: captions and photo credits, link
 * lists (navigation, "related" boxes), time stamps and calls to action. The body text leaves them
 * out so the analysis (and the highlights) stay on the prose.
 */

import { remembered } from '../memo';
import { ELEMENT_NODE, TEXT_NODE } from '../page/dom-nodes';
import { UNSHOWN_TEXT_TAGS } from '../page/unshown-text';
import { WIDE_CHARACTERS } from './readable';

/** Patterns by meaning, in one table. */
const PATTERNS = {
  /** class/id of containers that hold no prose of the story. */
  nonProseContainer:
    /(^|[-_\s])(caption|credits?|related|share|sharing|social|newsletter|promo|breadcrumbs?|byline|timestamp|toolbar|tags|sidebar|comments?|author-?bio|read-?more|recommend\w*|outbrain|taboola)([-_\s]|$)/i,
  /** A number of a date or a time: "2019", "11:05", "19.11.2019", "11/18/19", "22". */
  dateNumber: /^\d{1,4}(?:[:./-]\d{1,4}){0,2}(?:st|nd|rd|th)?$/i,
  /** A year or a clock time, which a date line holds and a heading with a number rarely does. */
  yearOrTime: /\b(?:19|20)\d\d\b|\b\d{1,2}:\d{2}\b/,
  /** A sentence's end: a story's line ends so, a label's does not. */
  sentenceEnd: /[.!?]["”’)]?$/,
};

/** Words of a line short enough to be a label, a date or a byline, not a sentence of the story. */
const MAX_LABEL_WORDS = 8;
/**
 * Words of a copyright notice at most: a label's, and four more for an owner's longer name ("© 2019
 * CBS Interactive Inc. All Rights Reserved." has 8). A book's longer credit (on The Verge) stays.
 */
const MAX_COPYRIGHT_WORDS = MAX_LABEL_WORDS + 4;
/** Words of a byline at most: "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m." */
const MAX_BYLINE_WORDS = 16;

const wordsOf = (line: string) => line.split(/\s+/).filter(Boolean);

/** A line of a date or a time stamp alone: "November 18, 2019", "| UPDATED: 11:05, Tue, Nov 19, 2019". */
function isDateLine(line: string): boolean {
  const words = wordsOf(line.replace(/[|,·•]/g, ' '));
  if (words.length > MAX_LABEL_WORDS || !PATTERNS.yearOrTime.test(line)) return false;
  // Two numbers at least (a day and a year, a date and a time), and half its words: "Election 2020
  // results" is a heading, "— Jane Doe (@jane) November 18, 2019" the signature of a quoted tweet.
  const numbers = words.filter((word) => PATTERNS.dateNumber.test(word)).length;
  return numbers >= 2 && numbers * 2 >= words.length;
}

/** A byline: "By" and a capitalised name, with a date at most, and no sentence of the story. */
function isBylineLine(line: string): boolean {
  const words = wordsOf(line);
  if (words.length > MAX_BYLINE_WORDS || words[0]?.toLowerCase() !== 'by') return false;
  return /^\p{Lu}/u.test(words[1] ?? '') && (!PATTERNS.sentenceEnd.test(line) || /[ap]\.m\.$/i.test(line));
}

/** Lines that label the page rather than tell the story; each says why it goes. */
const META_LINES: ReadonlyArray<{ name: string; reason: string; test: (line: string) => boolean }> = [
  {
    name: 'time stamp',
    reason: 'when the page was updated or published, not what happened',
    test: (line) => /^(?:updated|published|posted|last updated|modified)\b.{0,80}$/i.test(line),
  },
  { name: 'date line', reason: 'a date or a time alone', test: isDateLine },
  {
    name: 'clock',
    reason: 'a time alone (a video length, a time stamp)',
    test: (line) => /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$/i.test(line),
  },
  { name: 'byline', reason: 'the author, which the metadata carries', test: isBylineLine },
  {
    name: 'photo credit',
    reason: "a picture's credit, not prose",
    test: (line) =>
      /^(?:(?:photo|image|picture|credit|source)s?(?: copyright)?\s*[:©].{0,100}|\(?image:.{0,80}\)?)$/i.test(line),
  },
  {
    name: 'counter',
    reason: "a gallery's position or a count of views, shares or comments",
    test: (line) =>
      /^(?:(?:image|photo|picture|slide)\s*)?\d+\s*(?:of|\/)\s*(?:\/\s*)?\d+$/i.test(line) ||
      /^[\d.,]+\s*[km]?\s*(?:views?|comments?|shares?|likes?|reads?)$/i.test(line),
  },
  {
    name: 'label',
    // "AdChoices", the advert slot's label on ABC's and the BBC's pages, read as an organization.
    reason: 'a label of the page (an advert slot, a rail, a button)',
    test: (line) =>
      /^(?:advert|advertisement|ad ?choices|iklan|anzeige|highlights|trending|breaking news|more|warning|comments?|don'?t miss|loading(?: content)?|continue reading(?: below)?|skip to content|sign in|subscribe|close|caption|read more|you may also like|related(?: news| articles| stories)?)\W*$/i.test(
        line,
      ),
  },
  {
    name: 'reading time',
    reason: 'how long the page takes to read',
    test: (line) => /^(?:\d+\s*min(?:ute)?s?\s*read|(?:estimated )?read(?:ing)? time\b.{0,20})$/i.test(line),
  },
  {
    name: 'filing',
    reason: "the page's categories and tags",
    test: (line) => /^(?:filed under|tags?|tagged(?: with)?|categor(?:y|ies)|posted in)\s*:.{0,100}$/i.test(line),
  },
  {
    name: 'site notice',
    reason: "the site's notice about scripts or cookies",
    test: (line) =>
      wordsOf(line).length <= 30 && /requires javascript|enable javascript|(?:web)?site uses cookies/i.test(line),
  },
  { name: 'address', reason: 'a web address alone', test: (line) => /^https?:\/\/\S+$/i.test(line) },
  {
    // "© 2019 CBS Interactive Inc. All Rights Reserved." (CBS), "Copyright @ 2019 The New Arab."
    // (Al Bawaba): its owner was read as an organization of the story. A book's longer credit stays.
    name: 'copyright',
    reason: "the site's copyright notice",
    test: (line) =>
      wordsOf(line).length <= MAX_COPYRIGHT_WORDS &&
      /^(?:©|\(c\)|copyright\s*(?:©|@|\(c\))?\s*(?:19|20)\d\d\b)/i.test(line),
  },
];

/** Tags whose content is an illustration and its caption, not prose. */
const ILLUSTRATION_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE']);

/** Blocks whose text is mostly link text (nav, "more stories") are lists of pointers, not prose. */
const MAX_LINK_DENSITY = 0.5; // tuned on the developers' half of the extraction benchmark
/** Block-level elements judged by link density as one unit. */
const DENSITY_JUDGED_TAGS = new Set(['P', 'LI', 'DD', 'DT', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL']);

/**
 * Words outside links a dense block still keeps it as prose: a story's own sentence around its
 * links ("Ousted WeWork CEO … board. Adam Neumann can still influence the company …"), where a
 * list of pointers has a label or a date at most. Tuned on the developers' half of the benchmark.
 */
const MIN_UNLINKED_WORDS = 6;

function linkDensity(element: Element): number {
  const total = textLength(element);
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += textLength(link);
  return linked / total;
}

/** The words of the element's text outside its links. */
function unlinkedWords(element: Element): number {
  let words = 0;
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) words += (node.nodeValue ?? '').split(/\s+/).filter(Boolean).length;
    else if (node.nodeType === ELEMENT_NODE && (node as Element).localName !== 'a') node.childNodes.forEach(visit);
  };
  visit(element);
  return words;
}

/** Links a pop-up card inside a sentence holds at least: a name's card lists its stories. */
const MIN_POPUP_CARD_LINKS = 3;

/**
 * A pop-up card inside a sentence (The Hill shows one over each name on hover): an inline box of
 * several links, nested in boxes of its own, where the sentence's own link is a direct child.
 */
function isPopupCard(element: Element): boolean {
  if (element.localName !== 'span' || !element.closest('p')) return false;
  if ([...element.children].some((child) => child.localName === 'a')) return false;
  return element.querySelectorAll('a').length >= MIN_POPUP_CARD_LINKS && linkDensity(element) > MAX_LINK_DENSITY;
}

/** A block of pointers to other pages: mostly link text, with no sentence of its own around it. */
function isLinkList(element: Element): boolean {
  return linkDensity(element) > MAX_LINK_DENSITY && unlinkedWords(element) < MIN_UNLINKED_WORDS;
}

/**
 * A control's items: a video player's settings menu (Yahoo's caption fonts, where "Arial Black"
 * was read as a person), a player's "Speed | Normal | Replay", a thread's vote counts. Every
 * piece of its text is a short label, none a sentence, and it holds a mark of a control (see
 * CONTROL_MARKS); a story's list of short items holds none, and a table or a part of one (its
 * cells are as short, its sortable headers take the focus) is data, never a menu.
 */
const CONTROL_ITEMS = {
  /** Pieces of text at least: a menu, not a lone button's label. */
  minItems: 3,
  /** Words of a piece at most ("Captions will look like this"). */
  maxWords: 5,
};

/** Elements a keyboard reaches by themselves: a focus index on them makes no control of them. */
const LINKS_AND_FIELDS = new Set(['a', 'input', 'button', 'select', 'textarea']);

/**
 * What makes a block of short pieces a control's, not the story's; each says why. Kept by an
 * ablation over the extraction benchmark's developers' half and article-vs-nonarticle (docs/
 * quality.md, "Menus"): a focusable element changed 8 pages of 4 sites (Yahoo, ABC, Food Network,
 * Reddit); a widget's role (menu, slider…) and a <video> each caught only pages it caught already.
 */
const CONTROL_MARKS: ReadonlyArray<{ name: string; reason: string; test: (element: Element) => boolean }> = [
  {
    name: 'focusable',
    reason: 'it takes the keyboard focus though it is no link or field: a widget the page builds of its own elements',
    test: (element) => element.hasAttribute('tabindex') && !LINKS_AND_FIELDS.has(element.localName),
  },
];

/** The text of a block as a menu would have it: its pieces, whether each is a short label, and its marks. */
interface ItemsSummary {
  items: number;
  allLabels: boolean;
  marked: boolean;
  holdsTable: boolean;
}

/** A sentence's end in any script: a Chinese or Japanese full stop too. */
const ANY_SENTENCE_END = /[.!?。！？]["”’)」]?$/;

/**
 * A piece of text a control would show: a few words, not a sentence. Chinese and Japanese put no
 * space between words, so each of their characters counts as one (a paragraph of Chinese prose
 * read as one word, and a whole story on qq.com went as a menu).
 */
function isShortLabel(text: string): boolean {
  const words = wordsOf(text.replace(WIDE_CHARACTERS, ' $& ')).length;
  return words <= CONTROL_ITEMS.maxWords && !ANY_SENTENCE_END.test(text);
}

/** Each element's summary, its children's first, each worked out once. */
function itemsSummary(element: Element, memo: Map<Element, ItemsSummary>): ItemsSummary {
  return remembered(memo, element, () => {
    const summary: ItemsSummary = {
      items: 0,
      allLabels: true,
      marked: CONTROL_MARKS.some((mark) => mark.test(element)),
      holdsTable: element.localName === 'table',
    };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = (child.nodeValue ?? '').trim();
        if (!text) continue;
        summary.items++;
        summary.allLabels &&= isShortLabel(text);
      } else if (child.nodeType === ELEMENT_NODE && !UNSHOWN_TEXT_TAGS.has((child as Element).localName)) {
        const inner = itemsSummary(child as Element, memo);
        summary.items += inner.items;
        summary.allLabels &&= inner.allLabels;
        summary.marked ||= inner.marked;
        summary.holdsTable ||= inner.holdsTable;
      }
    }
    return summary;
  });
}

/** A control's items (see CONTROL_ITEMS). */
function isControlItems(element: Element, memo: Map<Element, ItemsSummary>): boolean {
  const summary = itemsSummary(element, memo);
  if (summary.holdsTable || element.closest('table')) return false;
  return summary.items >= CONTROL_ITEMS.minItems && summary.allLabels && summary.marked;
}

/**
 * A container named like boilerplate is left out only when it holds a small part of the content:
 * sites also put the whole story in elements called "article-share-wrapper" and the like.
 */
const MAX_NAMED_BOILERPLATE_SHARE = 0.3; // tuned on the developers' half of the extraction benchmark

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * Live-page ancestors looked at for a Text node: Readability rewraps some containers (a div of
 * phrasing content becomes a bare <p>), so its copy may have lost the class that names it.
 */
const LIVE_ANCESTORS_CONSULTED = 3;

export interface BoilerplateFilters {
  /** Elements of Readability's content (in its copy of the page) to leave out. */
  skipElement: (element: Element) => boolean;
  /** Live Text nodes to leave out, judged by the containers they sit in on the live page. */
  skipLiveText: (text: Text) => boolean;
}

/**
 * An element's class and id as words: camelCase split too, since CSS-module names glue them
 * ("tabletNewsletter___Av6eE", a sign-up box inside NBC News's story body).
 */
function namesOf(element: Element): string {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

function isNamedBoilerplate(element: Element): boolean {
  return PATTERNS.nonProseContainer.test(namesOf(element));
}

/** Which parts of Readability's content to leave out of the body text. */
export function boilerplateIn(content: Element): BoilerplateFilters {
  const maxNamedLength = MAX_NAMED_BOILERPLATE_SHARE * textLength(content);
  const liveVerdicts = new Map<Element, boolean>();
  const summaries = new Map<Element, ItemsSummary>();
  const isSmallNamedBoilerplate = (element: Element) =>
    isNamedBoilerplate(element) && textLength(element) < maxNamedLength;
  return {
    skipElement: (element) => {
      const tag = element.tagName.toUpperCase();
      if (ILLUSTRATION_TAGS.has(tag) || isSmallNamedBoilerplate(element)) return true;
      if (isPopupCard(element) || isControlItems(element, summaries)) return true;
      return DENSITY_JUDGED_TAGS.has(tag) && isLinkList(element);
    },
    skipLiveText: (text) => {
      let element = text.parentElement;
      for (let level = 0; element && level < LIVE_ANCESTORS_CONSULTED; level++, element = element.parentElement) {
        if (remembered(liveVerdicts, element, isSmallNamedBoilerplate)) return true;
      }
      return false;
    },
  };
}

/** Why this paragraph (as read, whitespace collapsed) is left out of the body text; null when kept. */
export function boilerplateLineReason(paragraph: string): string | null {
  const line = paragraph.trim();
  return META_LINES.find((rule) => rule.test(line))?.reason ?? null;
}

/** Should this paragraph (as read, whitespace collapsed) be left out of the body text? */
export function isBoilerplateParagraph(paragraph: string): boolean {
  return boilerplateLineReason(paragraph) !== null;
}
