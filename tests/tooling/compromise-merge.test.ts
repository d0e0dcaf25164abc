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

  /** A build through the plugin's hooks, of modules at `paths`: the code of each is extend.js's. */
  function build(paths: string[]): () => void {
    const plugin = compromiseMerge();
    const hook = <T>(name: 'buildStart' | 'transform' | 'buildEnd') => plugin[name] as T;
    const { code } = shippedExtendModule();
    return () => {
      hook<() => void>('buildStart')();
      for (const path of paths) hook<(code: string, id: string) => unknown>('transform')(code, path);
      hook<(error?: Error) => void>('buildEnd')();
    };
  }

  it.each([
    ['compromise’s extend.js patched', [shippedExtendModule().path, '/project/lib/analyze/index.ts'], false],
    ['no compromise at all (the detector’s build)', ['/project/lib/detect/index.ts'], false],
    [
      'compromise from a build of its own, its extend.js never seen',
      ['/project/node_modules/compromise/builds/one/compromise-one.mjs'],
      true,
    ],
  ])('with %s (%j), stops the build: %s', (_what, paths, stops) => {
    if (stops) expect(build(paths)).toThrow('without its extend.js');
    else expect(build(paths)).not.toThrow();
  });
});
