/** The language a page declares for itself, read by detection and by extraction's metadata alike. */
import { MetaTags } from './meta-tags';

/** The page's language as it declares it: <html lang>, then og:locale ("en_US" → "en-US"). */
export function pageLanguage(doc: Document, meta = new MetaTags(doc)): string | null {
  const declared =
    doc.documentElement.getAttribute('lang') ||
    doc.documentElement.getAttribute('xml:lang') ||
    meta.get('property', 'og:locale') ||
    meta.get('http-equiv', 'content-language');
  return declared ? declared.trim().replaceAll('_', '-') : null;
}
