/**
 * The values a page declares (meta tags, JSON-LD, Readability's reading) that say something: null,
 * undefined and empty ones left out, the rest in order.
 */
export function nonEmptyValues(values: ReadonlyArray<string | null | undefined>): string[] {
  return values.filter((value): value is string => Boolean(value));
}
