/**
 * The reader's settings, each a storage item defined once: the options page, the popup, the
 * reader and the background import these same items and watch them for live changes.
 */
import { storage } from 'wxt/utils/storage';
import type { HighlightKinds } from '../paint/highlight';
import type { ReadingDecision } from '../reading/page-state';
import { isHostListed, withSite, type ReadingMode } from './setting-values';

export const ALL_KINDS_ON: HighlightKinds = { person: true, place: true, organization: true, quote: true };

export const highlightKinds = storage.defineItem<HighlightKinds>('sync:highlightKinds', {
  fallback: ALL_KINDS_ON,
});

export const readingMode = storage.defineItem<ReadingMode>('sync:readingMode', {
  fallback: 'automatic',
});

/** Hostnames never read at all (a site also covers its subdomains). */
export const skippedSites = storage.defineItem<string[]>('sync:skippedSites', {
  fallback: [],
});

/** Hostnames that are read (the popup works) but not painted: the popup's per-site switch. */
export const sitesWithHighlightsOff = storage.defineItem<string[]>('sync:sitesWithHighlightsOff', {
  fallback: [],
});

/** Read the page, hold it because its site is skipped, or wait for the popup's click. */
export async function readingDecision(host: string): Promise<ReadingDecision> {
  // Both read at once: a story waits on this before it is read.
  const [skipped, mode] = await Promise.all([skippedSites.getValue(), readingMode.getValue()]);
  if (isHostListed(host, skipped)) return 'site-skipped';
  return mode === 'on-click' ? 'waiting' : 'read';
}

/** The keyboard command: turn highlights on this site off, or back on. */
export async function toggleSiteHighlights(host: string): Promise<void> {
  const off = await sitesWithHighlightsOff.getValue();
  await sitesWithHighlightsOff.setValue(withSite(off, host, !isHostListed(host, off)));
}

/** Reading memory: stop recording stories (what is kept still shows, and can be forgotten). */
export const memoryPaused = storage.defineItem<boolean>('local:memoryPaused', {
  fallback: false,
});

/** Stories are kept this many days unless the reader says otherwise. */
export const DEFAULT_KEEP_DAYS = 90;

/** Reading memory: how many days stories are kept. */
export const memoryKeepDays = storage.defineItem<number>('local:memoryKeepDays', {
  fallback: DEFAULT_KEEP_DAYS,
});

/** The memory's two settings, as the background needs them for each story. */
export interface MemorySettings {
  paused: boolean;
  keepDays: number;
}

/** Both memory settings in one storage read (each item's fallback where it was never set). */
export async function readMemorySettings(): Promise<MemorySettings> {
  const [paused, keepDays] = await storage.getItems([memoryPaused, memoryKeepDays]);
  return { paused: paused.value as boolean, keepDays: keepDays.value as number };
}
