import { describe, expect, it } from 'vitest';
import { mentionFeatures, type MentionLexicons, typingFeatures } from '../../../../lib/analyze/ner/mention-features';
import { handTag } from './spans';

const LEXICONS: MentionLexicons = {
  wordClasses: new Map(Object.entries({ in: ['Preposition'], stayed: ['PastTense'], grand: ['Adjective'] })),
  orgWords: new Set(['bank']),
  placeWords: new Set(['hotel']),
  // Clusters coarsest first: "hotel" and "inn" share every level, "grand" and "the" only the coarsest.
  wordClusters: new Map<string, readonly number[]>(
    Object.entries({
      hotel: [1, 10, 100],
      inn: [1, 10, 100],
      grand: [2, 20, 200],
      the: [2, 21, 210],
      until: [3, 30, 300],
      stayed: [4, 40, 400],
      lodz: [5, 50, 500],
    }),
  ),
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

  it('reads no word cluster: the model that drops names does not see them', () => {
    expect(features.some((feature) => /-k[0-9f]=|no-cluster/.test(feature))).toBe(false);
  });
});

describe('typingFeatures', () => {
  const tagged = handTag('We stayed in the Grand Hotel until Monday.');
  const features = typingFeatures(tagged.lines, tagged.span('Grand Hotel', 'place'), LEXICONS);

  it('reads every feature of mentionFeatures', () => {
    expect(features).toEqual(
      expect.arrayContaining(mentionFeatures(tagged.lines, tagged.span('Grand Hotel', 'place'), LEXICONS)),
    );
  });

  it('reads the clusters of the head at every level, of the other words and of two words each side', () => {
    expect(features).toEqual(
      expect.arrayContaining([
        'head-k0=1',
        'head-k1=10',
        'head-k2=100',
        'word-k0=2',
        'word-kf=200',
        'left1-k0=2',
        'left1-kf=210',
        'right1-k0=3',
        'right1-kf=300',
      ]),
    );
    expect(features).not.toContain('head-no-cluster');
    expect(features.some((feature) => feature.startsWith('left2-k'))).toBe(false);
  });

  it('gives a name whose head is another word of the same cluster the same cluster features', () => {
    const inn = handTag('We stayed in the Grand Inn until Monday.');
    const innFeatures = typingFeatures(inn.lines, inn.span('Grand Inn', 'place'), LEXICONS);
    const clusterFeatures = (all: string[]) => all.filter((feature) => /-k[0-9f]=/.test(feature));
    expect(clusterFeatures(innFeatures)).toEqual(clusterFeatures(features));
    expect(innFeatures).not.toContain('head=hotel');
  });

  it('marks a head no cluster knows', () => {
    const rare = handTag('We stayed in the Grand Zzyzx until Monday.');
    expect(typingFeatures(rare.lines, rare.span('Grand Zzyzx', 'place'), LEXICONS)).toContain('head-no-cluster');
  });

  it('reads the clusters of the verb after the span', () => {
    const said = handTag('The Grand Hotel stayed open.');
    expect(typingFeatures(said.lines, said.span('Grand Hotel', 'place'), LEXICONS)).toEqual(
      expect.arrayContaining(['verb-after=stayed', 'verb-after-k0=4', 'verb-after-kf=400']),
    );
  });

  it('marks a span that is a listed town, apart for a head with a cluster and one without', () => {
    const towns = handTag('We sailed to Neiafu and to Oakland, past North Oakland.');
    const neiafu = typingFeatures(towns.lines, towns.span('Neiafu', 'place'), LEXICONS);
    expect(neiafu).toEqual(expect.arrayContaining(['listed-place', 'listed-place|unclustered']));
    const northOakland = typingFeatures(towns.lines, towns.span('North Oakland', 'place'), LEXICONS);
    expect(northOakland).toEqual(expect.arrayContaining(['listed-place-head', 'listed-place-head|unclustered']));
    expect(northOakland).not.toContain('listed-place');
    expect(features.some((feature) => feature.startsWith('listed-place'))).toBe(false);
    expect(mentionFeatures(towns.lines, towns.span('Neiafu', 'place'), LEXICONS)).not.toContain('listed-place');
  });

  it('reads the words around a head no cluster knows, and not around one it knows', () => {
    const rare = handTag('We sailed to Neiafu today.');
    expect(typingFeatures(rare.lines, rare.span('Neiafu', 'place'), LEXICONS)).toEqual(
      expect.arrayContaining(['unclustered|left1=to', 'unclustered|right1=today', 'unclustered|left2=sailed to']),
    );
    expect(features.some((feature) => feature.startsWith('unclustered|'))).toBe(false);
  });

  it('reads the clusters of a word without its diacritics when the word has none', () => {
    const lodz = handTag('We stayed in Łódź until Monday.');
    const lodzFeatures = typingFeatures(lodz.lines, lodz.span('Łódź', 'place'), LEXICONS);
    expect(lodzFeatures).toEqual(expect.arrayContaining(['head-k0=5', 'head-k2=500']));
    expect(lodzFeatures).not.toContain('head-no-cluster');
  });
});
