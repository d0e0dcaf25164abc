/**
 * The map from the article body text back to the live DOM: each character range of the text
 * becomes a DOM Range whose text is the same string.
 */

export interface TextMap {
  /** A live DOM Range covering text[start, end), or null when the span cannot be placed. */
  rangeFor(start: number, end: number): Range | null;
}
