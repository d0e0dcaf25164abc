/**
 * The layers of docs/architecture.md, checked on the source's import graph (type imports
 * included; Biome's noImportCycles keeps the graph free of cycles): each folder imports only the
 * layers below it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE_FOLDERS = ['lib', 'utils', 'components', 'entrypoints', 'scripts', 'tooling'];

/** Which top folders a folder may not import from, and why. */
const FORBIDDEN: Array<{ from: RegExp; to: RegExp; reason: string }> = [
  {
    from: /^lib\//,
    to: /^(entrypoints|components|utils|scripts|tests)\//,
    reason: 'lib/ is the pipeline and its types, pure: it never reaches into the extension, its views or tooling',
  },
  {
    from: /^utils\//,
    to: /^(entrypoints|components|scripts|tests)\//,
    reason: 'utils/ holds what several entrypoints share, so it depends on none of them',
  },
  {
    from: /^components\//,
    to: /^(entrypoints|scripts|tests)\//,
    reason: 'components render what they are given',
  },
  {
    from: /^(entrypoints|components|utils|lib)\//,
    to: /^(scripts|tests|tooling)\//,
    reason: 'the extension never loads the scripts, the tests or their tooling',
  },
  {
    from: /^scripts\//,
    to: /^tests\//,
    reason: 'scripts share what they need with the tests through tooling/, never by reaching into tests/',
  },
  {
    from: /^tooling\//,
    to: /^(entrypoints|components|scripts|tests)\//,
    reason:
      'tooling/ drives a browser and reads the fixture pages for scripts and tests alike, so it depends on neither',
  },
];

/**
 * lib/'s layers, lowest first: a file imports only its own layer and the ones below it, so the
 * pipeline reads one way (detect → extract → analyze → paint / summary) and the extension's
 * plumbing sits on top. lib/analysis.ts and lib/pipeline.ts are layers of one file each.
 */
const LIB_LAYERS = [
  'memo', // look up, else compute and store: one helper any layer may use
  'steps', // long work cut into steps, for the page to pace by time (detection and the copy alike)
  'analysis', // the contract's types
  'analyze', // plain text in, findings out: the same in Node, tests and the background
  'page', // what a page says of itself (JSON-LD, meta tags, its language), read by detect and extract
  'detect', // the cheap verdict on every page
  'reading', // the page's half: its copy in steps, the text map, what it hands over and gets back
  'extract', // the story from the copy: Readability, boilerplate, metadata
  'paint', // highlights on the live page
  'summary', // the popup's and the command line's summary
  'memory', // the reading memory: the stories read, one entry per person across them (IndexedDB)
  'extension', // messages, settings, the cache: the extension's plumbing
  'pipeline', // the whole path, for the command line and the background
];

/** The lib/ layer of a file or import target ("lib/reading/steps.ts" → "reading"), or null. */
function libLayerOf(file: string): string | null {
  return /^lib\/([^/.]+)/.exec(file)?.[1] ?? null;
}

/** Each import inside lib/ from a layer to a higher one. */
function libLayerViolations(imports: Array<{ from: string; to: string }>): string[] {
  const rank = (file: string) => LIB_LAYERS.indexOf(libLayerOf(file) ?? '');
  return imports
    .filter(({ from, to }) => rank(from) >= 0 && rank(to) > rank(from))
    .map(({ from, to }) => `${from} → ${to}: lib/${libLayerOf(from)} sits below lib/${libLayerOf(to)}`);
}

/** Relative import specifiers of a source file: static, type-only, re-exports and dynamic imports. */
function importSpecifiers(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.[^'"]+)['"]/gm);
  return [...found].map((match) => match[1]!);
}

/** What a source file loads when it runs: its imports but the type-only ones, packages included. */
function runtimeSpecifiers(source: string): string[] {
  const found = source.matchAll(
    /^\s*(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm,
  );
  return [...found].map((match) => (match[1] ?? match[2] ?? match[3])!);
}

/** The source file a relative specifier names, or null for a package or a file that is no module. */
function moduleFile(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(from), specifier.replace(/\?.*$/, '')));
  return (
    [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((file) => /\.tsx?$/.test(file) && existsSync(file)) ??
    null
  );
}

/** Every file and package an entry loads when it runs, itself included. */
function runtimeClosure(entry: string): Set<string> {
  const loaded = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop()!;
    if (loaded.has(file)) continue;
    loaded.add(file);
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      const target = moduleFile(file, specifier);
      if (target) pending.push(target);
      else if (!specifier.startsWith('.')) loaded.add(specifier);
    }
  }
  return loaded;
}

/**
 * What the scripts in the page must never load: extraction, the NLP and the reading memory's
 * database run in the background (the page may know the memory's types and the frame's address).
 */
const BACKGROUND_ONLY =
  /^(lib\/(extract|analyze)\/|lib\/memory\/(store|schema|retention|identity)|@mozilla\/readability|compromise|linkedom|idb$)/;

/** The top-level entrypoint a file belongs to ("background", "reader", …), or null. */
function entrypointOf(file: string): string | null {
  return /^entrypoints\/([^/.]+)/.exec(file)?.[1] ?? null;
}

/** Each import that breaks a layer rule, as "from → to: reason". */
function layerViolations(imports: Array<{ from: string; to: string }>): string[] {
  const broken: string[] = [];
  for (const { from, to } of imports) {
    for (const rule of FORBIDDEN)
      if (rule.from.test(from) && rule.to.test(to)) broken.push(`${from} → ${to}: ${rule.reason}`);
    const [own, other] = [entrypointOf(from), entrypointOf(to)];
    if (own && other && own !== other)
      broken.push(`${from} → ${to}: an entrypoint is its own bundle; what two share lives in utils/ or lib/`);
  }
  return broken;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative('.', join(entry.parentPath, entry.name)));
}

function projectImports(): Array<{ from: string; to: string }> {
  return SOURCE_FOLDERS.flatMap(sourceFiles).flatMap((from) =>
    importSpecifiers(readFileSync(from, 'utf8')).map((specifier) => ({
      from,
      to: normalize(join(dirname(from), specifier)),
    })),
  );
}

describe('layers', () => {
  it('reads every kind of import', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "const d = await import('./d');",
      "import './e.css';",
      "import { f } from 'package';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a', '../b', './c', './d', './e.css']);
  });

  it('finds an import the wrong way', () => {
    expect(
      layerViolations([
        { from: 'lib/analyze/index.ts', to: 'entrypoints/reader/index' },
        { from: 'entrypoints/background.ts', to: 'entrypoints/reader/page-reader' },
        { from: 'entrypoints/reader/index.ts', to: 'entrypoints/reader/page-reader' },
        { from: 'entrypoints/popup/main.tsx', to: 'components/PopupView' },
        { from: 'scripts/corpus.ts', to: 'tests/e2e/support/browsers' },
        { from: 'scripts/corpus.ts', to: 'tooling/browser/chromium' },
      ]),
    ).toEqual([
      'lib/analyze/index.ts → entrypoints/reader/index: lib/ is the pipeline and its types, pure: it never reaches into the extension, its views or tooling',
      'entrypoints/background.ts → entrypoints/reader/page-reader: an entrypoint is its own bundle; what two share lives in utils/ or lib/',
      'scripts/corpus.ts → tests/e2e/support/browsers: scripts share what they need with the tests through tooling/, never by reaching into tests/',
    ]);
  });

  it('finds an import up the layers of lib/', () => {
    expect(
      libLayerViolations([
        { from: 'lib/detect/index.ts', to: 'lib/page/meta-tags' },
        { from: 'lib/extract/metadata.ts', to: 'lib/reading/extracted' },
        { from: 'lib/analyze/index.ts', to: 'lib/extract/index' },
        { from: 'lib/paint/highlight.ts', to: 'lib/extension/settings' },
        { from: 'lib/pipeline.ts', to: 'lib/analysis' },
      ]),
    ).toEqual([
      'lib/analyze/index.ts → lib/extract/index: lib/analyze sits below lib/extract',
      'lib/paint/highlight.ts → lib/extension/settings: lib/paint sits below lib/extension',
    ]);
  });

  it('reads what a file loads when it runs', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {',
      '  c,',
      "} from './c';",
      "export { d } from './d';",
      "export type { E } from './e';",
      "const f = await import('./f');",
      "import 'g';",
    ].join('\n');
    expect(runtimeSpecifiers(source)).toEqual(['./a', './c', './d', './f', 'g']);
  });

  it("keeps extraction, the NLP and the memory's database out of the page's scripts", () => {
    const pageScripts = [
      { entry: 'entrypoints/detector/index.ts', loads: 'lib/detect/index.ts' },
      { entry: 'entrypoints/reader/index.ts', loads: 'lib/reading/page-copy.ts' },
    ];
    for (const { entry, loads } of pageScripts) {
      const loaded = [...runtimeClosure(entry)];
      expect(loaded).toContain(loads);
      expect(loaded.filter((file) => BACKGROUND_ONLY.test(file))).toEqual([]);
    }
    expect([...runtimeClosure('entrypoints/background.ts')].filter((file) => BACKGROUND_ONLY.test(file))).not.toEqual(
      [],
    );
  });

  it('holds on the project: no import the wrong way between layers', () => {
    const imports = projectImports();
    expect(imports.length).toBeGreaterThan(100);
    expect(layerViolations(imports)).toEqual([]);
    expect(libLayerViolations(imports)).toEqual([]);
    expect(sourceFiles('lib').every((file) => libLayerOf(file) && LIB_LAYERS.includes(libLayerOf(file)!))).toBe(true);
  });
});
