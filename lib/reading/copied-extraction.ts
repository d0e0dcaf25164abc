/**
 * What the extraction of a page's copy sends back to the page, and its map onto the live page.
 * The page's side of the exchange: it loads neither Readability nor linkedom.
 */
import type { ExtractedArticle, ExtractedMetadata } from './extracted';
import { runSteps, type Steps } from '../steps';
import { createTextMap, originsFromRunsInSteps, type TextMap } from './text-map';

/** The story found in a copy (structured-clone and JSON safe). */
export interface CopiedExtraction {
  metadata: ExtractedMetadata;
  text: string;
  /** Where each character of `text` comes from, by the copy's Text node index (see `originRunsOf`). */
  originRuns: number[];
}

/** The extraction of a copy, mapped onto the live Text nodes the copy was made from. */
export function mapCopiedExtraction(doc: Document, extraction: CopiedExtraction, texts: Text[]): ExtractedArticle {
  return { metadata: extraction.metadata, text: extraction.text, map: textMapOf(doc, extraction, texts) };
}

/** From the extracted text back to the live Text nodes the copy was made from. */
export function textMapOf(doc: Document, extraction: CopiedExtraction, texts: Text[]): TextMap {
  return runSteps(textMapOfInSteps(doc, extraction, texts));
}

/** `textMapOf` in steps (see `originsFromRunsInSteps`). */
export function* textMapOfInSteps(doc: Document, extraction: CopiedExtraction, texts: Text[]): Steps<TextMap> {
  return createTextMap(doc, yield* originsFromRunsInSteps(extraction.originRuns, texts));
}
