import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  compromiseLexicon,
  expandLexiconInNode,
  expandedLexiconModule,
  expandedModelModule,
  type ExpandedLexicon,
  type PreTaggerModel,
} from '../../tooling/build/compromise-lexicon';

const PRE_TAGGER_MODEL = resolve('node_modules/compromise/src/2-two/preTagger/model');

/** One of the installed compromise's pre-tagger model modules: its path and code. */
function shippedModule(file: 'index.js' | 'lexicon/index.js'): { path: string; code: string } {
  const path = join(PRE_TAGGER_MODEL, file);
  return { path, code: readFileSync(path, 'utf8') };
}

/** A small stand-in for the expansion, for tests of the code around it. */
const EXPANDED: ExpandedLexicon = {
  lexicon: { walk: 'Infinitive', walked: 'PastTense', 'new york': 'City' },
  switches: { box: 'Noun|Verb' },
  multiCache: { new: 2 },
  uncountable: { advice: true },
};

describe('compromise lexicon build step', () => {
  it('ships the lexicon module as JSON, keeping its exports and the words it never expands', () => {
    const shipped = expandedLexiconModule(shippedModule('lexicon/index.js').code, EXPANDED);
    expect(shipped).not.toContain('unpack');
    expect(shipped).toContain("import frozenLex from './frozenLex.js'");
    expect(shipped).toContain('export { lexicon, switches, frozenLex }');
    expect(shipped).toContain(JSON.stringify(JSON.stringify(EXPANDED.lexicon)));
  });

  it('ships the model module without its expansion, with what the expansion added besides the lexicon', () => {
    const shipped = expandedModelModule(shippedModule('index.js').code, EXPANDED);
    expect(shipped).not.toContain('expandLexicon');
    expect(shipped).toContain(`Object.assign(model.one._multiCache, JSON.parse(${JSON.stringify('{"new":2}')}))`);
    expect(shipped).toContain(`Object.assign(model.two.uncountable, JSON.parse(${JSON.stringify('{"advice":true}')}))`);
  });

  it('stops the build when compromise’s code no longer has what it replaces', () => {
    expect(() => expandedModelModule('let model = {}\nexport default model', EXPANDED)).toThrow('no longer has');
    expect(() => expandedLexiconModule('export { lexicon }', EXPANDED)).toThrow('no longer has');
  });

  it('reads the expansion from compromise’s own model module', async () => {
    const expanded = await expandLexiconInNode(shippedModule('index.js').path);
    // A verb's conjugations and a noun's plural come from the expansion, not the packed lists.
    expect(expanded.lexicon).toMatchObject({ walked: 'PastTense', walking: 'Gerund' });
    expect(Object.keys(expanded.lexicon).length).toBeGreaterThan(20_000);
    expect(Object.keys(expanded.multiCache).length).toBeGreaterThan(0);
  });

  it('touches the two model modules only', async () => {
    const plugin = compromiseLexicon();
    const transform = plugin.transform as (code: string, id: string) => Promise<string | null>;
    const { path, code } = shippedModule('index.js');
    expect(await transform(code, path)).not.toContain('expandLexicon(model)');
    expect(await transform(code, '/project/lib/analyze/index.ts')).toBeNull();
  });

  /** A build through the plugin's hooks, of modules at `paths`, each with its own code where it has one. */
  function buildOf(paths: string[]): () => Promise<void> {
    const plugin = compromiseLexicon();
    const hook = <T>(name: 'buildStart' | 'transform' | 'buildEnd') => plugin[name] as T;
    const codeOf = (path: string) => (path.startsWith(PRE_TAGGER_MODEL) ? readFileSync(path, 'utf8') : '');
    return async () => {
      hook<() => void>('buildStart')();
      for (const path of paths)
        await hook<(code: string, id: string) => Promise<unknown>>('transform')(codeOf(path), path);
      hook<(error?: Error) => void>('buildEnd')();
    };
  }

  it.each([
    ['both model modules rewritten', [shippedModule('lexicon/index.js').path, shippedModule('index.js').path], false],
    ['no compromise at all (the detector’s build)', ['/project/lib/detect/index.ts'], false],
    ['the lexicon module only', [shippedModule('lexicon/index.js').path], true],
    [
      'compromise from a build of its own, its model modules never seen',
      ['/project/node_modules/compromise/builds/one/compromise-one.mjs'],
      true,
    ],
  ])('with %s (%j), stops the build: %s', async (_what, paths, stops) => {
    if (stops) await expect(buildOf(paths)()).rejects.toThrow('without its lexicon expanded');
    else await expect(buildOf(paths)()).resolves.toBeUndefined();
  });
});

describe('compromise bundled with its lexicon shipped expanded', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'newslens-compromise-lexicon-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** compromise's model after its set-up, from a Vite bundle made with the build step. */
  async function bundledModel(): Promise<PreTaggerModel> {
    const entry = join(scratch, 'entry.js');
    writeFileSync(
      entry,
      `import nlp from ${JSON.stringify(resolve('node_modules/compromise/src/three.js'))};\nmodule.exports = nlp.world().model;\n`,
    );
    const [output] = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [compromiseLexicon()],
      build: { write: false, minify: false, lib: { entry, formats: ['cjs'], fileName: 'bundle' } },
    })) as Array<{ output: Array<{ type: string; code?: string }> }>;
    const bundle = join(scratch, 'bundle.cjs');
    writeFileSync(bundle, output.output.find((file) => file.type === 'chunk')?.code ?? '');
    // Node's own loader: the test runner's would transform the bundle again.
    return createRequire(import.meta.url)(bundle);
  }

  it('has the lexicon, its order, the switches, the multi-word cache and the uncountable nouns of compromise set up in Node', async () => {
    const bundled = await bundledModel();
    const own = (nlp.world() as { model: PreTaggerModel }).model;
    // JSON text: the same keys in the same order, the same tags.
    expect(JSON.stringify(bundled.one.lexicon)).toBe(JSON.stringify(own.one.lexicon));
    expect(JSON.stringify(bundled.one._multiCache)).toBe(JSON.stringify(own.one._multiCache));
    expect(JSON.stringify(bundled.two.switches)).toBe(JSON.stringify(own.two.switches));
    expect(JSON.stringify(bundled.two.uncountable)).toBe(JSON.stringify(own.two.uncountable));
  });
});
