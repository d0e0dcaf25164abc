/**
 * Word and phrase lists the tagger reads as features: compromise's own lexicon (its word classes:
 * FirstName, LastName, Country, City, Organization, Demonym…, plus its organization and place head
 * words), read once at load, a phrase gazetteer of names seen in the training split, and clusters
 * of words a large general corpus uses alike (word-clusters.json, from GloVe's vectors).
 */
import nlp from 'compromise';
import { remembered, rememberedWithin } from '../../memo';
import type { Token } from './tokens';
import clusterFile from './word-clusters.json';

/**
 * The clusters file (scripts/ner/word-clusters.py): `words`, one string of space-separated entries
 * sorted by word in JavaScript's string order, each the word followed by its fine cluster's number in
 * base 36 on `clusterDigits` characters, capital letters ("london0K"), and for each coarser level (coarsest first) the
 * group of each fine cluster.
 */
export interface WordClusterFile {
  words: string;
  clusterDigits: number;
  groups: number[][];
}

/** The gazetteer file: entity class (PER, LOC, ORG, MISC) → its lowercased phrases, one a line. */
export type GazetteerFile = Record<string, string>;

/** Longest phrase the matchers try, in tokens (longer names are rare and cost a join per try). */
const MAX_PHRASE_TOKENS = 6;

/** compromise's classes that say a phrase is a name, and the entity class each suggests. */
const COMPROMISE_NAME_CLASSES: Record<string, string> = {
  Person: 'PER',
  FirstName: 'PER',
  MaleName: 'PER',
  FemaleName: 'PER',
  LastName: 'PER',
  Country: 'LOC',
  City: 'LOC',
  Place: 'LOC',
  Region: 'LOC',
  Organization: 'ORG',
  SportsTeam: 'ORG',
};

/** compromise's classes that say a word may be a name; a word with only other classes is a common word. */
const NAME_WORD_CLASSES = new Set([
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Country',
  'City',
  'Place',
  'Region',
  'Organization',
  'SportsTeam',
  'ProperNoun',
  'Acronym',
]);

export function isNameClass(wordClass: string): boolean {
  return NAME_WORD_CLASSES.has(wordClass);
}

/** Is the lowercased, space-joined phrase a whole name that compromise or the training split knows? */
export function isKnownPhrase(phrase: string, lexicons: Lexicons): boolean {
  return lexicons.trainedPhrases.has(phrase) || lexicons.compromisePhrases.get(phrase) !== undefined;
}

/** A word compromise knows only as a common word ("May", "Will" are also names: those it tags so). */
export function isCommonWord(word: string, wordClasses: Lookup<string[]>): boolean {
  const classes = wordClasses.get(word.toLowerCase());
  return !!classes && !classes.some(isNameClass);
}

interface CompromiseLexicon {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

/** A table read by key only: a Map, or a view of compromise's lexicon that copies nothing. */
export interface Lookup<V> {
  get(key: string): V | undefined;
}

export interface Lexicons {
  /** compromise's word classes of a lowercased word. */
  wordClasses: Lookup<string[]>;
  /** Lowercased head words of organization names ("council", "bank") and places ("river", "bay"). */
  orgWords: Set<string>;
  placeWords: Set<string>;
  /** Multi-word names: compromise's ("new york") and the training split's. */
  compromisePhrases: Lookup<string>;
  trainedPhrases: PhraseTable;
  /** A lowercased word's clusters, coarsest first then the finest (none for a rare word). */
  wordClusters: Lookup<readonly number[]>;
}

/** Words whose lexicon values `rememberingLookup` keeps (a few news articles' vocabulary; a few MB). */
const REMEMBERED_WORDS = 50_000;

/**
 * `lookup` with each key's value kept once read, from one text to the next: a text looks its words
 * up again and again (a word's clusters on itself, on each neighbour, in the mention classifier),
 * and the next text most of the same words, where a cluster's lookup is a binary search in the
 * clusters file's text and a class's a property of compromise's 25,000-entry lexicon. Bounded:
 * cleared when full.
 */
function rememberingLookup<V>(lookup: Lookup<V>): Lookup<V> {
  const known = new Map<string, V | undefined>();
  return { get: (key) => rememberedWithin(known, REMEMBERED_WORDS, key, () => lookup.get(key)) };
}

/** Lowercased space-joined phrase → its entity class. */
export type PhraseTable = Map<string, string>;

let compromiseLists: Omit<Lexicons, 'trainedPhrases' | 'wordClusters'> | null = null;
let wordClusters: Lookup<readonly number[]> | null = null;

/** The lexicons with the given trained phrases; compromise's part and the clusters are read once and kept. */
export function loadLexicons(trainedPhrases: PhraseTable): Lexicons {
  compromiseLists ??= readCompromiseLexicon();
  wordClusters ??= rememberingLookup(readWordClusters(clusterFile));
  return { ...compromiseLists, trainedPhrases, wordClusters };
}

/**
 * Each word of the clusters file → its clusters, coarsest first; one list shared by a fine cluster's
 * words. The word is found by binary search on the file's string itself: a table of its 100,000
 * words took ~40 ms to build, paid by the service worker's cold start.
 */
export function readWordClusters(file: WordClusterFile): Lookup<readonly number[]> {
  const { words, clusterDigits, groups } = file;
  const levelsOfFine: Array<readonly number[]> = [];
  const levels = (fine: number) => (levelsOfFine[fine] ??= [...groups.map((group) => group[fine]), fine]);
  return {
    get: (word) => {
      const start = findEntry(words, word, clusterDigits);
      if (start < 0) return undefined;
      const number = start + word.length;
      return levels(Number.parseInt(words.slice(number, number + clusterDigits), 36));
    },
  };
}

/** Where the entry of `word` starts among the sorted, space-separated entries, else -1. */
function findEntry(entries: string, word: string, clusterDigits: number): number {
  // The entries not yet ruled out lie whole in [low, high): low starts one, high ends one.
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // The entry holding `middle` (the one before it where `middle` is a space).
    const start = entries.lastIndexOf(' ', middle - 1) + 1;
    const space = entries.indexOf(' ', start);
    const end = space < 0 ? entries.length : space;
    const order = compareAt(entries, start, end - clusterDigits, word);
    if (order === 0) return start;
    if (order < 0) low = end + 1;
    else high = start - 1;
  }
  return -1;
}

/** How text[start, end) compares with `word` in JavaScript's string order, read in place (no copy). */
function compareAt(text: string, start: number, end: number, word: string): number {
  const length = Math.min(end - start, word.length);
  for (let i = 0; i < length; i++) {
    const difference = text.charCodeAt(start + i) - word.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return end - start - word.length;
}

/**
 * compromise's lexicon as the tagger reads it. Its ~25,000 entries are looked up where the text
 * asks, not copied into tables first: the copy took 20–30 ms of the first analysis after the
 * service worker starts. Single words give their classes, multi-word entries their name class.
 */
function readCompromiseLexicon(): Omit<Lexicons, 'trainedPhrases' | 'wordClusters'> {
  const model = nlp.model() as unknown as CompromiseLexicon;
  const lexicon = model.one.lexicon;
  const classesOf = (entry: string): string[] | undefined => {
    if (!Object.hasOwn(lexicon, entry)) return undefined;
    const tags = lexicon[entry];
    return Array.isArray(tags) ? tags : oneClass(tags);
  };
  return {
    wordClasses: rememberingLookup({ get: (word) => (word.includes(' ') ? undefined : classesOf(word)) }),
    orgWords: new Set(Object.keys(model.two.orgWords)),
    placeWords: new Set(Object.keys(model.two.placeWords)),
    compromisePhrases: { get: (phrase) => (phrase.includes(' ') ? nameClassOf(classesOf(phrase)) : undefined) },
  };
}

/** The class list of an entry with one class, one array per class (read-only, shared). */
const ONE_CLASS_LISTS = new Map<string, string[]>();

function oneClass(wordClass: string): string[] {
  return remembered(ONE_CLASS_LISTS, wordClass, () => [wordClass]);
}

/** The entity class of the first of compromise's classes that says a phrase is a name. */
function nameClassOf(classes: string[] | undefined): string | undefined {
  for (const wordClass of classes ?? []) {
    const entityClass = COMPROMISE_NAME_CLASSES[wordClass];
    if (entityClass) return entityClass;
  }
  return undefined;
}

/**
 * Builds a phrase table from the gazetteer file's format. A phrase listed under several classes
 * has them all, in the file's order ("LOC|ORG": a city that is also a team).
 */
export function readGazetteer(gazetteer: GazetteerFile): PhraseTable {
  const table: PhraseTable = new Map();
  for (const [entityClass, lines] of Object.entries(gazetteer)) {
    for (const phrase of lines.split('\n')) {
      if (!phrase) continue;
      const known = table.get(phrase);
      table.set(phrase, known ? `${known}|${entityClass}` : entityClass);
    }
  }
  return table;
}

/**
 * Marks, for each token, the class of the longest table phrase covering it, BIO-style
 * ("B-LOC", "I-LOC"), or undefined. Phrases must start with a capital letter in the text, unless
 * `anyCase` (for text written in lower case).
 */
export function matchPhrases(
  tokens: Token[],
  lowered: string[],
  table: Lookup<string>,
  { anyCase = false } = {},
): Array<string | undefined> {
  const marks: Array<string | undefined> = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!anyCase && !startsWithCapital(tokens[i].text)) continue;
    let phrase = lowered[i];
    let found = 0;
    let foundClass: string | undefined;
    for (let length = 1; length <= MAX_PHRASE_TOKENS && i + length <= tokens.length; length++) {
      if (length > 1) phrase += ' ' + lowered[i + length - 1];
      const entityClass = table.get(phrase);
      if (entityClass) {
        found = length;
        foundClass = entityClass;
      }
    }
    if (!found) continue;
    for (let k = 0; k < found; k++) marks[i + k] = (k === 0 ? 'B-' : 'I-') + foundClass;
    i += found - 1;
  }
  return marks;
}

function startsWithCapital(word: string): boolean {
  const first = word.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first > 127 && word[0] !== word[0].toLowerCase());
}
