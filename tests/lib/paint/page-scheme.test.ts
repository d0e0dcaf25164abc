import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageColorScheme, parseOpaqueColor, relativeLuminance } from '../../../lib/paint/page-scheme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('pageColorScheme', () => {
  it.each([
    // Body colour decides.
    ['a white body', 'background-color: rgb(255, 255, 255)', '', 'light'],
    ['a near-black body', 'background-color: rgb(18, 18, 18)', '', 'dark'],
    // A transparent body leaves it to the root.
    ['a dark root behind a transparent body', '', 'background-color: rgb(10, 20, 30)', 'dark'],
    // Nothing set: browsers paint white.
    ['no colours at all', '', '', 'light'],
  ])('%s → %s', (_label, bodyStyle, rootStyle, expected) => {
    if (bodyStyle) document.body.setAttribute('style', bodyStyle);
    if (rootStyle) document.documentElement.setAttribute('style', rootStyle);
    expect(pageColorScheme(document)).toBe(expected);
  });
});

describe('colour helpers', () => {
  it.each([
    ['rgb(1, 2, 3)', [1, 2, 3]],
    ['rgba(1, 2, 3, 0.9)', [1, 2, 3]],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
  ])('parseOpaqueColor(%j) → %j', (input, expected) => {
    expect(parseOpaqueColor(input)).toEqual(expected);
  });

  it('computes WCAG luminance at the ends of the scale', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1);
  });
});

/** WCAG contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const [hi, lo] = [relativeLuminance(rgb(a)), relativeLuminance(rgb(b))].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the highlight stylesheet', () => {
  const css = readFileSync(resolve('entrypoints/highlights.css'), 'utf8');
  const rules = [
    ...css.matchAll(/::highlight\(([\w-]+)\)\s*\{\s*background-color:\s*(#[0-9a-f]{6});\s*color:\s*(#[0-9a-f]{6});/g),
  ];

  it('styles every kind on light and dark pages, and the emphasis marks', () => {
    expect(rules.map((rule) => rule[1]).sort()).toEqual([
      'newslens-active',
      'newslens-flash',
      'newslens-organization',
      'newslens-organization-on-dark',
      'newslens-person',
      'newslens-person-on-dark',
      'newslens-place',
      'newslens-place-on-dark',
      'newslens-quote',
      'newslens-quote-on-dark',
    ]);
  });

  it.each(rules.map((rule) => [rule[1], rule[2], rule[3]]))(
    '%s text has ≥ 4.5:1 contrast on its background',
    (_name, background, text) => {
      expect(contrast(background!, text!)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
