/**
 * What the tagger already decided about a word earlier in the same text. A name is usually tagged
 * with more context the first time ("Phil Simmons took four"), and later bare mentions
 * ("Simmons") can lean on that decision: the classic "prediction history" feature of non-local NER.
 */
import type { PreparedLine } from './features';
import { isCapitalised } from './tokens';

const NO_HISTORY = 'none';

export class TagHistory {
  /** Lowercased word → how often each class (PER, LOC, ORG, MISC or O) was chosen for it. */
  private readonly counts = new Map<string, Map<string, number>>();

  /** The feature for a token: the class most often chosen for its word so far. */
  featureFor(word: string, lowered: string): string {
    if (!isCapitalised(word)) return `h=${NO_HISTORY}`;
    const byClass = this.counts.get(lowered);
    if (!byClass) return `h=${NO_HISTORY}`;
    let best = NO_HISTORY;
    let bestCount = 0;
    for (const [entityClass, count] of byClass) {
      if (count > bestCount) [best, bestCount] = [entityClass, count];
    }
    return `h=${best}`;
  }

  /** The feature of each of the line's tokens (read before the line is recorded). */
  featuresOf(prepared: PreparedLine): string[] {
    return prepared.line.tokens.map((token, i) => this.featureFor(token.text, prepared.lowered[i]));
  }

  /** Records a decoded line's capitalized words with the class of their tag. */
  record(prepared: PreparedLine, tags: string[]): void {
    prepared.line.tokens.forEach((token, i) => {
      if (!isCapitalised(token.text)) return;
      const entityClass = tags[i] === 'O' ? 'O' : tags[i].slice(2);
      const byClass = this.counts.get(prepared.lowered[i]) ?? new Map<string, number>();
      byClass.set(entityClass, (byClass.get(entityClass) ?? 0) + 1);
      this.counts.set(prepared.lowered[i], byClass);
    });
  }
}
