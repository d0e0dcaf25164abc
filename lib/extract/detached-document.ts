/**
 * Documents with no browsing context, made by linkedom: where the extraction runs away from a
 * page (the background, the command line, the evaluations). Nothing in them loads or runs.
 */
import { parseHTML } from 'linkedom';

/** A parsed page; `url` is what Readability and the metadata read as its address. */
export function parseDetachedDocument(html: string, url?: string): Document {
  const { document } = parseHTML(html);
  if (url) {
    // linkedom has no document.URL setter; Readability and relative-link resolution read baseURI.
    Object.defineProperty(document, 'URL', { value: url, configurable: true });
    Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  }
  return document as unknown as Document;
}

/** An empty page to build a copy into. */
export function emptyDetachedDocument(url?: string): Document {
  return parseDetachedDocument('<!DOCTYPE html><html></html>', url);
}
