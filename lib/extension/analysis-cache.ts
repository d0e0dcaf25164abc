/**
 * The background's cache of analyses, keyed by URL and a hash of the text: reloading a page, or
 * a single-page app coming back to a story, does not run the NLP again, and a changed text does.
 */
import type { Analysis } from '../analysis';

/** Analyses kept; a reader seldom has more stories open at once, and each costs ~100 kB. */
export const CACHE_CAPACITY = 32;

/** FNV-1a over UTF-16 code units: fast, stable, and enough to tell two versions of a page apart. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `lead`: the analysis of a story's first screen, made for painting only (no key points). */
export function cacheKey(url: string, text: string, lead = false): string {
  return `${url}#${text.length}:${hashText(text)}${lead ? ':lead' : ''}`;
}

/** A least-recently-used map from cache key to Analysis. */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();

  constructor(private readonly capacity = CACHE_CAPACITY) {}

  get(key: string): Analysis | undefined {
    const analysis = this.entries.get(key);
    if (analysis) {
      this.entries.delete(key);
      this.entries.set(key, analysis);
    }
    return analysis;
  }

  set(key: string, analysis: Analysis): void {
    this.entries.delete(key);
    this.entries.set(key, analysis);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
