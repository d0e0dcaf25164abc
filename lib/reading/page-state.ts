/**
 * Where a page's reading stands, as the reader tells the popup: a type of its own, read by the
 * reader, the background, the popup and page-text alike, apart from the messages that carry it.
 */
import type { Analysis } from '../analysis';

/** Where the page's reader stands, as the popup shows it. */
export type PageStatus =
  /** Reading or analysing right now. */
  | 'reading'
  /** An Analysis is ready (it may say the page is not an article, or why it was skipped). */
  | 'done'
  /** The site is in the options' "sites to skip". */
  | 'site-skipped'
  /** Reading is set to on-click and nobody asked yet. */
  | 'waiting'
  /** Reading failed; `error` says why. */
  | 'failed';

/** What the settings say to do with a page of a host when it loads. */
export type ReadingDecision = 'read' | 'site-skipped' | 'waiting';

export interface PageState {
  status: PageStatus;
  analysis: Analysis | null;
  /** Hostname of the page, for the popup's "highlights on this site" switch. */
  host: string;
  error?: string;
}
