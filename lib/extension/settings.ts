/**
 * The reader's settings, each a storage item defined once: the options page, the popup, the
 * reader and the background import these same items and watch them for live changes.
 */
import { storage } from 'wxt/utils/storage';
import type { HighlightKinds } from '../paint/highlight';
import type { ReadingDecision } from '../reading/page-state';

/** `automatic`: every article is read when it loads; `on-click`: only when the popup asks. */
export type ReadingMode = 'automatic' | 'on-click';

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

/** The patterns that turn what a person types into a hostname. */
const SITE_PATTERNS = {
  /** "https://", "http://" and other URL schemes. */
  scheme: /^[a-z][a-z0-9+.-]*:\/\//,
  /** Where the hostname ends: path, query, fragment or port. */
  afterHost: /[/?#:]/,
  /** "www." says nothing about which site it is. */
  www: /^www\./,
  /** Separators in the options page's list. */
  listSeparator: /[\n,]+/,
} as const;

/** Does `host` fall under one of `sites` ("example.com" covers "news.example.com")? */
export function isHostListed(host: string, sites: readonly string[]): boolean {
  const normalizedHost = normalizeSite(host);
  return sites.some((site) => {
    const normalized = normalizeSite(site);
    return normalized !== '' && (normalizedHost === normalized || normalizedHost.endsWith(`.${normalized}`));
  });
}

/**
 * A site as a person types it ("https://www.Example.com/news", "example.com ") reduced to the
 * hostname it stands for, without a leading "www.".
 */
export function normalizeSite(site: string): string {
  const trimmed = site.trim().toLowerCase();
  const host = trimmed.replace(SITE_PATTERNS.scheme, '').split(SITE_PATTERNS.afterHost)[0] ?? '';
  return host.replace(SITE_PATTERNS.www, '');
}

/** Parse the options page's textarea (one site a line, or separated by commas) into hostnames. */
export function parseSiteList(input: string): string[] {
  const sites = input.split(SITE_PATTERNS.listSeparator).map(normalizeSite).filter(Boolean);
  return [...new Set(sites)];
}

/** `sites` with `host` added or removed. */
export function withSite(sites: readonly string[], host: string, listed: boolean): string[] {
  const site = normalizeSite(host);
  const rest = sites.filter((s) => normalizeSite(s) !== site);
  return listed ? [...rest, site] : rest;
}

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

/** The days the options page accepts: a day at least, ten years at most. */
export const KEEP_DAYS_RANGE = { min: 1, max: 3650 } as const;

/** The reader's "keep stories N days" as a number of days in range; null when it is not a number. */
export function parseKeepDays(input: string): number | null {
  const days = Math.round(Number(input.trim()));
  if (!input.trim() || !Number.isFinite(days)) return null;
  return Math.min(KEEP_DAYS_RANGE.max, Math.max(KEEP_DAYS_RANGE.min, days));
}
