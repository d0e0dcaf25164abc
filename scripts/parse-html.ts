/** Parse a whole HTML page into a Document in Node, for the command line and the evaluations. */
import { parseHTML } from 'linkedom';

export function parseHtmlDocument(html: string, url?: string): Document {
  const { document } = parseHTML(html);
  if (url) {
    // linkedom has no document.URL setter; Readability and relative-link resolution read baseURI.
    Object.defineProperty(document, 'URL', { value: url, configurable: true });
    Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  }
  return document as unknown as Document;
}
