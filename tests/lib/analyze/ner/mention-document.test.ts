import { describe, expect, it } from 'vitest';
import { documentFeatures } from '../../../../lib/analyze/ner/mention-document';
import { handTag } from './spans';

/** The document features of the first `phrase` of `text` after `from` characters. */
function featuresOf(text: string, phrase: string, from = 0): string[] {
  const tagged = handTag(text);
  return documentFeatures(tagged.lines, tagged.span(phrase, 'organization', from));
}

describe('documentFeatures', () => {
  it('tells an acronym spelt out in lower-case words from one spelt out in names', () => {
    const text =
      'We map sea surface salinity (SSS) from space, as the European Space Agency (ESA) does. SSS maps help. ESA flies.';
    expect(featuresOf(text, 'SSS', text.indexOf('SSS maps'))).toEqual(['acronym=common-words']);
    expect(featuresOf(text, 'ESA', text.indexOf('ESA flies'))).toEqual(['acronym=capitalised']);
  });

  it('reads capitals the document also writes in lower case as common words, a hyphen’s parts as letters', () => {
    const text = 'We test a System Under Test (SUT). The system is under test. The SUT runs.';
    expect(featuresOf(text, 'SUT', text.indexOf('SUT runs'))).toEqual(['acronym=common-words']);
    const bulbs = 'A light-emitting diode (LED) lasts. LEDs are cheap.';
    expect(featuresOf(bulbs, 'LEDs')).toEqual(['acronym=common-words']);
  });

  it('marks an acronym the document never spells out, or spells out in other letters', () => {
    expect(featuresOf('The NASA probe flew.', 'NASA')).toEqual(['acronym=unexplained']);
    expect(featuresOf('The red planet (NASA) probe.', 'NASA')).toEqual(['acronym=unexplained']);
  });

  it('reads nothing for a word or a name of several words', () => {
    expect(featuresOf('The Nasa probe flew.', 'Nasa')).toEqual([]);
    expect(featuresOf('The NASA Ames centre (NASA) said.', 'NASA Ames')).toEqual([]);
  });
});
