import { describe, expect, it } from 'vitest';
import { mentionFeatures, type MentionLexicons } from '../../../../lib/analyze/ner/mention-features';
import { handTag } from './spans';

const LEXICONS: MentionLexicons = {
  wordClasses: new Map(Object.entries({ in: ['Preposition'], stayed: ['PastTense'], grand: ['Adjective'] })),
  orgWords: new Set(['bank']),
  placeWords: new Set(['hotel']),
};

describe('mentionFeatures', () => {
  const tagged = handTag('We stayed in the Grand Hotel until Monday.');
  const features = mentionFeatures(tagged.lines, tagged.span('Grand Hotel', 'place'), LEXICONS);

  it('reads the whole span: its head, words, length, shape and the classes of its words', () => {
    expect(features).toEqual(
      expect.arrayContaining([
        'head=hotel',
        'head-suffix=tel',
        'first=grand',
        'word=grand',
        'word=hotel',
        'len=2',
        'shape=Xx Xx',
        'class=Adjective',
        'head-place-word',
        'unknown-word',
      ]),
    );
    expect(features).not.toContain('head-org-word');
  });

  it('reads three words each side by position and the preposition before the span', () => {
    expect(features).toEqual(
      expect.arrayContaining(['left1=the', 'left2=in', 'left3=stayed', 'right1=until', 'right2=monday', 'right3=.']),
    );
    expect(features).not.toContain('preposition=the');
  });

  it('reads the first verb within three words after the span, and marks a sentence opening', () => {
    const said = handTag('Acme stayed put.');
    const opening = mentionFeatures(said.lines, said.span('Acme', 'organization'), LEXICONS);
    expect(opening).toEqual(expect.arrayContaining(['verb-after=stayed', 'sentence-initial|len=1', 'left1=<s>']));
    expect(features.some((feature) => feature.startsWith('sentence-initial'))).toBe(false);
  });
});
