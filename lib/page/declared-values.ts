/** The values a page declares (meta tags, JSON-LD, Readability's reading), none null or empty. */
export function known(values: ReadonlyArray<string | null | undefined>): string[] {
  return values.filter((value): value is string => Boolean(value));
}
