/**
 * The verdict of an ablation (`npm run ablate:names`, `npm run ablate:speakers`): a hand-written
 * rule or pass stays only while dropping it costs on two sources or more (docs/quality.md).
 */

/** A gain smaller than this is noise, not help (about one quote of a publisher's 700). */
const MIN_GAIN = 0.001;

/** Sources on which a rule must help to stay. */
const MIN_SOURCES_HELPED = 2;

/** On how many sources a rule helps, by its gain on each, and whether it stays. */
export function ablationVerdict(gains: readonly number[]): { helped: number; verdict: 'keep' | 'drop' } {
  const helped = gains.filter((gain) => gain >= MIN_GAIN).length;
  return { helped, verdict: helped >= MIN_SOURCES_HELPED ? 'keep' : 'drop' };
}

/** A gain as a table cell, its sign always written ("+0.012", "-0.004"). */
export function signedGain(value: number, digits: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
}
