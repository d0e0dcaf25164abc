/** Which text on the page is the story, its metadata, and the map back to the live DOM. */
import type { ArticleMetadata } from './analysis';
import { createTextMap, type TextMap } from './text-map';
import { readWithReadability } from './extract/readable';
import { readBlockText } from './extract/block-text';
import { readMetadata } from './extract/metadata';
import { boilerplateIn, isBoilerplateParagraph } from './extract/boilerplate';

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

export function extractArticle(doc: Document, _url?: string): ExtractedArticle | null {
  const readable = readWithReadability(doc);
  if (!readable) return null;
  const body = readBlockText(readable.content, readable.toLive, {
    skipElement: boilerplateIn(readable.content),
    skipParagraph: isBoilerplateParagraph,
  });
  if (!body.text) return null;
  return {
    metadata: readMetadata(doc, readable.metadata, body.text),
    text: body.text,
    map: createTextMap(doc, body),
  };
}
