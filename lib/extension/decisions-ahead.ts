import type { ReadingDecision } from '../reading/page-state';
import { readingDecision } from './settings';

/**
 * Each tab's reading decision, read from the settings as its page begins loading: the detector's
 * finding comes 40–100 ms later and finds it read, where reading it then cost its own round trip to
 * the storage (1–40 ms on a loaded 2-core machine, docs/quality.md, issue 17). One entry a tab,
 * replaced by its next page's and taken by its finding; the worker's short life bounds the rest.
 */
export class DecisionsAhead {
  private readonly byTab = new Map<number, { host: string; decision: Promise<ReadingDecision> }>();

  /** Reads the decision for the page `tabId` begins loading at `host`. */
  readAhead(tabId: number, host: string): Promise<ReadingDecision> {
    const decision = readingDecision(host);
    this.byTab.set(tabId, { host, decision });
    return decision;
  }

  /** The decision for the page at `host` in `tabId`: the one read ahead for it, else read now. */
  take(tabId: number, host: string): Promise<ReadingDecision> {
    const ahead = this.byTab.get(tabId);
    this.byTab.delete(tabId);
    return ahead?.host === host ? ahead.decision : readingDecision(host);
  }
}
