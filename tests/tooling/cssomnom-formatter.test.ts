import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchCssomnomFormatter } from '../../tooling/build/cssomnom-formatter';

const CSSOMNOM_DIST = resolve('node_modules/cssomnom/dist');

/** The installed cssomnom's module that makes the number format. */
function formatterModule(): string {
  const codes = readdirSync(CSSOMNOM_DIST)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(CSSOMNOM_DIST, file), 'utf8'));
  const [code] = codes.filter((text) => text.includes('new Intl.NumberFormat('));
  return code;
}

/** The module's `formatNumber`, from its format's statement to its end, run on `values`. */
function formatted(code: string, values: number[]): string[] {
  const start = code.search(/(let madeFormatter;\n)?const formatter = /);
  const end = code.indexOf('return formatted === "-0" ? "0" : formatted;\n}', start);
  const formatNumber = new Function(
    `${code.slice(start, end)}return formatted === "-0" ? "0" : formatted;\n}\nreturn formatNumber;`,
  )();
  return values.map((value) => formatNumber(value));
}

describe('cssomnom number format build step', () => {
  it('makes the format on first use, and formats as cssomnom does', () => {
    const code = formatterModule();
    const patched = patchCssomnomFormatter(code);
    expect(patched).not.toMatch(/const formatter = new Intl\.NumberFormat/);
    expect(patched).toContain('madeFormatter ??= new Intl.NumberFormat(');
    const values = [0, 1.5, -0.0000001, 1234567.1234567, Number.NaN, Number.POSITIVE_INFINITY];
    expect(formatted(patched, values)).toEqual(formatted(code, values));
  });

  it('stops the build when cssomnom no longer makes its format as expected', () => {
    expect(() => patchCssomnomFormatter('const formatter = { format: String };')).toThrow('no longer makes');
  });
});
