import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../lib/analyze/ner';
import { readQuotes } from '../../../../lib/analyze/quotes';
import { ALL_SPEAKER_RULES, SPEAKER_RULES, withoutRule } from '../../../../lib/analyze/quotes/rules';

const QUOTES_DIR = join(__dirname, '../../../../lib/analyze/quotes');

/** The code of quotes/ but the rules' own table: where a rule must be asked for to act. */
function quotesCode(): string {
  return readdirSync(QUOTES_DIR)
    .filter((file) => file.endsWith('.ts') && file !== 'rules.ts')
    .map((file) => readFileSync(join(QUOTES_DIR, file), 'utf8'))
    .join('\n');
}

describe('the attribution rules as data', () => {
  it('gives each rule one id, what it matches, what it does and a reason', () => {
    const ids = SPEAKER_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of SPEAKER_RULES) {
      expect(rule.match.length, rule.id).toBeGreaterThan(0);
      expect(rule.does.length, rule.id).toBeGreaterThan(0);
      expect(rule.reason.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('has every rule asked for by the code, so switching one off changes something', () => {
    const code = quotesCode();
    for (const rule of SPEAKER_RULES) expect(code, rule.id).toContain(`'${rule.id}'`);
  });

  it('switches one rule off and leaves the others on', () => {
    const without = withoutRule('trailing-cue');
    expect(without.has('trailing-cue')).toBe(false);
    expect(without.size).toBe(ALL_SPEAKER_RULES.size - 1);
  });

  // Each case: a rule, a text, and a feature of the first quote's candidates that only the rule gives.
  it.each([
    ['trailing-cue', '“We are ready for talks,” Putin said.', 'rule:trailing'],
    ['leading-cue', 'Putin said on Monday that Moscow was “ready for talks” with Kyiv.', 'rule:leading'],
    ['according-to-cues', 'The talks were “a success,” according to Putin.', 'cue:source'],
    ['cue-candidates', '“We are ready for talks,” Putin said.', 'cue:speech'],
  ] as const)('without %s, a reading loses what it gave', (id, text, feature) => {
    const entities = findEntities(text);
    const featuresOf = (enabled = ALL_SPEAKER_RULES) =>
      readQuotes(text, entities, enabled).candidates[0].flatMap((candidate) => candidate.features);
    expect(featuresOf()).toContain(feature);
    expect(featuresOf(withoutRule(id))).not.toContain(feature);
  });
});
