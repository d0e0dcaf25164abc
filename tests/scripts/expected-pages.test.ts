import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFixturePage, expectedOf, expectedPath } from '../../scripts/fixtures/expected-pages';
import { listFixturePages } from '../../tooling/fixtures';

describe('fixture pages against their expected output', () => {
  it.each(listFixturePages())('%s', (slug) => {
    const path = expectedPath(slug);
    expect(existsSync(path), `${path} is missing: run npm run fixtures:expected`).toBe(true);
    expect(expectedOf(analyzeFixturePage(slug))).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
