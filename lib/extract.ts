/**
 * Which text on the page is the story, its metadata, and the map back to the live DOM.
 *
 * Readability picks the story's container on a copy of the page (it rewrites what it reads); the
 * text is then read from the live page's own Text nodes (block by block, boilerplate left out), so
 * every character of it can be mapped back for highlighting. The live page is never modified.
 */
import type { ArticleMetadata } from './analysis';
import { createTextMap, type TextMap } from './text-map';
import { readWithReadabilityInSteps } from './extract/readable';
import { readBlockText } from './extract/block-text';
import { readMetadata } from './extract/metadata';
import { boilerplateIn, isBoilerplateParagraph } from './extract/boilerplate';
import { runSteps, type Steps } from './steps';

export type ExtractedMetadata = Pick<
  ArticleMetadata,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'partial'
>;

export interface ExtractedArticle {
  metadata: ExtractedMetadata;
  /** The body: paragraphs joined by "\n". */
  text: string;
  map: TextMap;
}

/** The story on the page, or null when Readability finds none. */
export function extractArticle(doc: Document): ExtractedArticle | null {
  return runSteps(extractArticleInSteps(doc));
}

/**
 * The same in three steps, each a bounded part of a long page's work: the copy of the page,
 * Readability on the copy, then the live text, its metadata and its map.
 */
export function* extractArticleInSteps(doc: Document): Steps<ExtractedArticle | null> {
  const readable = yield* readWithReadabilityInSteps(doc);
  if (!readable) return null;
  yield;
  const body = readBlockText(readable.content, readable.toLive, {
    ...boilerplateIn(readable.content),
    skipParagraph: isBoilerplateParagraph,
  });
  if (!body.text) return null;
  return {
    metadata: readMetadata(doc, readable.metadata, body.text),
    text: body.text,
    map: createTextMap(doc, body),
  };
}
