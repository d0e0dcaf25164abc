/**
 * Elements whose text a reader never sees as prose: scripts and styles, templates, drawings and
 * form fields, and <noscript>, whose content a browser running scripts parses as raw text (an
 * image's fallback reads "<img alt=…>") where Node's parsers and a browser without scripts parse
 * elements. Detection and the body's text both leave them out, so that a page reads the same in
 * the browser as in Node.
 */
export const UNSHOWN_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'textarea',
  'select',
]);

/** The same elements, as a selector. */
export const UNSHOWN_TEXT_SELECTOR = [...UNSHOWN_TEXT_TAGS].join(', ');
