import { describe, expect, it } from 'vitest';
import { prepareLines, shortShape, staticFeaturesAt } from '../../../../lib/analyze/ner/features';
import { loadLexicons, matchPhrases, readWordClusters } from '../../../../lib/analyze/ner/lexicons';
import clusterFile from '../../../../lib/analyze/ner/word-clusters.json';
import { tokenize, tokenizeLines } from '../../../../lib/analyze/ner/tokens';

describe('shortShape', () => {
  it.each([
    ['McDonald', 'XxXx'],
    ['G7', 'Xd'],
    ['1996-08-30', 'd-d-d'],
    ['NATO', 'X'],
    ['Zürich', 'Xx'],
  ])('%s → %s', (word, shape) => {
    expect(shortShape(word)).toBe(shape);
  });
});

describe('prepareLines', () => {
  const lexicons = loadLexicons(new Map([['red cross', 'ORG']]));
  const featuresOf = (text: string, line: number, token: number) =>
    staticFeaturesAt(prepareLines(tokenizeLines(text), lexicons)[line], token);

  it('reads news typography as the ASCII the model learned from', () => {
    expect(featuresOf('Xi’s visit', 0, 1)).toContain("w='s");
    expect(featuresOf('“Yes”', 0, 0)).toContain('w="');
  });

  it('says how a word is cased elsewhere in the text, for headlines and sentence starts', () => {
    // "LEEDS" in a caps line is "Leeds" (title case = 1) in running text
    expect(featuresOf('LEEDS WIN AT HOME\nThey beat Leeds and Hull .', 0, 0)).toContain('df=1|X|AC');
  });

  it('marks compromise word classes and gazetteer phrases', () => {
    const features = featuresOf('The Red Cross met in Paris', 0, 5);
    expect(features).toContain('lc=City');
    expect(featuresOf('The Red Cross met in Paris', 0, 2)).toContain('gz=I-ORG');
  });
});

describe('word clusters', () => {
  const lexicons = loadLexicons(new Map());
  const featuresOf = (text: string, token: number) =>
    staticFeaturesAt(prepareLines(tokenizeLines(text), lexicons)[0], token);
  const clusterFeatures = (features: string[]) => features.filter((feature) => /^k\d=|^ks=/.test(feature));

  describe('read from the sorted entries', () => {
    // Fine clusters 0 (london, paris, zurich), 1 (new, newark, said) and 2 (a-b, o'neill, u.s.).
    const clusters = readWordClusters({
      words: "a-b02 london00 new01 newark01 o'neill02 paris00 said01 u.s.02 zurich00",
      clusterDigits: 2,
      groups: [
        [0, 0, 1],
        [1, 2, 3],
      ],
    });

    it('give every word its groups, coarsest first, then its fine cluster, the first and last words too', () => {
      expect(clusters.get('a-b')).toEqual([1, 3, 2]);
      expect(clusters.get('london')).toEqual([0, 1, 0]);
      expect(clusters.get('new')).toEqual([0, 2, 1]);
      expect(clusters.get('newark')).toEqual([0, 2, 1]);
      expect(clusters.get("o'neill")).toEqual([1, 3, 2]);
      expect(clusters.get('paris')).toEqual([0, 1, 0]);
      expect(clusters.get('said')).toEqual([0, 2, 1]);
      expect(clusters.get('u.s.')).toEqual([1, 3, 2]);
      expect(clusters.get('zurich')).toEqual([0, 1, 0]);
    });

    it('share one list among the words of a fine cluster', () => {
      expect(clusters.get('paris')).toBe(clusters.get('london'));
    });

    it('know no other word: before the first, after the last, between, a prefix, an entry with its number', () => {
      for (const word of [
        '',
        'a',
        'aaa',
        'zzz',
        'ne',
        'newa',
        'newarks',
        'parisx',
        'london00',
        'new newark',
        'London',
      ]) {
        expect(clusters.get(word)).toBeUndefined();
      }
    });

    it('read a number in base 36 on the width the file gives', () => {
      const wide = readWordClusters({ words: 'aa0Z bb10', clusterDigits: 2, groups: [] });
      expect(wide.get('aa')).toEqual([35]);
      expect(wide.get('bb')).toEqual([36]);
    });
  });

  it("ship their entries sorted in JavaScript's string order, each word once", () => {
    const words = clusterFile.words.split(' ').map((entry) => entry.slice(0, -clusterFile.clusterDigits));
    const unsorted = words.filter((word, i) => i > 0 && !(words[i - 1] < word));
    expect(unsorted).toEqual([]);
    expect(words.length).toBeGreaterThan(50_000);
  });

  it('are features of a known word, with its shape, and of its neighbours; none for an unknown word', () => {
    const [coarsest] = lexicons.wordClusters.get('london') ?? [];
    const features = featuresOf('Xqzvyk met London officials', 0);
    expect(clusterFeatures(features)).toEqual([]);
    expect(features).toContain(`nk=${lexicons.wordClusters.get('met')?.[0]}`);
    expect(clusterFeatures(featuresOf('Xqzvyk met London officials', 2))).toContain(`ks=${coarsest}|Xx`);
  });
});

describe('lines written in lower case', () => {
  const lexicons = loadLexicons(new Map([['tampa bay', 'LOC']]));
  const featuresOf = (text: string, token: number) =>
    staticFeaturesAt(prepareLines(tokenizeLines(text), lexicons)[0], token);

  it('read the phrase tables case-blind, and say the line is in lower case', () => {
    const features = featuresOf('where can I get morcillas in tampa bay', 6);
    expect(features).toContain('gzl=B-LOC');
    expect(features).toContain('c=lc|x');
  });

  it('leave a mixed-case line to the capitalised phrases', () => {
    const features = featuresOf('Where can I find tampa bay shrimp near Miami', 4);
    expect(features.some((feature) => feature.startsWith('gzl='))).toBe(false);
    expect(features).toContain('c=mc|x');
  });
});

describe('matchPhrases', () => {
  it('marks the longest capitalized phrase of the table', () => {
    const tokens = tokenize('in New York City and new york');
    const lowered = tokens.map((token) => token.text.toLowerCase());
    const table = new Map([
      ['new york', 'LOC'],
      ['new york city', 'LOC'],
    ]);
    expect(matchPhrases(tokens, lowered, table)).toEqual([
      undefined,
      'B-LOC',
      'I-LOC',
      'I-LOC',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
