/**
 * The settings' values as the reader types or picks them, and the sites' lists read: pure, with
 * no storage (lib/extension/settings.ts defines the storage items), so the views can import it.
 */

/** `automatic`: every article is read when it loads; `on-click`: only when the popup asks. */
export type ReadingMode = 'automatic' | 'on-click';

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

/**
 * The mark before a site taken back out of a listed parent: "!news.example.com" under
 * "example.com" (switching one subdomain back on leaves the site's others as they were).
 */
const EXCEPTION_MARK = '!';

/** One entry of a sites' list, read: the hostname it stands for, and whether it is an exception. */
interface SiteEntry {
  host: string;
  exception: boolean;
}

function siteEntry(site: string): SiteEntry {
  const trimmed = site.trim();
  const exception = trimmed.startsWith(EXCEPTION_MARK);
  return { host: normalizeSite(exception ? trimmed.slice(EXCEPTION_MARK.length) : trimmed), exception };
}

/** An entry as stored: the hostname, marked when it is an exception. */
function entryText({ host, exception }: SiteEntry): string {
  return exception && host ? `${EXCEPTION_MARK}${host}` : host;
}

/** Does the entry's hostname cover `host` (itself or a subdomain; "example.com" covers "news.example.com")? */
function covers(entry: SiteEntry, host: string): boolean {
  return entry.host !== '' && (host === entry.host || host.endsWith(`.${entry.host}`));
}

/**
 * Does `host` fall under `sites`? The most specific entry that covers it decides: "example.com"
 * lists "news.example.com" too, unless "!news.example.com" takes it back out.
 */
export function isHostListed(host: string, sites: readonly string[]): boolean {
  const normalizedHost = normalizeSite(host);
  const covering = sites.map(siteEntry).filter((entry) => covers(entry, normalizedHost));
  const mostSpecific = covering.reduce<SiteEntry | null>(
    (best, entry) => (best && best.host.length >= entry.host.length ? best : entry),
    null,
  );
  return mostSpecific !== null && !mostSpecific.exception;
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

/** Parse the options page's textarea (one site a line, or separated by commas) into hostnames, exceptions marked. */
export function parseSiteList(input: string): string[] {
  const sites = input
    .split(SITE_PATTERNS.listSeparator)
    .map((site) => entryText(siteEntry(site)))
    .filter(Boolean);
  return [...new Set(sites)];
}

/**
 * `sites` with `host` listed or not: the host's own entry goes, and one is added only where the
 * rest of the list says otherwise. A host under a listed parent ("news.example.com" under
 * "example.com") is unlisted by an exception, so the parent's other subdomains stay listed.
 */
export function withSite(sites: readonly string[], host: string, listed: boolean): string[] {
  const own = normalizeSite(host);
  const others = sites.filter((site) => siteEntry(site).host !== own);
  if (isHostListed(own, others) === listed) return others;
  return [...others, entryText({ host: own, exception: !listed })];
}

/** The days the options page accepts: a day at least, ten years at most. */
export const KEEP_DAYS_RANGE = { min: 1, max: 3650 } as const;

/** The reader's "keep stories N days" as a number of days in range; null when it is not a number. */
export function parseKeepDays(input: string): number | null {
  const days = Math.round(Number(input.trim()));
  if (!input.trim() || !Number.isFinite(days)) return null;
  return Math.min(KEEP_DAYS_RANGE.max, Math.max(KEEP_DAYS_RANGE.min, days));
}
