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

/**
 * `sites` with `host` listed or not. Unlisting takes away every site that covers the host, its
 * parent domains too ("example.com" for "news.example.com"), or the host would stay listed.
 */
export function withSite(sites: readonly string[], host: string, listed: boolean): string[] {
  if (listed) return isHostListed(host, sites) ? [...sites] : [...sites, normalizeSite(host)];
  return sites.filter((site) => !isHostListed(host, [site]));
}

/** The days the options page accepts: a day at least, ten years at most. */
export const KEEP_DAYS_RANGE = { min: 1, max: 3650 } as const;

/** The reader's "keep stories N days" as a number of days in range; null when it is not a number. */
export function parseKeepDays(input: string): number | null {
  const days = Math.round(Number(input.trim()));
  if (!input.trim() || !Number.isFinite(days)) return null;
  return Math.min(KEEP_DAYS_RANGE.max, Math.max(KEEP_DAYS_RANGE.min, days));
}
