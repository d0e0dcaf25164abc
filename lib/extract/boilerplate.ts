/**
 * What Readability keeps around a story that is not the story: captions and photo credits, link
 * lists (navigation, "related" boxes), time stamps and calls to action. The body text leaves them
 * out so the analysis (and the highlights) stay on the prose.
 */

/** Patterns by meaning, in one table. */
const PATTERNS = {
  /** class/id of containers that hold no prose of the story. */
  nonProseContainer:
    /(^|[-_\s])(caption|credits?|related|share|sharing|social|newsletter|promo|breadcrumbs?|byline|timestamp|dateline|toolbar|tags|sidebar|comments?|author-?bio|read-?more|recommend\w*|outbrain|taboola)([-_\s]|$)/i,
  /** One-line paragraphs that label the page rather than tell the story. */
  metaLine:
    /^(?:(?:updated|published|posted|last updated|modified)\b.{0,80}|(?:photo|image|picture|credit|source)s?(?: copyright)?\s*[:©].{0,100}|\(?image:.{0,80}\)?|advertisement|continue reading( below)?|skip to content|sign in|subscribe|close|caption|read more|you may also like\W*|related( news| articles| stories)?:?|https?:\/\/\S+)$/i,
};

/** Tags whose content is an illustration and its caption, not prose. */
const ILLUSTRATION_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE']);

/** Blocks whose text is mostly link text (nav, "more stories") are lists of pointers, not prose. */
const MAX_LINK_DENSITY = 0.5; // tuned on the developers' half of the extraction benchmark
/** Block-level elements judged by link density as one unit. */
const DENSITY_JUDGED_TAGS = new Set(['P', 'LI', 'DD', 'DT', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL']);

function linkDensity(element: Element): number {
  const total = textLength(element);
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += textLength(link);
  return linked / total;
}

/**
 * A container named like boilerplate is left out only when it holds a small part of the content:
 * sites also put the whole story in elements called "article-share-wrapper" and the like.
 */
const MAX_NAMED_BOILERPLATE_SHARE = 0.3; // tuned on the developers' half of the extraction benchmark

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

/** A predicate telling which elements of Readability's content to leave out of the body text. */
export function boilerplateIn(content: Element): (element: Element) => boolean {
  const contentLength = textLength(content);
  return (element) => {
    const tag = element.tagName.toUpperCase();
    if (ILLUSTRATION_TAGS.has(tag)) return true;
    const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (
      PATTERNS.nonProseContainer.test(label) &&
      textLength(element) < MAX_NAMED_BOILERPLATE_SHARE * contentLength
    ) {
      return true;
    }
    return DENSITY_JUDGED_TAGS.has(tag) && linkDensity(element) > MAX_LINK_DENSITY;
  };
}

/** Should this paragraph (as read, whitespace collapsed) be left out of the body text? */
export function isBoilerplateParagraph(paragraph: string): boolean {
  return PATTERNS.metaLine.test(paragraph.trim());
}
