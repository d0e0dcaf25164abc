/**
 * What extraction gives: the story's text, its metadata, and the map back to the live page. Its own
 * module, so the steps of extraction (metadata, the copied page's mapping) and its readers share
 * the types without importing lib/extract/index.ts, which brings Readability.
 */
import type { ArticleMetadata } from '../analysis';
import type { TextMap } from './text-map';

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
