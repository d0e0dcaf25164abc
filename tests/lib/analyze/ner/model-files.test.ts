import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The bar on what the extension ships for the recogniser: all models and lexicons ≤ 2 MB. */
const MAX_SHIPPED_BYTES = 2 * 1024 * 1024;

/** Relative to the project root, where the tests run. */
const SHIPPED = ['model.json', 'gazetteer.json', 'mention-model.json'].map((name) => resolve('lib/analyze/ner', name));

describe('shipped recogniser data', () => {
  it('stays within the size budget', () => {
    const total = SHIPPED.reduce((sum, path) => sum + statSync(path).size, 0);
    expect(total).toBeLessThanOrEqual(MAX_SHIPPED_BYTES);
  });
});
