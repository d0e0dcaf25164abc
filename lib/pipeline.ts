/**
 * The whole pipeline, one direction: detect → extract → analyze. The extension runs detection and
 * the page's copy in the page (lib/reading/page-half.ts), extraction and analysis in the background
 * (`extractCopiedPage`, `analyzePageText`), and the map back in the page, in steps
 * (`mappedPageTextInSteps`); the command line and the evaluations run the same parts in one go
 * through `analyzeDocument` and `analyzePlainText`.
 */
import type { Analysis } from './analysis';
import { analyzeText, type AnalysisScope } from './analyze';
import { extractCopiedPage } from './extract';
import { copyPageInSteps } from './reading/page-copy';
import { detectAndCopy, mappedPageText, type MappedPageText } from './reading/page-half';
import { EMPTY_METADATA, assembleAnalysis, reasonToSkip, type PageText } from './reading/page-text';
import { runSteps } from './steps';

/**
 * Detect, then extract, all at once. The body is extracted whatever detection says: `isArticle` is
 * its verdict and `text` the body wherever there is one, so a wrong "not an article" never costs
 * the text. (The extension waits to copy a page not taken for an article until the reader asks.)
 */
export function readPage(doc: Document, url: string = doc.URL): MappedPageText {
  const page = runSteps(detectAndCopy(doc, url, { force: true }, copyPageInSteps));
  return mappedPageText(doc, page, page.live && extractCopiedPage(page.live.copy));
}

/**
 * The analysis half: NLP over the extracted text, assembled into the contract's object; `scope`
 * leaves out what the caller will not read (see `AnalysisScope`).
 */
export function analyzePageText(page: PageText, scope?: AnalysisScope): Analysis {
  const skipped = reasonToSkip(page);
  return skipped ? assembleAnalysis(page, null, skipped) : assembleAnalysis(page, analyzeText(page.text, scope), null);
}

/** The whole pipeline on a parsed page. */
export function analyzeDocument(doc: Document, url?: string): Analysis {
  const { map: _map, ...page } = readPage(doc, url);
  return analyzePageText(page);
}

/** The whole pipeline on a plain article body: it is taken as an article, unchanged. */
export function analyzePlainText(text: string): Analysis {
  return analyzePageText({
    isArticle: true,
    detection: { score: 1, reasons: ['plain text input'] },
    metadata: EMPTY_METADATA,
    text,
  });
}
