/**
 * The detector runs in every page the reader opens and the reader in every article, so both must
 * stay small: the NLP (compromise, ~141 kB gzipped on its own), Readability, whose parse of a
 * large page is one long task, and the reading memory's database belong in the background only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COMPILE_ALL_FUNCTIONS_HINT, DETECTOR_SCRIPT, READER_SCRIPT } from '../../utils/isolated-world';
import { requireBuild } from './support/browsers';

/** The budget from the design: under 60 kB gzipped for a script that runs in pages. */
const PAGE_SCRIPT_BUDGET_BYTES = 60 * 1024;
/** The detector's own budget: it runs on every page, so it carries detection and nothing else. */
const DETECTOR_BUDGET_BYTES = 8 * 1024;

/** The global the reading memory's database opens through (idb calls it; minifying keeps globals). */
const INDEXED_DB_MARK = 'indexedDB';
/** The key tooling/build/model-index.ts adds to each model file it bundles. */
const FEATURE_TABLE_MARK = 'featureTable:';
/** A name from Readability's own source (a method, which minifying keeps). */
const READABILITY_MARK = '_grabArticle';

function gzippedSize(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

describe.each(['.output/chrome-mv3', '.output/firefox-mv3'])('the build in %s', (dir) => {
  it('runs only the detector on every page, and keeps it under 8 kB gzipped', () => {
    const manifest = JSON.parse(readFileSync(join(requireBuild(dir), 'manifest.json'), 'utf8')) as {
      content_scripts: Array<{ js: string[] }>;
    };
    expect(manifest.content_scripts.flatMap((script) => script.js)).toEqual([DETECTOR_SCRIPT]);
    expect(gzippedSize(join(dir, DETECTOR_SCRIPT))).toBeLessThan(DETECTOR_BUDGET_BYTES);
  });

  it('asks V8 to compile the detector whole, on its first line', () => {
    const [firstLine] = readFileSync(join(dir, DETECTOR_SCRIPT), 'utf8').split('\n', 1);
    expect(firstLine).toBe(COMPILE_ALL_FUNCTIONS_HINT);
  });

  it('keeps the reader under 60 kB gzipped', () => {
    const reader = join(dir, READER_SCRIPT);
    expect(gzippedSize(reader), `${READER_SCRIPT}: gzipped`).toBeLessThan(PAGE_SCRIPT_BUDGET_BYTES);
  });

  it('runs Readability in the background, not in the page', () => {
    const holdsReadability = (script: string) => readFileSync(join(dir, script), 'utf8').includes(READABILITY_MARK);
    expect(holdsReadability('background.js')).toBe(true);
    expect(holdsReadability(READER_SCRIPT)).toBe(false);
  });

  it('ships the background in ASCII, each model with the feature table made at build', () => {
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // One character beyond Latin-1 and the browser decodes the whole 3.5 MB script to two bytes a character.
    expect(background.match(/[\u0080-\uffff]/g)).toBeNull();
    expect(background).toContain(FEATURE_TABLE_MARK);
  });

  it('keeps the reading memory’s database in the background, not in the page', () => {
    const holdsDatabase = (script: string) => readFileSync(join(dir, script), 'utf8').includes(INDEXED_DB_MARK);
    expect(holdsDatabase('background.js')).toBe(true);
    expect(holdsDatabase(READER_SCRIPT)).toBe(false);
  });
});
