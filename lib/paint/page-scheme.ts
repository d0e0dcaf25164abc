/**
 * Is the page light or dark? The highlight colours follow the page the reader is looking at, not
 * the system setting: a white news page read on a dark desktop keeps light highlights.
 */

export type PageScheme = 'light' | 'dark';

/** Below this relative luminance (WCAG's definition, 0 black – 1 white) a background reads as dark. */
const DARK_LUMINANCE = 0.2;

/** Colour functions as getComputedStyle gives them: "rgb(r, g, b)" or "rgba(r, g, b, a)". */
const COLOR_PATTERNS = {
  rgb: /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/,
} as const;

/** The scheme of the page's background: body's, else the root's; a page with neither is light. */
export function pageColorScheme(doc: Document): PageScheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = parseOpaqueColor(view.getComputedStyle(element).backgroundColor);
    if (rgb) return relativeLuminance(rgb) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return 'light';
}

/** [r, g, b] of a computed colour, or null when it is (almost) transparent or not rgb(). */
export function parseOpaqueColor(color: string): [number, number, number] | null {
  const match = COLOR_PATTERNS.rgb.exec(color.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  if (alpha < 0.5) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
