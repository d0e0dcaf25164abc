/**
 * The layers of docs/architecture.md, checked on the source's import graph (type imports
 * included; Biome's noImportCycles keeps the graph free of cycles): each folder imports only the
 * layers below it.
 */
import { readFileSync, readdirSync } from 'node:fs';
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

/** Relative import specifiers of a source file: static, type-only, re-exports and dynamic imports. */
function importSpecifiers(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.[^'"]+)['"]/gm);
  return [...found].map((match) => match[1]!);
}

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

  it('holds on the project: no import the wrong way between layers', () => {
    const imports = projectImports();
    expect(imports.length).toBeGreaterThan(100);
    expect(layerViolations(imports)).toEqual([]);
  });
});
