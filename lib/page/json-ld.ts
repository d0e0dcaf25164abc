/** The page's schema.org JSON-LD: the objects it declares, flattened out of graphs and arrays. */

export type JsonLdObject = Record<string, unknown>;

const JSON_LD_TYPE = 'application/ld+json';

/** schema.org types that declare the page's main entity a story. */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Report',
  'TechArticle',
  'ScholarlyArticle',
  'SatiricalArticle',
]);

/** Does this schema.org type declare a story (news, report, blog post)? Detection and metadata agree on it. */
export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.has(type);
}

/** Every object of every JSON-LD script, with `@graph` members and arrays flattened; bad JSON skipped. */
export function readJsonLd(doc: Document): JsonLdObject[] {
  const objects: JsonLdObject[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(collect);
    } else if (value && typeof value === 'object') {
      const object = value as JsonLdObject;
      objects.push(object);
      if (object['@graph']) collect(object['@graph']);
    }
  };
  // By tag name, then type: cheaper than an attribute selector, and detection runs on every page.
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== JSON_LD_TYPE) continue;
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // Pages ship broken JSON-LD (trailing commas, HTML comments); the rest of the page still counts.
    }
  }
  return objects;
}

/** The object's schema.org types, e.g. ["NewsArticle"] (a URL prefix is dropped). */
export function typesOf(object: JsonLdObject): string[] {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((t): t is string => typeof t === 'string').map(withoutUrlPrefix);
}

/** "https://schema.org/NewsArticle" → "NewsArticle". */
function withoutUrlPrefix(type: string): string {
  return type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf('#')) + 1);
}
