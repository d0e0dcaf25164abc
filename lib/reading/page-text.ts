/**
 * What the page half of the pipeline hands to the analysis half, and the parts of the `Analysis`
 * that need no NLP: a page that was not read, a text that is not analysed, the lead of a long
 * story.
 */
import type { Analysis, ArticleMetadata, Detection } from '../analysis';
import type { TextFindings } from '../analyze';
import type { ArticleDetection } from '../detect';
import type { CopiedExtraction } from './copied-extraction';
import type { ExtractedMetadata } from './extracted';
import type { PageState, ReadingDecision } from './page-state';

/** What the page half of the pipeline hands to the analysis half (structured-clone safe). */
export interface PageText {
  isArticle: boolean;
  detection: Detection;
  metadata: ExtractedMetadata;
  /** The body: paragraphs joined by "\n" (empty when nothing was extracted). */
  text: string;
}

export const EMPTY_METADATA: ExtractedMetadata = {
  title: null,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
};

const NO_FINDINGS: TextFindings = {
  entities: [],
  quotes: [],
  keyPoints: [],
  shortPoints: [],
  voices: { speakers: [], first: null, last: null },
  dateline: null,
  agencies: [],
};

/**
 * A story of at least this many words is read in two passes: its lead first, so the first
 * screen lights up early, then the whole. Under twice its lead, the first pass would save
 * little. On a busy 2-core machine, the seed's 844 words took 40–150 ms to analyse in
 * Chromium's background, its first 250 a fraction of it.
 */
const PROGRESSIVE_MIN_WORDS = 500;
/** About the first screen of a story (a laptop's): where the first pass stops, at the end of a paragraph. */
const LEAD_WORDS = 250;

/** Languages the analysis understands; other text is passed through with `skipped` set. */
const ANALYZED_LANGUAGES = ['en'];

/** A page whose text was not extracted: not an article, or no body found (`extraReason` says so). */
export function unreadPage(detection: ArticleDetection, extraReason?: string): PageText {
  return {
    isArticle: detection.isArticle,
    detection: {
      score: detection.score,
      reasons: extraReason ? [...detection.reasons, extraReason] : detection.reasons,
    },
    metadata: { ...EMPTY_METADATA, lang: detection.lang },
    text: '',
  };
}

/**
 * The page text of a story extracted from the page's copy, without its map: what the page sends
 * for analysis, and what the background can build from the same two answers without the page.
 */
export function extractedPageText(detection: ArticleDetection, extraction: CopiedExtraction): PageText {
  const metadata = { ...extraction.metadata, lang: extraction.metadata.lang ?? detection.lang };
  return { ...unreadPage(detection), metadata, text: extraction.text };
}

/** Why the NLP does not run on this page's text; null when it does. */
export function reasonToSkip(page: PageText): string | null {
  if (!page.text.trim()) return page.isArticle ? 'no article text was found' : 'not an article';
  const lang = page.metadata.lang?.toLowerCase().split('-')[0];
  if (lang && !ANALYZED_LANGUAGES.includes(lang)) {
    return `the page is in ${languageName(page.metadata.lang!)}: only English is analysed`;
  }
  return null;
}

/**
 * "Spanish", "French (France)": the language named for a reader, who may not know the codes;
 * the code itself where the runtime cannot name it (a malformed or private tag).
 */
function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? name : `"${tag}"`;
  } catch {
    return `"${tag}"`;
  }
}

/** The contract's object from the page's reading and what the NLP found (nothing, when skipped). */
export function assembleAnalysis(page: PageText, findings: TextFindings | null, skipped: string | null): Analysis {
  const found = findings ?? NO_FINDINGS;
  const article: ArticleMetadata = {
    ...page.metadata,
    dateline: found.dateline,
    agencies: found.agencies,
    wordCount: countWords(page.text),
  };
  return {
    isArticle: page.isArticle,
    detection: page.detection,
    article,
    text: page.text,
    entities: found.entities,
    quotes: found.quotes,
    keyPoints: found.keyPoints,
    shortPoints: found.shortPoints,
    voices: found.voices,
    skipped,
  };
}

/**
 * What the popup shows for a page the reader has not read: held by the settings, or the
 * detection's verdict that it is not an article (with its reasons).
 */
export function stateOfUnreadPage(detection: ArticleDetection, decision: ReadingDecision, host: string): PageState {
  if (decision !== 'read') return { status: decision, analysis: null, host };
  const page = unreadPage(detection);
  return { status: 'done', analysis: assembleAnalysis(page, null, reasonToSkip(page)), host };
}

/**
 * The opening paragraphs of a story (about its first screen), to analyse before the whole of
 * it; null for a story short enough to read in one pass. A prefix of `text`, so its offsets hold
 * in the whole text. Words are counted only until the story is known to be long, and the text is
 * not split: this runs in the page, where one long paragraph counted whole, or the whole text split
 * into paragraphs, took 10–35 ms of one task at CPU throttling 4 (docs/quality.md, issue 17).
 */
export function leadOf(text: string): string | null {
  let words = 0;
  let leadEnd: number | null = null;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    // Past PROGRESSIVE_MIN_WORDS the count stops: the answer is known, and the lead's end too.
    words += countWords(text.slice(start, end), PROGRESSIVE_MIN_WORDS - words);
    if (leadEnd === null && words >= LEAD_WORDS) leadEnd = end;
    if (words >= PROGRESSIVE_MIN_WORDS) return leadEnd === null ? null : text.slice(0, leadEnd);
    start = end + 1;
  }
  return null;
}

/** A word: letters and digits, with inner apostrophes and hyphens ("don't", "2-1"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words in `text`, counted up to `limit` at most (all of them without one). */
function countWords(text: string, limit = Infinity): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < limit && WORD.exec(text)) count += 1;
  return count;
}
