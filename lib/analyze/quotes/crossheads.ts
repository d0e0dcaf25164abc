/**
 * Section headings inside an article body. Wire copy (AFP) sets them between dashes,
 * "– ‘Unlimited possibilities’ –"; the quoted words there are a heading's wording, not a quote.
 */
import type { TextSpan } from '../../analysis';

const CROSSHEAD = /^[–—-]\s.*\s[–—-]$/;

export function isCrosshead(paragraph: TextSpan): boolean {
  return CROSSHEAD.test(paragraph.text);
}
