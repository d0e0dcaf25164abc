/**
 * The words that name a cue's speaker: the subject before the verb ("US Secretary of State Antony
 * Blinken said", "Ukraine’s foreign ministry described"), or the name after it ("said Putin",
 * "according to the joint statement"). Word lists, no tagger: the phrase is the run of words next to
 * the cue up to a function word, a clause boundary or a punctuation mark.
 */
import type { TextSpan } from '../../analysis';
import { isCalendarWord } from '../calendar-words';
import { isCapitalised } from '../ner/tokens';

/**
 * A token of a speaker phrase: a word with its possessive ("Ukraine’s"), initials or a title's
 * abbreviation ("U.S.", "Rep."), or one other character. Not the recogniser's tokens
 * (ner/tokens.ts), which split the possessive off as CoNLL does and keep "AT&T" and "1,000" whole.
 */
export interface PhraseToken {
  start: number;
  end: number;
  text: string;
  isWord: boolean;
}

const PHRASE_PATTERNS = {
  /** Initials (G.K., U.S.), title abbreviations (Rep., Mr.), words with an optional possessive. */
  token:
    /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Prof|Rev|Maj|Adm|Atty|Sec|Del|Supt)\.|[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*(?:[’']s?)?|[^\s\p{L}\p{N}]/gu,
  adverb: /^[a-z]+ly$/,
  participle: /^[a-z]+ing$/,
  possessive: /['’]s$/,
  endsInLowerCaseWord: /(?:^|\s)\p{Ll}[^\s]*$/u,
  /** Lower-case words that read as verbs or adverbs, not as descriptors of a name ("openly admires"). */
  notDescriptor: /(?:ly|ed|s)$/,
};

/** Modal verbs: they stand between a subject and its verb, and end a phrase that runs into them. */
const MODAL_VERBS = ['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must'];

/** Words between a subject and its verb that belong to neither: "has also said", "earlier gushed". */
const VERB_MODIFIERS = new Set([
  'has',
  'have',
  'had',
  'also',
  'earlier',
  'later',
  'then',
  'again',
  'once',
  ...MODAL_VERBS,
  'never',
  'first',
  'last',
  'just',
  'already',
  'still',
  'even',
  'since',
  'recently',
  'previously',
  'repeatedly',
  'reportedly',
  'today',
  'yesterday',
  'tonight',
  'often',
  'did',
  'does',
  'do',
  'not',
  'been',
  'is',
  'was',
  'being',
  'however',
  'too',
  'further',
  'long',
  'always',
  'now',
  'instead',
  'meanwhile',
  'afterwards',
  'therefore',
]);

/** Words that read as a verb and so end a determiner-led phrase: "the two leaders took aim". */
const VERB_LIKE =
  /^(?:[a-z]+ed|took|made|held|gave|sent|met|went|came|put|got|kept|left|saw|ran|won|lost|began|spent|brought|thought|felt|knew|found|stood|wrote|spoke|told|said|is|was|are|were|has|had|have|will|would|can|could)$/;

/** Words after a determiner that a speaker phrase may hold: "the foreign ministry", "a Nevada Democrat". */
const MAX_WORDS_AFTER_DETERMINER = 4;

/** Words that end a subject phrase (the phrase lies to their right). */
const PHRASE_BOUNDARIES = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'while',
  'where',
  'as',
  'because',
  'after',
  'before',
  'if',
  'but',
  'so',
  'than',
  'in',
  'on',
  'at',
  'for',
  'to',
  'with',
  'by',
  'from',
  'about',
  'into',
  'over',
  'under',
  'since',
  'until',
  'during',
  'against',
  'through',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  'not',
  'or',
  'nor',
  'yet',
  'also',
  'has',
  'have',
  'had',
  'said',
  'says',
  'told',
  'and',
  'what',
  'how',
  'why',
  'then',
  'although',
  'though',
  'whether',
  'did',
  'does',
  'do',
  ...MODAL_VERBS,
  'it’s',
  "it's",
  'there',
  'here',
  'now',
  'even',
  'just',
  'like',
  'unlike',
  'per',
  'via',
  'among',
  'between',
  'without',
  'within',
  'upon',
  'toward',
  'towards',
  // "Andrew parties in unearthed pics despite claiming …" (a Sun headline): no speaker ends in a preposition.
  'despite',
  'beyond',
  'across',
  'along',
  'around',
  'behind',
  'beside',
  'besides',
  'near',
  'onto',
  'past',
  'regarding',
  'concerning',
  'including',
  'except',
  'amid',
  'throughout',
  'unless',
  'whereas',
  'instead',
  'rather',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
  'another',
  'some',
  'many',
  'several',
  'both',
  'other',
  'one',
  'each',
  'every',
  'most',
  'all',
]);

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Particles inside personal names: "Charles de Gaulle", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'del',
  'der',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'du',
  'dos',
  'ibn',
]);

const MAX_PHRASE_WORDS = 10;
/** How far back an appositive may reach ("Putin, who … , said"): words between its commas. */
const MAX_APPOSITIVE_WORDS = 30;

/** The phrase tokens of `text` from `from` to `to`, with offsets into the whole text. */
export function phraseTokens(text: string, from: number, to: number): PhraseToken[] {
  const tokens: PhraseToken[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(PHRASE_PATTERNS.token)) {
    const start = from + match.index;
    tokens.push({ start, end: start + match[0].length, text: match[0], isWord: /[\p{L}\p{N}]/u.test(match[0]) });
  }
  return tokens;
}

export function isPronoun(token: PhraseToken): boolean {
  return PRONOUNS.has(token.text.toLowerCase());
}

export function isDeterminer(token: PhraseToken): boolean {
  return DETERMINERS.has(token.text.toLowerCase());
}

export function isNameParticle(token: Pick<PhraseToken, 'text'>): boolean {
  return NAME_PARTICLES.has(token.text);
}

/** The subject phrase ending just before `cueStart`, looking no further back than `floor`. */
export function phraseBefore(text: string, cueStart: number, floor: number): TextSpan | null {
  const tokens = phraseTokens(text, floor, cueStart);
  let i = skipVerbModifiers(tokens, tokens.length - 1);
  i = skipParenthetical(tokens, i);
  if (i >= 0 && tokens[i].text === ',') {
    const name = appositiveName(tokens, i);
    if (name) return spanOf(text, tokens, name[0], name[1]);
    i = skipAppositive(tokens, i);
  }
  if (i < 0) return null;
  if (isPronoun(tokens[i])) return spanOf(text, tokens, i, i);
  const last = i;
  let first = -1;
  for (; i >= 0 && last - i < MAX_PHRASE_WORDS; i--) {
    const token = tokens[i];
    if (!token.isWord || isPronoun(token)) break;
    const lower = token.text.toLowerCase();
    if (lower === 'and' || lower === 'of') {
      if (!joinsNames(tokens, i, first)) break;
      continue;
    }
    if (isDeterminer(token)) {
      first = i;
      if (i > 0 && tokens[i - 1].text.toLowerCase() === 'of') continue;
      break;
    }
    if (PHRASE_BOUNDARIES.has(lower) && (!isCapitalised(token.text) || opensClause(tokens, i))) break;
    if (isCalendarWord(token.text)) break;
    first = i;
  }
  return first < 0 ? null : spanOf(text, tokens, first, last);
}

/** Words that open a sentence before an introductory phrase and its comma: "On Monday, Xi and Putin held …". */
const INTRODUCTORY_WORDS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'as',
  'during',
  'following',
  'here',
  'earlier',
  'later',
  'last',
  'this',
  'since',
  'asked',
  'speaking',
  'for',
  'with',
  'by',
  'from',
  'to',
  'under',
  'over',
  'despite',
  'although',
  'though',
  'if',
  'because',
  'once',
  'until',
  'among',
  'like',
  'separately',
  'unless',
  'whether',
  'whenever',
  'wherever',
  'without',
  'within',
  'through',
  'throughout',
  'amid',
  'upon',
]);

/** Words that open a sentence right before its subject: "But Obama, making it clear …". */
const CONNECTIVES = new Set([
  'but',
  'and',
  'yet',
  'so',
  'still',
  'meanwhile',
  'however',
  'instead',
  'now',
  'then',
  'also',
  'indeed',
  'or',
  // Sentence adverbs, never names ("Kelly", "Connolly" end in -ly too): "Finally, saturation is …".
  'finally',
  'firstly',
  'secondly',
  'lastly',
  'additionally',
  'moreover',
  'furthermore',
  'likewise',
  'similarly',
  'consequently',
  'accordingly',
  'therefore',
  'thus',
  'hence',
  'otherwise',
  'nevertheless',
  'nonetheless',
  'ultimately',
  'eventually',
  'unfortunately',
  'fortunately',
  'importantly',
  'interestingly',
  'notably',
  'clearly',
  'obviously',
  'apparently',
  'basically',
  'essentially',
  'actually',
  'initially',
  'originally',
  'previously',
  'recently',
  'currently',
  'typically',
  'generally',
  'usually',
  'frankly',
  'honestly',
  'hopefully',
  'sadly',
  'surprisingly',
]);

/**
 * Subjects that stand in for no one: "There was a flicker across his face as if to say …" (seen
 * on a BBC page, "There" as the speaker); "What “go after them” means is left to …", "That record
 * prompted …" (PolNeAR, "What" and "That" as speakers).
 */
const PLACEHOLDER_SUBJECTS = new Set(['there', 'here', 'what', 'whatever', 'which', 'that', 'this', 'these', 'those']);

/**
 * How many words an introductory phrase may hold before the comma that ends it: "With Democratic
 * leaders increasingly worried about a lack of passion for Hillary Clinton among young black voters,
 * President Obama …" (a New York Times sentence in PolNeAR) has seventeen.
 */
const MAX_INTRODUCTION_WORDS = 20;

/**
 * The name that opens the sentence starting at `sentenceStart`, after any introductory phrase
 * ("On Monday, Xi and Putin held …" → "Xi and Putin"); only a name or a pronoun, never a common
 * noun phrase, since that is the one the sentence most likely reports.
 */
export function sentenceSubject(text: string, sentenceStart: number, ceiling: number): TextSpan | null {
  const tokens = phraseTokens(text, sentenceStart, ceiling);
  let from = CONNECTIVES.has(tokens[0]?.text.toLowerCase() ?? '') ? 1 : 0;
  if (tokens[from]?.text === ',') from++;
  const opener = tokens[from]?.text.toLowerCase() ?? '';
  if (INTRODUCTORY_WORDS.has(opener) || PHRASE_PATTERNS.participle.test(opener)) {
    const comma = tokens.findIndex((t, i) => t.text === ',' && i > from && i <= from + MAX_INTRODUCTION_WORDS);
    if (comma < 0) return null;
    from = comma + 1;
  }
  const first = tokens[from];
  if (!first || !(isCapitalised(first.text) || isPronoun(first)) || isDeterminer(first)) return null;
  if (PLACEHOLDER_SUBJECTS.has(first.text.toLowerCase())) return null;
  const phrase = phraseAfter(text, first.start, ceiling, 'nouns');
  // "New York’s aging below-street infrastructure" opens with a name but is a common noun phrase
  // (seen on a New York Times page as the speaker of the scare quote “freeze-thaw”).
  return phrase && (isPronoun(first) || !PHRASE_PATTERNS.endsInLowerCaseWord.test(phrase.text)) ? phrase : null;
}

/**
 * Which lower-case words may stand before a name in a phrase: any ("said Concord resident Whit
 * Symms"), or only noun-like ones ("Democratic presidential nominee Hillary Clinton chimed in", not
 * "Trump openly admires Putin").
 */
export type Descriptors = 'any' | 'nouns';

/**
 * The name phrase starting just after `cueEnd` ("said Putin", "according to the ministry").
 * Without a determiner, the phrase ends with its last capitalised word.
 */
export function phraseAfter(
  text: string,
  cueEnd: number,
  ceiling: number,
  descriptors: Descriptors = 'any',
): TextSpan | null {
  const tokens = phraseTokens(text, cueEnd, ceiling);
  let i = 0;
  while (
    i < tokens.length &&
    (isCalendarWord(tokens[i].text) || tokens[i].text === 'on' || VERB_MODIFIERS.has(tokens[i].text))
  )
    i++;
  if (i >= tokens.length || !tokens[i].isWord) return null;
  if (isPronoun(tokens[i])) return spanOf(text, tokens, i, i);
  const first = i;
  const startsWithDeterminer = isDeterminer(tokens[i]);
  let last = -1;
  for (; i < tokens.length && i - first < MAX_PHRASE_WORDS; i++) {
    const token = tokens[i];
    if (!token.isWord) break;
    const lower = token.text.toLowerCase();
    if (lower === 'of' || lower === 'and') {
      if (last < 0 || !tokens[i + 1] || !(isCapitalised(tokens[i + 1].text) || isDeterminer(tokens[i + 1]))) break;
      continue;
    }
    if (isCalendarWord(token.text) || isPronoun(token)) break;
    if (i > first && isDeterminer(token) && tokens[i - 1].text.toLowerCase() !== 'of') break;
    if (PHRASE_BOUNDARIES.has(lower) && !isCapitalised(token.text)) break;
    if (startsWithDeterminer && (VERB_LIKE.test(token.text) || i - first > MAX_WORDS_AFTER_DETERMINER)) break;
    const nameWord = isCapitalised(token.text) || isNameParticle(token);
    if (!nameWord && !startsWithDeterminer && !allowsDescriptor(descriptors, token)) break;
    // After a possessive the phrase is a group's: "Ukraine’s foreign ministry".
    const ownedNoun =
      !nameWord &&
      i > first &&
      (PHRASE_PATTERNS.possessive.test(tokens[i - 1].text) || (last === i - 1 && !isCapitalised(tokens[i - 1].text)));
    if (nameWord || startsWithDeterminer || ownedNoun) last = i;
  }
  return last < first ? null : spanOf(text, tokens, first, withoutFunctionWordEnd(tokens, first, last));
}

/**
 * The phrase's last word once the function words it stopped on are left off: a phrase cut at its
 * word limit ends on "of the" ("according to the explanatory notes of the British Bill", seen on a
 * Herald Sun page; "the authors of the" in PolNeAR train). Its first word stays: a lone "one" or
 * "another" stands for someone ("reads one"), and a lone "the" left to the ranker was given to
 * the wrong person as often as to none.
 */
function withoutFunctionWordEnd(tokens: PhraseToken[], first: number, last: number): number {
  let end = last;
  while (end > first && FUNCTION_WORD_ENDS.has(tokens[end].text.toLowerCase())) end--;
  return end;
}

/** Words that join a phrase to what follows and so never end it. */
const FUNCTION_WORD_ENDS = new Set(['of', 'and', 'the', 'a', 'an']);

function allowsDescriptor(descriptors: Descriptors, token: PhraseToken): boolean {
  return descriptors === 'any' || !PHRASE_PATTERNS.notDescriptor.test(token.text);
}

function skipVerbModifiers(tokens: PhraseToken[], from: number): number {
  let i = from;
  while (i >= 0) {
    const lower = tokens[i].text.toLowerCase();
    if (VERB_MODIFIERS.has(lower) || PHRASE_PATTERNS.adverb.test(tokens[i].text)) i--;
    else if (isCalendarWord(tokens[i].text) && i > 0 && tokens[i - 1].text === 'on') i -= 2;
    else return i;
  }
  return i;
}

/** Steps back over "(D-Wis.)" so the name before it is read. */
function skipParenthetical(tokens: PhraseToken[], from: number): number {
  if (from < 0 || tokens[from].text !== ')') return from;
  for (let i = from - 1; i >= 0; i--) if (tokens[i].text === '(') return i - 1;
  return -1;
}

/**
 * "Kellyanne Conway, Trump’s campaign manager, said", "Donna Rawlings, 59, of Ashton, Md., who
 * watched …, said": the index of the last word of the name before the appositive, or -1. The
 * farthest comma whose name opens the clause wins; else the nearest comma after a capitalised word.
 */
function skipAppositive(tokens: PhraseToken[], comma: number): number {
  let nearest = -1;
  let farthestOpeningClause = -1;
  for (let i = comma - 1; i >= 0 && comma - i <= MAX_APPOSITIVE_WORDS; i--) {
    const text = tokens[i].text;
    if (text === ',') {
      const before = skipParenthetical(tokens, i - 1);
      if (before < 0 || !isCapitalised(tokens[before].text)) continue;
      if (nearest < 0) nearest = before;
      // Not the nearest: "Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author
      // of the study, said" (seen on Live Science) has a clause-opening name after each comma.
      if (opensClause(tokens, nameRunStart(tokens, before))) farthestOpeningClause = before;
      continue;
    }
    if (!tokens[i].isWord && !APPOSITIVE_PUNCTUATION.has(text)) break;
  }
  return farthestOpeningClause >= 0 ? farthestOpeningClause : nearest;
}

/** Punctuation an appositive may hold: "D-N.C.", "59", apostrophes. */
const APPOSITIVE_PUNCTUATION = new Set(['.', '-', '’', "'", '(', ')']);

function nameRunStart(tokens: PhraseToken[], last: number): number {
  let i = last;
  while (i > 0 && (isCapitalised(tokens[i - 1].text) || isNameParticle(tokens[i - 1]))) i--;
  while (i < last && PHRASE_BOUNDARIES.has(tokens[i].text.toLowerCase())) i++;
  return i;
}

function opensClause(tokens: PhraseToken[], index: number): boolean {
  if (index === 0 || !tokens[index - 1].isWord) return true;
  return PHRASE_BOUNDARIES.has(tokens[index - 1].text.toLowerCase()) && opensClause(tokens, index - 1);
}

/** "Hunter’s chief of staff, Joe Kasper, told": a short all-capitalised name between two commas. */
function appositiveName(tokens: PhraseToken[], comma: number): [number, number] | null {
  let i = comma - 1;
  while (i >= 0 && (isCapitalised(tokens[i].text) || isNameParticle(tokens[i]))) i--;
  const first = i + 1;
  const words = comma - first;
  const isName = words >= 2 && words <= 4 && i >= 0 && tokens[i].text === ',' && !isDeterminer(tokens[first]);
  return isName ? [first, comma - 1] : null;
}

/** "Russia and China", "Secretary of State": a joining word between two parts of one name. */
function joinsNames(tokens: PhraseToken[], i: number, firstCollected: number): boolean {
  if (firstCollected < 0 || i === 0) return false;
  const left = tokens[i - 1];
  const right = tokens[firstCollected];
  return isCapitalised(left.text) && (isCapitalised(right.text) || isDeterminer(right));
}

function spanOf(text: string, tokens: PhraseToken[], first: number, last: number): TextSpan {
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { start, end, text: text.slice(start, end) };
}
