/**
 * The page's <meta> tags, read in one pass over them: asking the document with a selector for
 * each one scans the whole page for every tag the page does not have, and detection runs on
 * every page.
 */

/** The attributes that name a meta tag: Open Graph's `property`, `name`, microdata's `itemprop`, `http-equiv`. */
export type MetaAttribute = 'property' | 'name' | 'itemprop' | 'http-equiv';

const NAMING_ATTRIBUTES: readonly MetaAttribute[] = ['property', 'name', 'itemprop', 'http-equiv'];

export class MetaTags {
  /** Trimmed content by "attribute=value"; the first tag of each name wins, as `querySelector` would. */
  private readonly contents = new Map<string, string>();

  constructor(doc: Document) {
    for (const meta of doc.getElementsByTagName('meta')) {
      const content = (meta.getAttribute('content') ?? '').trim();
      for (const attribute of NAMING_ATTRIBUTES) {
        const value = meta.getAttribute(attribute);
        if (value === null) continue;
        const key = keyOf(attribute, value);
        if (!this.contents.has(key)) this.contents.set(key, content);
      }
    }
  }

  /** The content of the first tag named so, e.g. `get('property', 'og:type')`; null when absent or empty. */
  get(attribute: MetaAttribute, value: string): string | null {
    return this.contents.get(keyOf(attribute, value)) || null;
  }
}

/** `http-equiv` values are case-insensitive ("Content-Language"); the others are matched exactly. */
function keyOf(attribute: MetaAttribute, value: string): string {
  return `${attribute}=${attribute === 'http-equiv' ? value.toLowerCase() : value}`;
}
