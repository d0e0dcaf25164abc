import { describe, expect, it } from 'vitest';
import { JOINED_BY_FOR, JOINED_BY_OF, joinInstitutionNames } from '../../../../lib/analyze/ner/institutions';
import type { TypedSpan } from '../../../../lib/analyze/ner/recognizer';
import { describeSpan, type HandTagged, handTag } from './spans';

/** The spans after the pass over `text` tagged by hand (`tagged`), as a reader would list them; "for" unless `join` says. */
function joined(text: string, tagged: (tag: HandTagged) => TypedSpan[], join = JOINED_BY_FOR): string[] {
  const tag = handTag(text);
  return joinInstitutionNames(tagged(tag), tag.lines, join).map((span) => describeSpan(text, span));
}

describe('joinInstitutionNames', () => {
  it('reads an institution named for its purpose as one organization, over "for" and "the"', () => {
    expect(
      joined('The Chinese Center for Disease Control and Prevention said the risk was low.', (t) => [
        t.span('Chinese Center', 'place'),
      ]),
    ).toEqual(['Chinese Center for Disease Control and Prevention (organization)']);
    expect(
      joined('He was a patron of the National Society for the Prevention of Cruelty to Children.', (t) => [
        t.span('National Society', 'organization'),
        t.span('Prevention of Cruelty', 'organization'),
      ]),
    ).toEqual(['National Society for the Prevention of Cruelty to Children (organization)']);
  });

  it('finds one the tagger missed, and keeps a longer span the tagger found over it', () => {
    expect(joined('The Center for American Progress released a report.', () => [])).toEqual([
      'Center for American Progress (organization)',
    ]);
    expect(
      joined('The Organisation for Security and Cooperation in Europe sent monitors.', (t) => [
        t.span('Organisation for Security and Cooperation in Europe', 'organization'),
      ]),
    ).toEqual(['Organisation for Security and Cooperation in Europe (organization)']);
  });

  it('leaves "for" after any other word, and a purpose in lower case, alone', () => {
    const text = 'Support for Ukraine grew, and the council for local schools met Kyiv officials.';
    expect(joined(text, (t) => [t.span('Ukraine', 'place'), t.span('Kyiv', 'place')])).toEqual([
      'Ukraine (place)',
      'Kyiv (place)',
    ]);
    expect(
      joined('She works at the Institute for Fiscal Studies in London.', (t) => [t.span('London', 'place')]),
    ).toEqual(['Institute for Fiscal Studies (organization)', 'London (place)']);
  });

  it('joins over "of" after an institution\'s or a school\'s head, when asked, and after no other word', () => {
    const text =
      'He taught at the University of California and met the Earl of Clare in the Society of the Cincinnati.';
    const tagged = (t: HandTagged) => [
      t.span('California', 'place'),
      t.span('Clare', 'place'),
      t.span('Cincinnati', 'organization'),
    ];
    expect(joined(text, tagged, JOINED_BY_OF)).toEqual([
      'University of California (organization)',
      'Clare (place)',
      'Society of the Cincinnati (organization)',
    ]);
    expect(joined(text, tagged)).toEqual(['California (place)', 'Clare (place)', 'Cincinnati (organization)']);
  });
});
