/**
 * The page's half of the pipeline: detection, the page's copy to be extracted elsewhere (the
 * background, off the page's thread), and the page text once the extraction's answer is mapped
 * back onto the live page. It loads neither Readability nor linkedom nor any NLP code.
 */
import { detectArticleInSteps, type ArticleDetection } from '../detect';
import { textMapOfInSteps, type CopiedExtraction } from './copied-extraction';
import { extractedPageText, unreadPage, type PageText } from './page-text';
import { runSteps, type Steps } from '../steps';
import type { TextMap } from './text-map';

/** The page text the analysis half reads, with its map back onto the live page. */
export interface MappedPageText extends PageText {
  /** From `text` back to the live DOM; null when nothing was extracted. */
  map: TextMap | null;
}

export interface ReadOptions {
  /** Extract even when detection says the page is not an article ("Read this page anyway"). */
  force?: boolean;
  /** What the detector found on this page just before, not to be looked for again. */
  detection?: ArticleDetection;
}

/** A copy of the page in some form, with the live Text nodes its texts copy, by index. */
interface CopyWithTexts {
  texts: Text[];
}

/** The page half before extraction: the detection, and the page's copy where it is to be extracted. */
export interface PageToExtract<Copy extends CopyWithTexts> {
  detection: ArticleDetection;
  /** Null when the page is not read (not an article, not forced, or no document). */
  live: Copy | null;
}

/**
 * Detect, then copy the page (in steps) by `copy` when it is an article or when forced: the
 * reader's copy is JSON text, Node's nested arrays. Touches no NLP code.
 */
export function* detectAndCopy<Copy extends CopyWithTexts>(
  doc: Document,
  url: string,
  options: ReadOptions,
  copy: (doc: Document, url: string) => Steps<Copy | null>,
): Steps<PageToExtract<Copy>> {
  // On a long page, detection takes tens of milliseconds (in steps): once is enough.
  const detection = options.detection ?? (yield* detectArticleInSteps(doc, url));
  if (!detection.isArticle && !options.force) return { detection, live: null };
  yield;
  return { detection, live: yield* copy(doc, url) };
}

/** The page text once the copy was extracted, mapped back (null extraction: no story was found in it). */
export function mappedPageText(
  doc: Document,
  page: PageToExtract<CopyWithTexts>,
  extraction: CopiedExtraction | null,
): MappedPageText {
  return runSteps(mappedPageTextInSteps(doc, page, extraction));
}

/** `mappedPageText` in steps: a long story's map back gives the page its thread back between them. */
export function* mappedPageTextInSteps(
  doc: Document,
  page: PageToExtract<CopyWithTexts>,
  extraction: CopiedExtraction | null,
): Steps<MappedPageText> {
  if (!page.live) return { ...unreadPage(page.detection), map: null };
  if (!extraction) return { ...unreadPage(page.detection, 'no article body found'), map: null };
  const map = yield* textMapOfInSteps(doc, extraction, page.live.texts);
  return { ...extractedPageText(page.detection, extraction), map };
}
