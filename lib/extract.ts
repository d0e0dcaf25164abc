/** Which text on the page is the story, its metadata, and the map back to the live DOM. */
import type { ArticleMetadata } from './analysis';
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

export function extractArticle(doc: Document, _url?: string): ExtractedArticle | null {
  const paragraphs = [...doc.querySelectorAll('p')].map((p) => (p.textContent ?? '').trim()).filter(Boolean);
  if (paragraphs.length === 0) return null;
  return {
    metadata: { title: doc.title || null, byline: null, siteName: null, publishedTime: null, lang: null },
    text: paragraphs.join('\n'),
    map: { rangeFor: () => null },
  };
}
