/**
 * The content script runs in every page the reader opens, so it must stay small: the NLP
 * (compromise, ~141 kB gzipped on its own) belongs in the background only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { requireBuild } from './support/browsers';

/** The budget from the design: under 60 kB gzipped per content script bundle. */
const CONTENT_SCRIPT_BUDGET_BYTES = 60 * 1024;

describe.each(['.output/chrome-mv3', '.output/firefox-mv3'])('the build in %s', (dir) => {
  it('keeps each content script under 60 kB gzipped', () => {
    const scripts = join(requireBuild(dir), 'content-scripts');
    const bundles = readdirSync(scripts).filter((name) => name.endsWith('.js'));
    expect(bundles.length).toBeGreaterThan(0);
    for (const name of bundles) {
      const gzipped = gzipSync(readFileSync(join(scripts, name))).length;
      expect(gzipped, `${name}: ${gzipped} bytes gzipped`).toBeLessThan(CONTENT_SCRIPT_BUDGET_BYTES);
    }
  });
});
