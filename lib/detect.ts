/** Is this page a news article? Cheap signals only: no NLP, no cloning of the document. */
import type { Detection } from './analysis';
import { isArticleType, readJsonLd, typesOf } from './extract/json-ld';
import { MetaTags } from './extract/meta-tags';

export interface ArticleDetection extends Detection {
  isArticle: boolean;
  /** The page's language (BCP 47) where it says, e.g. "en". */
  lang: string | null;
}

/** schema.org types that declare the page something else: a list, a video, a recipe, a forum. */
const NON_ARTICLE_TYPES = new Set([
  'CollectionPage',
  'ItemList',
  'VideoObject',
  'VideoGallery',
  'ImageGallery',
  'Recipe',
  'DiscussionForumPosting',
  'QAPage',
  'ProfilePage',
  'SearchResultsPage',
  'ContactPage',
  'MediaGallery',
  'PodcastSeries',
  'PodcastEpisode',
]);

/*
 * Word lists rather than patterns: each regular expression is compiled on its first use in each
 * page's fresh script world, and detection runs on every page. Entries match as lower-case
 * substrings, as the patterns (alternations of plain words, case-insensitive) did.
 */
const WORDS = {
  /** og:type values (their start) of pages that are not stories. */
  nonArticleOgType: ['video', 'music', 'profile', 'website', 'book', 'product', 'image'],
  /** Containers whose paragraphs are not the page's prose (kept in sync with Readability's own list). */
  unlikelyProse: [
    '-ad-',
    'ai2html',
    'banner',
    'breadcrumbs',
    'combx',
    'comment',
    'community',
    'cover-wrap',
    'disqus',
    'extra',
    'footer',
    'gdpr',
    'header',
    'legends',
    'menu',
    'related',
    'remark',
    'replies',
    'rss',
    'shoutbox',
    'sidebar',
    'skyscraper',
    'social',
    'sponsor',
    'supplemental',
    'ad-break',
    'agegate',
    'pagination',
    'pager',
    'popup',
    'yom-remote',
  ],
  /** ...unless they also look like the main content. */
  maybeProse: ['and', 'article', 'body', 'column', 'content', 'main', 'mathjax', 'shadow'],
};

/** Does the text hold one of the words, in any case? */
function mentionsAny(text: string, words: readonly string[]): boolean {
  const lowerCase = text.toLowerCase();
  return words.some((word) => lowerCase.includes(word));
}

/** Heading elements, by local name. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements whose text counts as prose (with divs of text broken by <br>s). */
const PROSE_TAGS = ['p', 'pre', 'article'];
/** A paragraph counts as prose past this many characters (Readability's isProbablyReaderable). */
const MIN_PROSE_LENGTH = 140;
/** Prose score (sum of √(length − 140) over prose paragraphs) of a readable page: Readability's 20. */
const MIN_PROSE_SCORE = 20;
/** Prose score past which a page reads as an article even without any metadata. */
const STRONG_PROSE_SCORE = 60;
/** Elements in a story card: headline, blurb, picture, time, and a byline or label at most. */
const MAX_CARD_CHILDREN = 5;
/** A heading whose text is this much link text is a headline link. */
const HEADLINE_LINK_SHARE = 0.8;

/** What the page says of itself, read without its prose: JSON-LD, og:type, a publication time. */
export interface Declarations {
  jsonLdArticle: string | null;
  jsonLdNonArticle: string | null;
  ogType: string | null;
  publishedTime: boolean;
}

export interface PageSignals extends Declarations {
  proseScore: number;
  proseParagraphs: number;
  topParentScore: number;
  linkedShare: number;
}

/** Is the element hidden by its own markup (no layout is asked: this runs on every page)? */
function isHidden(element: Element): boolean {
  const style = element.getAttribute('style') ?? '';
  return (
    element.hasAttribute('hidden') || /display:\s*none/i.test(style) || element.getAttribute('aria-hidden') === 'true'
  );
}

interface Prose {
  /** Readability's readerable score over the whole page. */
  score: number;
  paragraphs: number;
  /** The same score, of the one element holding the most prose among its children. */
  topParentScore: number;
  /** The share of the score in teasers: paragraphs inside a link or under a linked heading. */
  linkedShare: number;
}

/** A heading that is a link to another page (a headline on a card), not one with an edit or "#" link. */
function isHeadlineLink(heading: Element): boolean {
  const link = heading.querySelector('a[href]');
  if (!link || link.getAttribute('href')!.startsWith('#')) return false;
  const linkText = (link.textContent ?? '').trim().length;
  return linkText > 0 && linkText >= HEADLINE_LINK_SHARE * (heading.textContent ?? '').trim().length;
}

/** Is this paragraph the blurb of a link to another page (a card on a section front)? */
function isTeaser(paragraph: Element): boolean {
  if (paragraph.closest('a')) return true;
  const siblings = paragraph.parentElement?.children ?? [];
  // A card is small; a long run of headings and paragraphs is the story itself (a listicle).
  if (siblings.length > MAX_CARD_CHILDREN) return false;
  for (const sibling of siblings) {
    if (sibling !== paragraph && HEADINGS.has(sibling.localName) && isHeadlineLink(sibling)) return true;
  }
  return false;
}

function proseOf(doc: Document): Prose {
  let score = 0;
  let paragraphs = 0;
  const byParent = new Map<Node, number>();
  let linked = 0;
  // By tag name rather than by selector: the cheapest way through a page, and this runs on every page.
  const candidates = new Set<Element>();
  for (const tag of PROSE_TAGS) for (const element of doc.getElementsByTagName(tag)) candidates.add(element);
  // A div of text broken by <br>s is a paragraph too, as Readability reads it.
  for (const br of doc.getElementsByTagName('br')) {
    if (br.parentElement?.localName === 'div') candidates.add(br.parentElement);
  }
  for (const node of candidates) {
    // Length first: most paragraphs of a page that is not a story are short, and the other
    // tests (a large pattern, selector matching) are not needed for them.
    const length = (node.textContent ?? '').trim().length;
    if (length < MIN_PROSE_LENGTH) continue;
    const label = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (mentionsAny(label, WORDS.unlikelyProse) && !mentionsAny(label, WORDS.maybeProse)) continue;
    if (node.matches('li p') || isHidden(node)) continue;
    paragraphs++;
    const points = Math.sqrt(length - MIN_PROSE_LENGTH);
    score += points;
    if (isTeaser(node)) linked += points;
    const parent = node.parentNode;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + points);
  }
  return {
    score,
    paragraphs,
    topParentScore: Math.max(0, ...byParent.values()),
    linkedShare: score > 0 ? linked / score : 0,
  };
}

function readDeclarations(doc: Document, meta: MetaTags): Declarations {
  let jsonLdArticle: string | null = null;
  let jsonLdNonArticle: string | null = null;
  for (const object of readJsonLd(doc)) {
    for (const type of typesOf(object)) {
      if (isArticleType(type)) jsonLdArticle ??= type;
      if (NON_ARTICLE_TYPES.has(type)) jsonLdNonArticle ??= type;
    }
  }
  return {
    jsonLdArticle,
    jsonLdNonArticle,
    ogType: meta.get('property', 'og:type'),
    publishedTime: Boolean(
      meta.get('property', 'article:published_time') ??
        meta.get('itemprop', 'datePublished') ??
        meta.get('name', 'pubdate'),
    ),
  };
}

function readSignals(doc: Document, declarations: Declarations): PageSignals {
  const prose = proseOf(doc);
  return {
    ...declarations,
    proseScore: prose.score,
    proseParagraphs: prose.paragraphs,
    topParentScore: prose.topParentScore,
    linkedShare: prose.linkedShare,
  };
}

/** Path segments of pages that show media or lists of media, not a story. */
const MEDIA_SEGMENTS = new Set([
  'video',
  'videos',
  'av',
  'gallery',
  'galleries',
  'pictures',
  'photos',
  'slideshow',
  'slideshows',
  'podcast',
  'podcasts',
  'watch',
  'live-tv',
  'tv',
  'listen',
  'audio',
]);

/** Last words of a slug that name a page of media ("pictures" and "video" end headlines too). */
const MEDIA_SLUG_ENDINGS = new Set(['podcast', 'podcasts', 'gallery', 'slideshow']);

/** Patterns of story URLs, in one table (each is compiled only when an address needs it). */
const URL_PATTERNS = {
  /**
   * A headline slug: three or more words joined by "-" or "_". ASCII classes suffice, as a
   * pathname percent-encodes every other character; and a Unicode property class would cost
   * every page nearly a millisecond to compile.
   */
  slug: /[a-z0-9]+(?:[-_][a-z0-9]+){2,}/,
  /** A story id: five or more digits (section ids are shorter), in the path or the query. */
  storyId: /\d{5,}/,
  /** A date in the path: /2019/05/17/ or /2019-05-17. */
  date: /\/(19|20)\d\d[/-][01]?\d([/-]|$)/,
};

export type UrlKind = 'story' | 'section' | 'home' | 'media' | 'unknown';

/** The parts of an address detection reads: a URL's, or the page's own `location`. */
export type Address = Pick<URL, 'protocol' | 'pathname' | 'search'>;

/** What the address says the page is; "unknown" when there is no web address. */
export function classifyUrl(url: string | undefined): UrlKind {
  if (!url) return 'unknown';
  try {
    return classifyAddress(new URL(url));
  } catch {
    return 'unknown';
  }
}

/** "story.html" → "story"; a segment without an extension is kept. */
function withoutExtension(segment: string): string {
  const dot = segment.lastIndexOf('.');
  return dot >= 0 && /^\w+$/.test(segment.slice(dot + 1)) ? segment.slice(0, dot) : segment;
}

/** The last word of a slug: "obama-interview" → "interview". */
function lastWordOf(slug: string): string {
  return slug.slice(Math.max(slug.lastIndexOf('-'), slug.lastIndexOf('_')) + 1);
}

/**
 * What a parsed address says the page is. The detector passes its `location`, which spares
 * every page parsing its own address again.
 */
export function classifyAddress(address: Address): UrlKind {
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return 'unknown';
  const segments = address.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => s.toLowerCase());
  if (segments.length === 0) return 'home';
  const slugs = segments.map(withoutExtension);
  // "/video/…", or a slug that ends in what it is: "…-show-podcasts".
  if (segments.some((segment) => MEDIA_SEGMENTS.has(segment)) || MEDIA_SLUG_ENDINGS.has(lastWordOf(slugs.at(-1)!)))
    return 'media';
  const isStory =
    slugs.some((slug) => URL_PATTERNS.slug.test(slug)) ||
    URL_PATTERNS.storyId.test(`${address.pathname}${address.search}`) ||
    URL_PATTERNS.date.test(address.pathname);
  return isStory ? 'story' : 'section';
}

/** A readable line for the popup, and whether the signal speaks for or against an article. */
interface Finding {
  reason: string;
  weight: number;
}

/** Prose score under which a page declaring a non-article og:type is taken at its word. */
const THIN_PROSE_SCORE = 60;
/** Prose score of the best container that an undeclared page at a web address needs. */
const CONCENTRATED_PROSE_SCORE = 80;
/** A page whose prose is nearly all link blurbs is a list of stories (checked on section fronts). */
const TEASER_PAGE_SHARE = 0.98;
/** ...and has several of them: a blog post's one paragraph under its own permalink is not a list. */
const MIN_TEASERS = 3;

function findingsOf(
  signals: PageSignals,
  urlKind: UrlKind,
): { findings: Finding[]; vetoed: boolean; declared: boolean } {
  const findings: Finding[] = [];
  const readerable = signals.proseScore > MIN_PROSE_SCORE;
  findings.push(
    readerable
      ? {
          reason: `${signals.proseParagraphs} paragraphs of prose`,
          weight: signals.proseScore > STRONG_PROSE_SCORE ? 2 : 1,
        }
      : { reason: `little prose (${signals.proseParagraphs} long paragraphs)`, weight: -2 },
  );
  const ogType = signals.ogType?.toLowerCase() ?? null;
  const declared = Boolean(signals.jsonLdArticle) || ogType === 'article';
  if (signals.jsonLdArticle) findings.push({ reason: `schema.org ${signals.jsonLdArticle}`, weight: 2 });
  else if (signals.jsonLdNonArticle) findings.push({ reason: `schema.org ${signals.jsonLdNonArticle}`, weight: -2 });
  if (ogType === 'article') findings.push({ reason: 'og:type article', weight: 1 });
  if (signals.publishedTime) findings.push({ reason: 'a publication time', weight: 1 });
  const thinProse = signals.proseScore < THIN_PROSE_SCORE;
  const ogSaysOther = ogType !== null && WORDS.nonArticleOgType.some((type) => ogType.startsWith(type));
  if (ogSaysOther && thinProse && !signals.jsonLdArticle) findings.push({ reason: `og:type ${ogType}`, weight: -3 });
  if (signals.linkedShare >= TEASER_PAGE_SHARE && signals.proseParagraphs >= MIN_TEASERS && !signals.jsonLdArticle) {
    findings.push({ reason: 'its prose is blurbs of links to other pages', weight: -3 });
  }
  // With neither metadata nor a known address the prose alone decides (Readability's test); with
  // a web address but no metadata, the prose must also sit together, as a story's does: gallery
  // captions and list blurbs are spread over many containers.
  const undeclared = !declared && !signals.publishedTime;
  if (undeclared && urlKind !== 'unknown' && readerable && signals.topParentScore < CONCENTRATED_PROSE_SCORE) {
    findings.push({ reason: 'no article metadata, and its prose is spread over many blocks', weight: -3 });
  }
  if (urlKind === 'story') findings.push({ reason: 'a story address', weight: 1 });
  return { findings, vetoed: findings.some((f) => f.weight <= -3), declared };
}

/** The address's "no" for a home page or a video, gallery or podcast page, whatever the page says. */
function addressSaysNo(urlKind: UrlKind): Finding | null {
  if (urlKind === 'media') return { reason: 'a video, gallery or podcast address', weight: -3 };
  if (urlKind === 'home') return { reason: 'a home page address', weight: -3 };
  return null;
}

/** The "no" for a section page's address, unless the page declares a dated story. */
function sectionSaysNo(urlKind: UrlKind, declarations: Declarations): Finding | null {
  // Short story addresses exist ("/news/brexit-deal"); a page that says it is a dated story is one.
  const ogType = declarations.ogType?.toLowerCase() ?? null;
  const declaredStory = Boolean(declarations.jsonLdArticle) || (ogType === 'article' && declarations.publishedTime);
  return urlKind === 'section' && !declaredStory ? { reason: 'a section page address', weight: -3 } : null;
}

/** A verdict of "no article" from one finding that decides alone. */
function ruledOut(finding: Finding, lang: string | null): ArticleDetection {
  return { isArticle: false, score: toScore(finding.weight), reasons: [finding.reason], lang };
}

/** Maps the summed weights to [0,1] (a logistic curve: 0 → 0.5). */
function toScore(total: number): number {
  return Math.round((1 / (1 + Math.exp(-total))) * 100) / 100;
}

/**
 * The verdict of the address alone: a home page or a media page is no article, whatever it
 * holds. Null when the page itself must be looked at.
 */
export function detectByAddress(url: string | undefined): ArticleDetection | null {
  return addressVerdict(classifyUrl(url));
}

/** The address's verdict, its language left unknown (the page is not looked at); null when none. */
function addressVerdict(urlKind: UrlKind): ArticleDetection | null {
  const byAddress = addressSaysNo(urlKind);
  return byAddress ? ruledOut(byAddress, null) : null;
}

export function detectArticle(doc: Document, url?: string | Address): ArticleDetection {
  const urlKind = typeof url === 'object' ? classifyAddress(url) : classifyUrl(url ?? doc.URL);
  // Cheapest first. The address alone rules out a home page or a media page, and then the page
  // is not looked at (a content script's first look at the page is most of what it costs); its
  // language is left unknown. A section page's address is checked against what the page
  // declares; only then is its prose, the costliest signal, read.
  const byAddress = addressVerdict(urlKind);
  if (byAddress) return byAddress;
  const meta = new MetaTags(doc);
  const declarations = readDeclarations(doc, meta);
  const bySection = sectionSaysNo(urlKind, declarations);
  if (bySection) return ruledOut(bySection, pageLanguage(doc, meta));
  const signals = readSignals(doc, declarations);
  const { findings, vetoed, declared } = findingsOf(signals, urlKind);
  const readerable = signals.proseScore > MIN_PROSE_SCORE;
  // A page that declares itself a story and shows some prose is one, e.g. a paywall teaser.
  const isArticle = !vetoed && (readerable || (declared && signals.proseParagraphs > 0));
  const total = findings.reduce((sum, f) => sum + f.weight, 0);
  const ordered = findings.filter((f) => (isArticle ? f.weight > 0 : f.weight < 0));
  return {
    isArticle,
    score: isArticle ? Math.max(0.5, toScore(total)) : Math.min(0.49, toScore(total)),
    reasons: ordered.map((f) => f.reason),
    lang: pageLanguage(doc, meta),
  };
}

/** The page's language as it declares it: <html lang>, then og:locale ("en_US" → "en-US"). */
export function pageLanguage(doc: Document, meta = new MetaTags(doc)): string | null {
  const declared =
    doc.documentElement.getAttribute('lang') ||
    doc.documentElement.getAttribute('xml:lang') ||
    meta.get('property', 'og:locale') ||
    meta.get('http-equiv', 'content-language');
  return declared ? declared.trim().replaceAll('_', '-') : null;
}
