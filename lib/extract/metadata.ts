/**
 * The story's metadata: headline, byline, site, publication time, language, and whether the page
 * shows only part of the story. Readability's reading (JSON-LD, Dublin Core, Open Graph, Twitter,
 * then <title>) comes first; the page's own JSON-LD and meta tags fill what it leaves empty.
 */
import { pageLanguage } from '../page/declared-language';
import type { ExtractedMetadata } from '../reading/extracted';
import { isArticleType, readJsonLd, typesOf, type JsonLdObject } from '../page/json-ld';
import { MetaTags } from '../page/meta-tags';
import { nonEmptyValues } from '../page/declared-values';
import type { ReadabilityMetadata } from './readable';
import { firstWords, guessLanguage } from '../page/text-language';
import { storyTitle } from './title';
import { readByline } from './byline';

/** Patterns by meaning, in one table. */
const PATTERNS = {
  /**
   * A bar and what follows it in a site's name: its address again or its sections ("The Jerusalem
   * Post | JPost.com", "Autoracing | F1 | Indy | …", "SIMPLYFOUND.COM | BY: JOE WEE"), which the
   * summary's source line showed whole.
   */
  siteNameTail: /\s+\|.*$/s,
  /** A date that is already ISO 8601 (kept as printed, time zone and all). */
  isoDate: /^\d{4}-\d{2}-\d{2}/,
  /** Containers of a paywall or registration wall. */
  paywall: /paywall|piano-|regwall|subscriber-only|premium-(?:content|article)|meter-?wall|locked-content/i,
  /** meta article:content_tier values of a story behind a wall. */
  lockedTier: /^(locked|metered)$/i,
};

/** A story of fewer words than this, on a page with paywall signs, is a teaser. */
const TEASER_WORDS = 350;

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(stringOf).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object') return stringOf((value as JsonLdObject).name);
  return null;
}

function storyObject(doc: Document): JsonLdObject | null {
  return readJsonLd(doc).find((object) => typesOf(object).some(isArticleType)) ?? null;
}

/** ISO 8601 where the page's time can be read, as printed otherwise. */
function isoTime(time: string | null): string | null {
  if (!time) return null;
  const trimmed = time.trim();
  if (PATTERNS.isoDate.test(trimmed)) return trimmed;
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? trimmed : new Date(parsed).toISOString();
}

/** Is the story behind a wall: declared not free, or a paywall element on the page? */
function hasPaywallSigns(doc: Document, meta: MetaTags, story: JsonLdObject | null): boolean {
  const free = story?.isAccessibleForFree;
  if (free === false || (typeof free === 'string' && free.toLowerCase() === 'false')) return true;
  const tier = meta.get('property', 'article:content_tier');
  if (tier && PATTERNS.lockedTier.test(tier)) return true;
  for (const element of doc.querySelectorAll('[class], [id]')) {
    const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (PATTERNS.paywall.test(label)) return true;
  }
  return false;
}

/** The page's declared title, cut to the story's own (see lib/extract/title.ts). */
function readTitle(
  doc: Document,
  declared: string | null,
  names: { siteNames: string[]; bylines: Array<string | null> },
): string | null {
  if (!declared) return null;
  return storyTitle(declared, {
    siteNames: names.siteNames,
    bylines: nonEmptyValues(names.bylines),
    url: doc.URL || null,
    headings: Array.from(doc.getElementsByTagName('h1'), (heading) => heading.textContent ?? ''),
  });
}

export function readMetadata(doc: Document, readable: ReadabilityMetadata, bodyText: string): ExtractedMetadata {
  const story = storyObject(doc);
  const meta = new MetaTags(doc);
  const publisher = stringOf(story?.publisher);
  const ogSiteName = meta.get('property', 'og:site_name');
  const siteName = readable.siteName ?? publisher ?? ogSiteName;
  const siteNames = nonEmptyValues([siteName, publisher, ogSiteName, meta.get('name', 'application-name')]);
  const byline = readByline(doc, {
    readability: readable.byline,
    declared: [stringOf(story?.author), meta.get('name', 'author')],
    siteNames,
  });
  const metadata: ExtractedMetadata = {
    title: readTitle(doc, readable.title ?? stringOf(story?.headline) ?? meta.get('property', 'og:title'), {
      siteNames,
      bylines: [byline, meta.get('name', 'author')],
    }),
    byline,
    siteName: siteName && (siteName.replace(PATTERNS.siteNameTail, '') || siteName),
    publishedTime: isoTime(
      readable.publishedTime ??
        stringOf(story?.datePublished) ??
        meta.get('property', 'article:published_time') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
        null,
    ),
    lang: pageLanguage(doc, meta) ?? stringOf(story?.inLanguage) ?? guessLanguage(bodyText),
  };
  const short = firstWords(bodyText, TEASER_WORDS).length < TEASER_WORDS;
  if (short && hasPaywallSigns(doc, meta, story)) metadata.partial = true;
  return metadata;
}
