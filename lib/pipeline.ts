/**
 * The whole pipeline, one direction: detect → extract → analyze. The extension runs the first
 * half in the page (`readPage`) and the second in the background (`analyzeReading`); the command
 * line and the evaluations run both through `analyzeDocument` and `analyzePlainText`.
 */
import type { Analysis } from './analysis';
import { analyzeText } from './analyze';
import { detectArticle } from './detect';
import { extractArticleInSteps } from './extract';
import {
  EMPTY_METADATA, assembleAnalysis, reasonToSkip, unreadPage, type PageText,
} from './page-text';
import { runSteps, type Steps } from './steps';
import type { TextMap } from './text-map';

export interface PageReading extends PageText {
  /** From `text` back to the live DOM; null when nothing was extracted. */
  map: TextMap | null;
}

export interface ReadOptions {
  /** Extract even when detection says the page is not an article ("Read this page anyway"). */
  force?: boolean;
}

/** Detect, then extract when the page is an article (or when forced). Touches no NLP code. */
export function readPage(doc: Document, url?: string, options: ReadOptions = {}): PageReading {
  return runSteps(readPageInSteps(doc, url, options));
}

/** `readPage` in steps (detection, then extraction's two), for the page to breathe between. */
export function* readPageInSteps(doc: Document, url?: string, options: ReadOptions = {}): Steps<PageReading> {
  const detection = detectArticle(doc, url);
  if (!detection.isArticle && !options.force) return { ...unreadPage(detection), map: null };
  yield;
  const extracted = yield* extractArticleInSteps(doc);
  if (!extracted) return { ...unreadPage(detection, 'no article body found'), map: null };
  const metadata = { ...extracted.metadata, lang: extracted.metadata.lang ?? detection.lang };
  return { ...unreadPage(detection), metadata, text: extracted.text, map: extracted.map };
}

/** The analysis half: NLP over the extracted text, assembled into the contract's object. */
export function analyzeReading(page: PageText): Analysis {
  const skipped = reasonToSkip(page);
  return skipped ? assembleAnalysis(page, null, skipped) : assembleAnalysis(page, analyzeText(page.text), null);
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
