/** Is this page a news article? Cheap signals only: no NLP, no cloning of the document. */
import type { Detection } from './analysis';

export interface ArticleDetection extends Detection {
  isArticle: boolean;
  /** The page's language (BCP 47) where it says, e.g. "en". */
  lang: string | null;
}

export function detectArticle(doc: Document, _url?: string): ArticleDetection {
  const lang = doc.documentElement.getAttribute('lang');
  const paragraphs = doc.querySelectorAll('p').length;
  const isArticle = paragraphs >= 5;
  return { isArticle, score: isArticle ? 1 : 0, reasons: [`${paragraphs} paragraphs`], lang };
}
