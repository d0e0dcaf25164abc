import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compromiseMerge, patchCompromiseMerge } from '../../tooling/build/compromise-merge';

/** The extend.js of the compromise the project installs. */
function shippedExtendModule(): { path: string; code: string } {
  const path = resolve('node_modules/compromise/src/API/extend.js');
  return { path, code: readFileSync(path, 'utf8') };
}

describe('compromise merge build step', () => {
  it('makes both of mergeDeep’s assignments plain in the installed compromise', () => {
    const patched = patchCompromiseMerge(shippedExtendModule().code);
    expect(patched).not.toContain('Object.assign(model, {');
    expect(patched).toContain('model[key] = plugin[key]');
    expect(patched).toContain('model[key] = {}');
  });

  it('stops the build when compromise’s code no longer has them', () => {
    expect(() => patchCompromiseMerge('function mergeDeep(model, plugin) {}')).toThrow('no longer has');
  });

  it('touches compromise’s extend.js only', () => {
    const plugin = compromiseMerge();
    const transform = plugin.transform as (code: string, id: string) => string | null;
    const { path, code } = shippedExtendModule();
    expect(transform(code, path)).toContain('model[key] = plugin[key]');
    expect(transform(code, '/project/lib/analyze/index.ts')).toBeNull();
  });
});
