/**
 * Loads a page into the test window's own document, the one a content script would see. Ranges
 * read their text only there under happy-dom (not in DOMParser documents).
 */
export function loadLivePage(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.documentElement;
  for (const name of root.getAttributeNames()) root.removeAttribute(name);
  for (const { name, value } of parsed.documentElement.attributes) root.setAttribute(name, value);
  root.innerHTML = parsed.documentElement.innerHTML;
  return document;
}
