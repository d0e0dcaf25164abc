/**
 * The whole pipeline, one direction: detect → extract → analyze. The extension runs the first
 * half in the page (`readPage`) and the second in the background (`analyzeReading`); the command
 * line and the evaluations run both through `analyzeDocument` and `analyzePlainText`.
 */
import type { Analysis, ArticleMetadata, Detection } from './analysis';
import { detectArticle } from './detect';
import { extractArticle, type ExtractedMetadata } from './extract';
import type { TextMap } from './text-map';
import { analyzeText } from './analyze';

/** What the page half of the pipeline hands to the analysis half (structured-clone safe). */
export interface PageText {
  isArticle: boolean;
  detection: Detection;
  metadata: ExtractedMetadata;
  /** The body: paragraphs joined by "\n" (empty when nothing was extracted). */
  text: string;
}

export interface PageReading extends PageText {
  /** From `text` back to the live DOM; null when nothing was extracted. */
  map: TextMap | null;
}

export interface ReadOptions {
  /** Extract even when detection says the page is not an article ("Read this page anyway"). */
  force?: boolean;
}

/**
 * A story longer than this many words is read in two passes: its lead first, so the first
 * screens light up early, then the whole (10,000 words take about half a second in Chromium).
 */
const PROGRESSIVE_MIN_WORDS = 3000;
/** About the first screens of a story: where the first pass stops, at the end of a paragraph. */
const LEAD_WORDS = 800;

/** Languages the analysis understands; other text is passed through with `skipped` set. */
const ANALYZED_LANGUAGES = ['en'];

const EMPTY_METADATA: ExtractedMetadata = {
  title: null, byline: null, siteName: null, publishedTime: null, lang: null,
};

/** Detect, then extract when the page is an article (or when forced). Touches no NLP code. */
export function readPage(doc: Document, url?: string, options: ReadOptions = {}): PageReading {
  const detection = detectArticle(doc, url);
  const base = {
    isArticle: detection.isArticle,
    detection: { score: detection.score, reasons: detection.reasons },
  };
  if (!detection.isArticle && !options.force) {
    return { ...base, metadata: { ...EMPTY_METADATA, lang: detection.lang }, text: '', map: null };
  }
  const extracted = extractArticle(doc, url);
  if (!extracted) {
    return {
      ...base,
      detection: { ...base.detection, reasons: [...base.detection.reasons, 'no article body found'] },
      metadata: { ...EMPTY_METADATA, lang: detection.lang },
      text: '',
      map: null,
    };
  }
  const metadata = { ...extracted.metadata, lang: extracted.metadata.lang ?? detection.lang };
  return { ...base, metadata, text: extracted.text, map: extracted.map };
}

/** The analysis half: NLP over the extracted text, assembled into the contract's object. */
export function analyzeReading(page: PageText): Analysis {
  const skipped = reasonToSkip(page);
  const findings = skipped
    ? { entities: [], quotes: [], keyPoints: [], dateline: null, agencies: [] }
    : analyzeText(page.text);
  const article: ArticleMetadata = {
    ...page.metadata,
    dateline: findings.dateline,
    agencies: findings.agencies,
    wordCount: countWords(page.text),
  };
  return {
    isArticle: page.isArticle,
    detection: page.detection,
    article,
    text: page.text,
    entities: findings.entities,
    quotes: findings.quotes,
    keyPoints: findings.keyPoints,
    skipped,
  };
}

/** The whole pipeline on a parsed page. */
export function analyzeDocument(doc: Document, url?: string, options: ReadOptions = {}): Analysis {
  const { map: _map, ...page } = readPage(doc, url, options);
  return analyzeReading(page);
}

/** The whole pipeline on a plain article body: it is taken as an article, unchanged. */
export function analyzePlainText(text: string): Analysis {
  return analyzeReading({
    isArticle: true,
    detection: { score: 1, reasons: ['plain text input'] },
    metadata: EMPTY_METADATA,
    text,
  });
}

/**
 * The opening paragraphs of a long story, to analyse before the whole of it; null for a story
 * short enough to read in one pass. A prefix of `text`, so its offsets hold in the whole text.
 */
export function leadOf(text: string): string | null {
  if (countWords(text) < PROGRESSIVE_MIN_WORDS) return null;
  let words = 0;
  let end = 0;
  for (const paragraph of text.split('\n')) {
    end += paragraph.length + 1;
    words += countWords(paragraph);
    if (words >= LEAD_WORDS) return text.slice(0, end - 1);
  }
  return null;
}

function reasonToSkip(page: PageText): string | null {
  if (!page.text.trim()) return page.isArticle ? 'no article text was found' : 'not an article';
  const lang = page.metadata.lang?.toLowerCase().split('-')[0];
  if (lang && !ANALYZED_LANGUAGES.includes(lang)) {
    return `the page is in "${page.metadata.lang}": only English is analysed`;
  }
  return null;
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
