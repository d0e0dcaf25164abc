/** Is this page a news article? Cheap signals only: no NLP, no cloning of the document. */
import type { Detection } from '../analysis';
import { isArticleType, readJsonLd, typesOf } from '../page/json-ld';
import { pageLanguage } from '../page/declared-language';
import { MetaTags } from '../page/meta-tags';
import { DISPLAY_NONE, isHiddenByMarkup } from '../page/hidden';
import { ELEMENT_NODE, TEXT_NODE } from '../page/dom-nodes';
import { UNSHOWN_TEXT_SELECTOR, UNSHOWN_TEXT_TAGS } from '../page/unshown-text';
import { runSteps, type Steps } from '../steps';

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
  /** A title naming a show one listens to ("The Takeout - Political Podcast", "… Show podcasts"). */
  podcastTitle: ['podcast'],
  /**
   * Hosts (and their subdomains) where one listens to or subscribes to a show: podcast directories
   * and hosts. A story links a few at most (an app's store page, its own show).
   */
  listeningHost: [
    'podcasts.google.com',
    'spotify.com',
    'stitcher.com',
    'megaphone.fm',
    'art19.com',
    'omny.fm',
    'simplecast.com',
    'libsyn.com',
    'podbean.com',
    'tunein.com',
    'pca.st',
    'overcast.fm',
    'anchor.fm',
    'soundcloud.com',
  ],
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
/**
 * Prose score past which a page reads as an article even without any metadata, and past which a
 * page's own prose outweighs an og:type saying it is something else (a video, a profile).
 */
const STRONG_PROSE_SCORE = 60;
/** Elements in a story card: headline, blurb, picture, time, and a byline or label at most. */
const MAX_CARD_CHILDREN = 5;
/** Characters of a card's text at most: a headline, a blurb of a few lines and a label. */
const MAX_CARD_LENGTH = 600;
/** A heading whose text is this much link text is a headline link. */
const HEADLINE_LINK_SHARE = 0.8;
/** A paragraph of a short story: shorter than prose, longer than a caption or a label. */
const MIN_STORY_PARAGRAPH_LENGTH = 40;

/** What the page says of itself, read without its prose: JSON-LD, og:type, a publication time, its title. */
export interface Declarations {
  jsonLdArticle: string | null;
  jsonLdNonArticle: string | null;
  ogType: string | null;
  publishedTime: boolean;
  /** Its title (the document's or og:title) names a podcast. */
  podcastTitle: boolean;
}

export interface PageSignals extends Declarations {
  proseScore: number;
  proseParagraphs: number;
  topParentScore: number;
  linkedShare: number;
  /** Characters in the paragraphs (prose or shorter) of the one element holding the most of them. */
  topBlockLength: number;
  /** Links to listen to or subscribe to a show (`isListeningAddress`); counted only where the title names a podcast, 0 elsewhere. */
  listeningLinks: number;
}

/** Is the element hidden by its own markup, as isProbablyReaderable reads it? */
function isHidden(element: Element): boolean {
  return isHiddenByMarkup(element, DISPLAY_NONE);
}

interface Prose {
  /** Readability's readerable score over the whole page. */
  score: number;
  paragraphs: number;
  /** The same score, of the one element holding the most prose among its children. */
  topParentScore: number;
  /** The share of the score in teasers: paragraphs inside a link or under a linked heading. */
  linkedShare: number;
  /** Characters in the paragraphs of the one element holding the most: where a short story is. */
  topBlockLength: number;
}

/** A heading that is a link to another page (a headline on a card), not one with an edit or "#" link. */
function isHeadlineLink(heading: Element): boolean {
  const link = heading.querySelector('a[href]');
  if (!link || link.getAttribute('href')!.startsWith('#')) return false;
  const linkText = (link.textContent ?? '').trim().length;
  return linkText > 0 && linkText >= HEADLINE_LINK_SHARE * (heading.textContent ?? '').trim().length;
}

/** Is this paragraph (of `length` characters shown) the blurb of a link to another page (a card on a section front)? */
function isTeaser(paragraph: Element, length: number): boolean {
  if (paragraph.closest('a')) return true;
  // A card marked up as an <article> of its own holds its headline link (Fox News's section fronts);
  // a story's own <article> is longer than any card.
  if (paragraph.localName === 'article') {
    const isCardSized = length <= MAX_CARD_LENGTH;
    return isCardSized && [...paragraph.querySelectorAll('h2, h3, h4')].some(isHeadlineLink);
  }
  const siblings = paragraph.parentElement?.children ?? [];
  // A card is small; a long run of headings and paragraphs is the story itself (a listicle).
  if (siblings.length > MAX_CARD_CHILDREN) return false;
  for (const sibling of siblings) {
    if (sibling !== paragraph && HEADINGS.has(sibling.localName) && isHeadlineLink(sibling)) return true;
  }
  return false;
}

/**
 * Characters of the element's text a reader sees, trimmed: without the text of scripts, styles
 * and <noscript> (UNSHOWN_TEXT_TAGS). A browser running scripts reads a <noscript>'s content as
 * text, which Node parses as elements: counted, a section front's cards, each with its image's
 * fallback "<img alt=… src=…>", read as paragraphs of prose in the browser only (CNN's section
 * fronts, taken for stories there).
 */
function shownLength(element: Element): number {
  const length = (element.textContent ?? '').trim().length;
  // Shorter than any paragraph that counts, it counts for nothing whatever it holds: most
  // elements of a page, spared the search below (this runs on every page).
  if (length < MIN_STORY_PARAGRAPH_LENGTH || !element.querySelector(UNSHOWN_TEXT_SELECTOR)) return length;
  return shownText(element).trim().length;
}

/** The text of the element's Text nodes, those inside UNSHOWN_TEXT_TAGS left out. */
function shownText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) text += child.nodeValue ?? '';
    else if (child.nodeType === ELEMENT_NODE && !UNSHOWN_TEXT_TAGS.has((child as Element).localName))
      text += shownText(child as Element);
  }
  return text;
}

/**
 * Counts a paragraph towards its container's block, paragraphs too short to count as prose
 * included: a story of under a hundred words has no prose paragraph, but its paragraphs sit
 * together, where a section front's blurbs each sit in a card of their own.
 */
function addToBlock(blocks: Map<Node, number>, paragraph: Element, length: number): void {
  if (paragraph.localName !== 'p' || length < MIN_STORY_PARAGRAPH_LENGTH || !paragraph.parentNode) return;
  if (paragraph.closest('a, li') || isHidden(paragraph)) return;
  blocks.set(paragraph.parentNode, (blocks.get(paragraph.parentNode) ?? 0) + length);
}

/**
 * Paragraph-like elements read in one step. A 50,000-word story has about 1,500: read at once, they
 * made the detector's one task 50–70 ms on a busy 2-core machine; a step of 64 took 1–3 ms on an
 * idle one, about four times that at CPU throttling 4, where the detector's first task still reached
 * 35–50 ms of thread time (docs/quality.md, issue 17): a step of 16.
 */
const PROSE_STEP = 16;

function* proseOf(doc: Document): Steps<Prose> {
  let score = 0;
  let paragraphs = 0;
  const byParent = new Map<Node, number>();
  const blocks = new Map<Node, number>();
  let linked = 0;
  // By tag name rather than by selector: the cheapest way through a page, and this runs on every page.
  const candidates = new Set<Element>();
  for (const tag of PROSE_TAGS) for (const element of doc.getElementsByTagName(tag)) candidates.add(element);
  // A div of text broken by <br>s is a paragraph too, as Readability reads it.
  for (const br of doc.getElementsByTagName('br')) {
    if (br.parentElement?.localName === 'div') candidates.add(br.parentElement);
  }
  // Gathering a long page's candidates is a step of its own (a short page's prose is one step).
  if (candidates.size > PROSE_STEP) yield;
  let read = 0;
  for (const node of candidates) {
    if (++read % PROSE_STEP === 0) yield;
    // Length first: most paragraphs of a page that is not a story are short, and the other
    // tests (a large pattern, selector matching) are not needed for them. A short story's
    // paragraphs still count towards its block.
    const length = shownLength(node);
    addToBlock(blocks, node, length);
    if (length < MIN_PROSE_LENGTH) continue;
    const label = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (mentionsAny(label, WORDS.unlikelyProse) && !mentionsAny(label, WORDS.maybeProse)) continue;
    if (node.matches('li p') || isHidden(node)) continue;
    paragraphs++;
    const points = Math.sqrt(length - MIN_PROSE_LENGTH);
    score += points;
    if (isTeaser(node, length)) linked += points;
    const parent = node.parentNode;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + points);
  }
  return {
    score,
    paragraphs,
    topParentScore: Math.max(0, ...byParent.values()),
    linkedShare: score > 0 ? linked / score : 0,
    topBlockLength: Math.max(0, ...blocks.values()),
  };
}

/**
 * Apple's hosts serve the App Store and podcasts alike: only a podcast's address is a show's
 * ("podcasts.apple.com/us/podcast/…", the older "phobos.apple.com/…/viewPodcast?id=…").
 */
const APPLE_HOST = 'apple.com';
const APPLE_PODCAST_PATH = /podcast/i;
/** A show's feed or an episode's audio, by the file's ending: a site's page of its feeds is neither. */
const LISTENING_FILE = /\.(?:rss|xml|mp3|m4a)$/i;

/** How many of the page's links lead where one listens to or subscribes to a show. */
function countListeningLinks(doc: Document): number {
  let count = 0;
  for (const link of doc.getElementsByTagName('a')) {
    const address = absoluteAddress(link.href);
    if (address && isListeningAddress(address)) count++;
  }
  return count;
}

/** Is the address a show's: on a podcast directory or host, Apple's podcasts, or a feed or audio file? */
function isListeningAddress({ hostname, pathname }: URL): boolean {
  const isOn = (domain: string) => hostname === domain || hostname.endsWith(`.${domain}`);
  if (isOn(APPLE_HOST)) return APPLE_PODCAST_PATH.test(pathname);
  return WORDS.listeningHost.some(isOn) || LISTENING_FILE.test(pathname);
}

/** A link's address, resolved by the document; null for one that is no address. */
function absoluteAddress(href: string): URL | null {
  // Not URL.canParse: Chromium has it only from version 120, and the manifest sets no minimum.
  try {
    return new URL(href);
  } catch {
    return null;
  }
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
    podcastTitle: mentionsAny(`${doc.title} ${meta.get('property', 'og:title') ?? ''}`, WORDS.podcastTitle),
  };
}

function* readSignals(doc: Document, declarations: Declarations): Steps<PageSignals> {
  const prose = yield* proseOf(doc);
  return {
    ...declarations,
    proseScore: prose.score,
    proseParagraphs: prose.paragraphs,
    topParentScore: prose.topParentScore,
    linkedShare: prose.linkedShare,
    topBlockLength: prose.topBlockLength,
    // Only a page calling itself a podcast has its links read: this runs on every page.
    listeningLinks: declarations.podcastTitle ? countListeningLinks(doc) : 0,
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

/** Everything detection weighs: what the page declares, its prose, and what its address says. */
export interface PageEvidence extends PageSignals {
  urlKind: UrlKind;
}

/**
 * One piece of evidence: when it applies, its weight is added to the page's sum, and its reason
 * shown to the reader. No piece decides alone: the address, the metadata and the prose are weighed
 * together, so a story at an address that looks like a section's is still read.
 */
interface Evidence {
  name: string;
  weight: number;
  applies: (page: PageEvidence) => boolean;
  reason: (page: PageEvidence) => string;
}

/** Prose score of the best container that an undeclared page at a web address needs... */
const CONCENTRATED_PROSE_SCORE = 80;
/** ...or its share of the page's prose score. */
const CONCENTRATED_PROSE_SHARE = 0.6;
/**
 * Characters of a short story's paragraphs in one container (about fifty words): a block this
 * long is a story's text, though too short for prose; card blurbs each sit in their own.
 */
const SHORT_STORY_LENGTH = 300;
/**
 * Links to listen or subscribe on a page naming itself a podcast: a show's page offers at least
 * two ways (Apple and one more, a feed); a story naming a podcast in its headline rarely links any.
 */
const MIN_LISTENING_LINKS = 2;
/** A page whose prose is nearly all link blurbs is a list of stories (checked on section fronts). */
const TEASER_PAGE_SHARE = 0.98;
/**
 * A page whose prose is mostly link blurbs leans that way: Fox News's section fronts are 0.68–0.81
 * blurbs (the rest its copyright lines); no story of the three sets without JSON-LD is past 0.3.
 */
const MOSTLY_TEASERS_SHARE = 0.5;
/** ...and has several of them: a blog post's one paragraph under its own permalink is not a list. */
const MIN_TEASERS = 3;

const isReaderable = (page: PageSignals) => page.proseScore > MIN_PROSE_SCORE;
const hasMuchProse = (page: PageSignals) => page.proseScore > STRONG_PROSE_SCORE;
const ogTypeOf = (page: Declarations) => page.ogType?.toLowerCase() ?? null;
/** Does the page call itself a story, by JSON-LD or og:type? */
const declaresStory = (page: Declarations) => Boolean(page.jsonLdArticle) || ogTypeOf(page) === 'article';
const ogSaysOther = (page: Declarations) => {
  const ogType = ogTypeOf(page);
  return ogType !== null && WORDS.nonArticleOgType.some((type) => ogType.startsWith(type));
};

/** The evidence, in the order its reasons are shown. */
const EVIDENCE: readonly Evidence[] = [
  {
    name: 'much prose',
    weight: 2,
    applies: hasMuchProse,
    reason: (page) => `${page.proseParagraphs} paragraphs of prose`,
  },
  {
    name: 'some prose',
    weight: 1,
    applies: (page) => isReaderable(page) && !hasMuchProse(page),
    reason: (page) => `${page.proseParagraphs} paragraphs of prose`,
  },
  {
    name: 'little prose',
    weight: -2,
    applies: (page) => !isReaderable(page) && page.topBlockLength < SHORT_STORY_LENGTH,
    reason: (page) => `little prose (${page.proseParagraphs} long paragraphs)`,
  },
  {
    name: 'short story',
    weight: 1,
    applies: (page) => !isReaderable(page) && page.topBlockLength >= SHORT_STORY_LENGTH,
    reason: (page) => `a short text in one block (${page.topBlockLength} characters)`,
  },
  {
    name: 'schema.org story',
    weight: 2,
    applies: (page) => Boolean(page.jsonLdArticle),
    reason: (page) => `schema.org ${page.jsonLdArticle}`,
  },
  {
    name: 'schema.org other',
    weight: -2,
    applies: (page) => !page.jsonLdArticle && Boolean(page.jsonLdNonArticle),
    reason: (page) => `schema.org ${page.jsonLdNonArticle}`,
  },
  {
    name: 'og:type article',
    weight: 1,
    applies: (page) => ogTypeOf(page) === 'article',
    reason: () => 'og:type article',
  },
  {
    name: 'og:type other',
    weight: -3,
    applies: (page) => ogSaysOther(page) && !hasMuchProse(page) && !page.jsonLdArticle,
    reason: (page) => `og:type ${ogTypeOf(page)}`,
  },
  {
    // A show's page: its episodes' blurbs (or transcripts) are prose, and sites mark every page
    // og:type article with a time, so it must outweigh prose, og:type and a story address
    // (cbsnews' "The Takeout" archive, msnbc's show page; checked on article-vs-nonarticle).
    name: 'podcast page',
    weight: -4,
    // A story the page declares in JSON-LD, with much prose, stays one: it may be about a show.
    applies: (page) =>
      page.podcastTitle &&
      page.listeningLinks >= MIN_LISTENING_LINKS &&
      !(hasMuchProse(page) && page.jsonLdArticle !== null),
    reason: (page) => `a podcast's page (${page.listeningLinks} links to listen or subscribe)`,
  },
  {
    name: 'publication time',
    weight: 1,
    applies: (page) => page.publishedTime,
    reason: () => 'a publication time',
  },
  {
    name: 'teasers',
    weight: -3,
    applies: (page) =>
      page.linkedShare >= TEASER_PAGE_SHARE && page.proseParagraphs >= MIN_TEASERS && !page.jsonLdArticle,
    reason: () => 'its prose is blurbs of links to other pages',
  },
  {
    name: 'mostly teasers',
    weight: -2,
    applies: (page) =>
      page.linkedShare >= MOSTLY_TEASERS_SHARE &&
      page.linkedShare < TEASER_PAGE_SHARE &&
      page.proseParagraphs >= MIN_TEASERS &&
      !page.jsonLdArticle,
    reason: () => 'most of its prose is blurbs of links to other pages',
  },
  {
    // Gallery captions and list blurbs are spread over many containers; a story's prose sits together.
    name: 'spread prose',
    weight: -3,
    applies: (page) =>
      !declaresStory(page) &&
      !page.publishedTime &&
      page.urlKind !== 'unknown' &&
      isReaderable(page) &&
      page.topParentScore < CONCENTRATED_PROSE_SCORE &&
      page.topParentScore < CONCENTRATED_PROSE_SHARE * page.proseScore,
    reason: () => 'no article metadata, and its prose is spread over many blocks',
  },
  { name: 'story address', weight: 1, applies: (page) => page.urlKind === 'story', reason: () => 'a story address' },
  {
    name: 'section address',
    weight: -2,
    applies: (page) => page.urlKind === 'section',
    reason: () => 'a section page address',
  },
  {
    name: 'media address',
    weight: -2,
    applies: (page) => page.urlKind === 'media',
    reason: () => 'a video, gallery or podcast address',
  },
  { name: 'home address', weight: -3, applies: (page) => page.urlKind === 'home', reason: () => 'a home page address' },
];

/** The evidence that applies to the page. */
export function evidenceFor(page: PageEvidence): Evidence[] {
  return EVIDENCE.filter((evidence) => evidence.applies(page));
}

/** Summed weight from which a page is an article. */
const ARTICLE_WEIGHT = 1;

/** Maps the summed weights to [0,1] (a logistic curve: 0 → 0.5). */
function toScore(total: number): number {
  return Math.round((1 / (1 + Math.exp(-total))) * 100) / 100;
}

/**
 * The verdict of the address alone, for a site's home page, where no detector runs (a site's
 * root is no story); null for every other address, where the page must be looked at.
 */
export function detectByAddress(url: string | undefined): ArticleDetection | null {
  if (classifyUrl(url) !== 'home') return null;
  return { isArticle: false, score: toScore(-3), reasons: ['a home page address'], lang: null };
}

/** Everything detection weighs on this page, read once, in steps (see `PROSE_STEP`). */
function* readPageEvidence(doc: Document, url: string | Address | undefined, meta: MetaTags): Steps<PageEvidence> {
  const urlKind = typeof url === 'object' ? classifyAddress(url) : classifyUrl(url ?? doc.URL);
  return { ...(yield* readSignals(doc, readDeclarations(doc, meta))), urlKind };
}

export function detectArticle(doc: Document, url?: string | Address): ArticleDetection {
  return runSteps(detectArticleInSteps(doc, url));
}

/** `detectArticle` in steps, for the page to give its thread back between them on a long story. */
export function* detectArticleInSteps(doc: Document, url?: string | Address): Steps<ArticleDetection> {
  const meta = new MetaTags(doc);
  const page = yield* readPageEvidence(doc, url, meta);
  const fired = evidenceFor(page);
  const total = fired.reduce((sum, evidence) => sum + evidence.weight, 0);
  const isArticle = total >= ARTICLE_WEIGHT;
  const shown = fired.filter((evidence) => (isArticle ? evidence.weight > 0 : evidence.weight < 0));
  return {
    isArticle,
    score: isArticle ? Math.max(0.5, toScore(total)) : Math.min(0.49, toScore(total)),
    reasons: shown.map((evidence) => evidence.reason(page)),
    lang: pageLanguage(doc, meta),
  };
}
