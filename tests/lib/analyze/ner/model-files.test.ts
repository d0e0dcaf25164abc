import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The budget of what the extension ships for the recogniser: all models and lexicons ≤ 3.5 MiB raw
 * (2 MiB before the word clusters' 0.84 MB, 3 MiB before the town list's 0.22 MB; the issue's bar is
 * 4 MB in the zip, where the whole extension took 1.97 MB with them).
 */
const MAX_SHIPPED_BYTES = 3.5 * 1024 * 1024;

/** Relative to the project root, where the tests run. */
const SHIPPED = [
  'model.json',
  'gazetteer.json',
  'mention-model.json',
  'mention-type-model.json',
  'word-clusters.json',
  'place-list.json',
].map((name) => resolve('lib/analyze/ner', name));

describe('shipped recogniser data', () => {
  it('stays within the size budget', () => {
    const total = SHIPPED.reduce((sum, path) => sum + statSync(path).size, 0);
    expect(total).toBeLessThanOrEqual(MAX_SHIPPED_BYTES);
  });
});
