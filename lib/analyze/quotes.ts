/** Quotes of an article body and who said each. */
import type { Entity, Quote } from '../analysis';

export function findQuotes(_text: string, _entities: Entity[]): Quote[] {
  return [];
}
