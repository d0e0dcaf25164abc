/** The 3–5 sentences that carry a story. */
import type { Entity, Quote } from '../analysis';
import { splitSentences } from './sentences';

export interface KeyPointContext {
  entities: Entity[];
  quotes: Quote[];
  /** Offset where the story proper starts (after a dateline prefix). */
  bodyStart: number;
}

export function chooseKeyPoints(text: string, context: KeyPointContext): string[] {
  return splitSentences(text.slice(context.bodyStart)).slice(0, 3).map((s) => s.text);
}
