/**
 * Quotes: PolNeAR dev. Are the direct quotes found, and is the right speaker named for them?
 * Measured through the contract: `analyzePlainText(text).quotes`.
 *
 * Gold, from the brat standoff files (attributions/<article>_<annotator>.ann):
 * - Several annotators worked on a few dev articles; the first .ann file of an article in name
 *   order is its gold, the others are ignored.
 * - A gold quote is a Content span (possibly in several fragments) whose text begins or ends with a
 *   quotation mark, as in the corpus statistics of PolNeAR's SOURCE.md ("direct_quote_like").
 *
 * Matching: a predicted quote matches a gold quote when their overlap (counted over the gold's
 * fragments) is at least half of the shorter of the two. Precision counts predicted quotes that
 * match some gold quote; recall counts gold quotes matched by some predicted quote (one gold
 * attribution often spans several quoted pieces with the cue between them, so many-to-one is
 * allowed). A predicted quote that matches no gold quote but does match another Content span (a
 * quoted phrase inside an attributed paraphrase: "called it a “disaster” and said …") is neutral:
 * the corpus attributes it, so it is not a false alarm, yet it is no direct quote either.
 *
 * Strict span: a predicted quote whose words (trimmed of spaces, quotation marks and end
 * punctuation) are exactly one quoted piece of a gold quote: the gold Content's text split at its
 * double quotation marks, so "the cause of “comprehensive immigration reform.”" holds the piece
 * "comprehensive immigration reform".
 *
 * Speaker: judged on each matched predicted quote, against the gold quote it overlaps most, when
 * that gold's Source names someone. Right only when our speaker is the gold source's entity: the
 * last name word of our `speaker` is the gold source's head word (see `nameHead` and
 * `speakerHead`), so "Mary Smith Slams Plan Tuesday" is not Mary Smith.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quote } from '../../lib/analysis';
import nlp from 'compromise';
import { analyzePlainText } from '../../lib/pipeline';
import type { EvalOptions, EvalTable, Evaluation } from './report';

interface Span {
  start: number;
  end: number;
}

export interface GoldQuote {
  quoteLike: boolean;
  fragments: Span[];
  length: number;
  source: { text: string } | null;
}

export interface PolnearArticle {
  name: string;
  text: string;
  gold: GoldQuote[];
  /** Every Content span of the gold, quote-like or not (an attributed paraphrase may hold a quote). */
  contents: GoldQuote[];
}

export interface PolnearScores {
  articles: number;
  predicted: number;
  /** Predicted quotes inside an attributed paraphrase: neither right nor wrong, left out of precision. */
  neutral: number;
  gold: number;
  truePredicted: number;
  matchedGold: number;
  speakerJudged: number;
  speakerRight: number;
  /** Predicted quotes matching gold exactly (see the file's comment), and gold quotes so matched. */
  strictPredicted: number;
  strictGold: number;
  /** Predicted quotes with a speaker, and those whose speaker is exactly an entity's canonical name. */
  withSpeaker: number;
  speakerIsEntityName: number;
  /** Predicted quotes matching no gold Content span (mostly the writer's scare quotes), and those left with no speaker. */
  unmatched: number;
  unmatchedWithoutSpeaker: number;
  /** A few wrong speakers, for reading: "gold source → our speaker". */
  speakerErrors: string[];
  /** A few unmatched predictions and misses, for reading. */
  falsePositives: string[];
  misses: string[];
}

const BRAT = {
  textBound: /^(T\d+)\t(\w+) ([\d; ]+)\t(.*)$/,
  event: /^E\d+\t(.*)$/,
};

/** Opening and closing quotation marks a Content span may begin or end with. */
const QUOTE_MARK = {
  opening: /^["“‘«']/,
  closing: /["”’»']$/,
  double: /["“”«»]|''/,
  /** Any quotation mark inside a text: an apostrophe within a word ("Clinton’s") is none. */
  any: /["“”«»‘]|''|(?<!\p{L})['’]|['’](?!\p{L})/u,
};

/** Capitalised words of a source that do not name anyone by themselves. */
const NOT_NAME_WORDS = new Set([
  'he',
  'she',
  'they',
  'i',
  'we',
  'you',
  'it',
  'his',
  'her',
  'their',
  'our',
  'my',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'mr',
  'mrs',
  'ms',
  'dr',
  'rep',
  'sen',
  'gov',
  'president',
  'secretary',
  'senator',
  'speaker',
  'both',
  'some',
  'many',
  'one',
  'two',
  'republican',
  'republicans',
  'democratic',
  'democrat',
  'democrats',
  'gop',
  // Generational suffixes end a name without naming anyone: "Joseph R. Biden Jr." is Biden.
  'jr',
  'sr',
  'ii',
  'iii',
]);

const MAX_EXAMPLES = Number(process.env.POLNEAR_EXAMPLES ?? 25);

/** A quote finder under test: NewsLens through the contract, or a baseline; with the story's entity names. */
export type QuoteFinder = (text: string) => { quotes: Quote[]; entityNames: Set<string> };

const NEWSLENS: QuoteFinder = (text) => {
  const analysis = analyzePlainText(text);
  return { quotes: analysis.quotes, entityNames: new Set(analysis.entities.map((entity) => entity.name)) };
};

/** compromise's own `.quotations()`, marks trimmed; it names no speaker. */
const COMPROMISE: QuoteFinder = (text) => ({
  quotes: (nlp(text).quotations().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map(
    ({ offset }, i) => {
      let start = offset.start;
      let end = offset.start + offset.length;
      while (start < end && QUOTE_MARK.opening.test(text[start])) start++;
      while (end > start && QUOTE_MARK.closing.test(text[end - 1])) end--;
      return { id: `c${i}`, start, end, text: text.slice(start, end), kind: 'direct', speakerId: null, speaker: null };
    },
  ),
  entityNames: new Set<string>(),
});

/** `--only polnear`: dev, the validation split, against compromise. */
export const run: Evaluation = async (options: EvalOptions) => {
  const [ours] = await evaluatePolnear(options.dataDir, 'dev', options.limit);
  const [baseline] = await evaluatePolnear(options.dataDir, 'dev', options.limit, COMPROMISE);
  return [
    polnearTable('dev (validation)', [
      ['NewsLens (Analysis.quotes)', ours],
      ['compromise .quotations()', baseline],
    ]),
  ];
};

/**
 * Scores of a quote finder (NewsLens by default) over one PolNeAR split ("train" or "dev"): the
 * whole split first, then each of `folds` folds when asked.
 */
export async function evaluatePolnear(
  dataDir: string,
  split: string,
  limit?: number,
  findQuotes = NEWSLENS,
  folds = 0,
): Promise<PolnearScores[]> {
  const articles = await readPolnearSplit(join(dataDir, 'polnear', 'data', split), limit);
  return scoreSplit(articles, (article) => findQuotes(article.text), folds);
}

/**
 * Scores of what `find` gives for each article (it is told the article's index, so a fold may be
 * read by a model trained without it): the whole set, then each of `folds` folds (article i in
 * name order is in fold i mod `folds`).
 */
export function scoreSplit(
  articles: PolnearArticle[],
  find: (article: PolnearArticle, index: number) => ReturnType<QuoteFinder>,
  folds = 0,
): PolnearScores[] {
  const all = emptyScores();
  const byFold = Array.from({ length: folds }, emptyScores);
  articles.forEach((article, i) => {
    const found = find(article, i);
    scoreArticle(article, found.quotes, found.entityNames, all);
    if (folds > 0) scoreArticle(article, found.quotes, found.entityNames, byFold[foldOf(i, folds)]);
  });
  return [all, ...byFold];
}

/** Article i (in name order) is in fold i mod `folds`, in training and in every evaluation. */
export function foldOf(article: number, folds: number): number {
  return article % folds;
}

function emptyScores(): PolnearScores {
  return {
    articles: 0,
    predicted: 0,
    neutral: 0,
    gold: 0,
    truePredicted: 0,
    matchedGold: 0,
    speakerJudged: 0,
    speakerRight: 0,
    strictPredicted: 0,
    strictGold: 0,
    withSpeaker: 0,
    speakerIsEntityName: 0,
    unmatched: 0,
    unmatchedWithoutSpeaker: 0,
    speakerErrors: [],
    falsePositives: [],
    misses: [],
  };
}

export function polnearTable(split: string, systems: Array<[string, PolnearScores]>): EvalTable {
  return {
    title: `Quotes: PolNeAR ${split} (direct quotes found, speaker named)`,
    columns: [
      'system',
      'articles',
      'gold',
      'predicted',
      'neutral',
      'precision',
      'recall',
      'F1',
      'F1 (neutral as wrong)',
      'strict span F1',
      'speaker judged',
      'speaker accuracy',
      'speaker is an entity name',
      'unmatched quotes with no speaker',
    ],
    rows: systems.map(([system, scores]) => scoreRow(system, scores)),
    notes: [
      'gold: Content spans beginning or ending with a quotation mark; first .ann file per article',
      'match: overlap ≥ half of the shorter span; bar F1 ≥ 0.96',
      'neutral: predicted quotes matching no gold quote but lying in another gold Content span (a quoted ' +
        'phrase inside an attributed paraphrase), left out of precision',
      'strict span: our words (trimmed of spaces, quotation marks and end punctuation) are exactly a quoted ' +
        'piece of the gold Content; bar ≥ 0.92',
      'speaker judged where the gold Source names someone; right only when the last name word of our ' +
        '`speaker` is its head word (last name word before any comma, parenthesis or of/from/at/who/with/for/to, ' +
        'or of the appositive after a descriptor: "the White House spokesman, Josh Earnest"); bar ≥ 0.92',
      'speaker is an entity name: share of our quotes with a speaker whose speaker is exactly the canonical ' +
        'name of an entity of the analysis',
      'unmatched quotes with no speaker: of our quotes matching no gold Content span (mostly the writer’s ' +
        'own scare quotes and titles), the share given no speaker',
    ],
  };
}

function scoreRow(system: string, scores: PolnearScores): Record<string, string | number> {
  const precision = ratio(scores.truePredicted, scores.predicted - scores.neutral);
  const recall = ratio(scores.matchedGold, scores.gold);
  const strictPrecision = ratio(scores.truePredicted, scores.predicted);
  const exactPrecision = ratio(scores.strictPredicted, scores.predicted - scores.neutral);
  const exactRecall = ratio(scores.strictGold, scores.gold);
  return {
    system,
    articles: scores.articles,
    gold: scores.gold,
    predicted: scores.predicted,
    neutral: scores.neutral,
    precision,
    recall,
    F1: harmonicMean(precision, recall),
    'F1 (neutral as wrong)': harmonicMean(strictPrecision, recall),
    'strict span F1': harmonicMean(exactPrecision, exactRecall),
    'speaker judged': scores.speakerJudged,
    'speaker accuracy': ratio(scores.speakerRight, scores.speakerJudged),
    'speaker is an entity name': ratio(scores.speakerIsEntityName, scores.withSpeaker),
    'unmatched quotes with no speaker': ratio(scores.unmatchedWithoutSpeaker, scores.unmatched),
  };
}

export async function readPolnearSplit(dir: string, limit?: number): Promise<PolnearArticle[]> {
  const annotationFiles = (await readdir(join(dir, 'attributions'))).filter((f) => f.endsWith('.ann')).sort();
  const firstFileByArticle = new Map<string, string>();
  for (const file of annotationFiles) {
    const article = file.replace(/_[0-9a-f]+\.ann$/, '');
    if (!firstFileByArticle.has(article)) firstFileByArticle.set(article, file);
  }
  const names = [...firstFileByArticle.keys()].slice(0, limit ?? Infinity);
  return Promise.all(
    names.map(async (name) => {
      const contents = readGoldContents(
        await readFile(join(dir, 'attributions', firstFileByArticle.get(name)!), 'utf8'),
      );
      return {
        name,
        text: await readFile(join(dir, 'text', `${name}.txt`), 'utf8'),
        gold: contents.filter((content) => content.quoteLike),
        contents,
      };
    }),
  );
}

/** The Content spans of one .ann file, each with its Source. */
function readGoldContents(ann: string): GoldQuote[] {
  const spans = new Map<string, { type: string; fragments: Span[]; text: string }>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split('\n')) {
    const bound = BRAT.textBound.exec(line);
    if (bound) {
      const fragments = bound[3].split(';').map((part) => {
        const [start, end] = part.trim().split(' ').map(Number);
        return { start, end };
      });
      spans.set(bound[1], { type: bound[2], fragments, text: bound[4] });
      continue;
    }
    const event = BRAT.event.exec(line);
    if (event) events.push(Object.fromEntries(event[1].split(' ').map((arg) => arg.split(':'))));
  }
  const quotes: GoldQuote[] = [];
  for (const args of events) {
    const content = args.Content ? spans.get(args.Content) : undefined;
    if (!content) continue;
    const source = args.Source ? spans.get(args.Source) : undefined;
    quotes.push({
      quoteLike: isQuoteLike(content.text),
      fragments: content.fragments,
      length: content.fragments.reduce((sum, f) => sum + f.end - f.start, 0),
      source: source ? { text: source.text } : null,
    });
  }
  return quotes;
}

function isQuoteLike(contentText: string): boolean {
  const trimmed = contentText.trim();
  return QUOTE_MARK.opening.test(trimmed) || QUOTE_MARK.closing.test(trimmed);
}

function scoreArticle(
  article: PolnearArticle,
  predicted: Quote[],
  entityNames: Set<string>,
  scores: PolnearScores,
): void {
  scores.articles++;
  scores.predicted += predicted.length;
  scores.gold += article.gold.length;
  const matched = new Set<GoldQuote>();
  const matchedExactly = new Set<GoldQuote>();
  for (const quote of predicted) {
    if (quote.speaker !== null) {
      scores.withSpeaker++;
      if (entityNames.has(quote.speaker)) scores.speakerIsEntityName++;
    }
    const exact = article.gold.find((gold) => quotedPieces(article.text, gold).has(trimQuote(quote.text)));
    if (exact) {
      scores.strictPredicted++;
      matchedExactly.add(exact);
    }
    const best = bestMatch(quote, article.gold);
    if (!best && bestMatch(quote, article.contents)) {
      scores.neutral++;
      continue;
    }
    if (!best) {
      scores.unmatched++;
      if (quote.speaker === null) scores.unmatchedWithoutSpeaker++;
      addExample(scores.falsePositives, `${article.name}: “${quote.text.slice(0, 80)}”`);
      continue;
    }
    scores.truePredicted++;
    matched.add(best);
    judgeSpeaker(article, quote, best, scores);
  }
  scores.matchedGold += matched.size;
  scores.strictGold += matchedExactly.size;
  for (const gold of article.gold) {
    if (matched.has(gold)) continue;
    const first = gold.fragments[0];
    addExample(
      scores.misses,
      `${article.name}: ${article.text.slice(first.start, Math.min(first.end, first.start + 80))}`,
    );
  }
}

/**
 * The quoted pieces of a gold quote: its text, fragments only spaces apart read as one (annotators
 * split a quote at its sentences), split at its double quotation marks (“…”, ''…''), or, in a text
 * with none (headlines quote ‘…’), at single marks that are no apostrophe inside a word; trimmed.
 */
function quotedPieces(text: string, gold: GoldQuote): Set<string> {
  const texts = joinedFragments(text, gold.fragments).map((f) => text.slice(f.start, f.end));
  const pieces = texts.flatMap((t) => t.split(QUOTE_MARK.double.test(t) ? QUOTE_MARK.double : QUOTE_MARK.any));
  return new Set(pieces.map(trimQuote).filter(Boolean));
}

function joinedFragments(text: string, fragments: Span[]): Span[] {
  const joined: Span[] = [];
  for (const fragment of fragments) {
    const last = joined.at(-1);
    if (last && /^\s*$/.test(text.slice(last.end, fragment.start))) last.end = fragment.end;
    else joined.push({ ...fragment });
  }
  return joined;
}

/** Words without the spaces, quotation marks and end punctuation around them. */
function trimQuote(words: string): string {
  return words.replace(/^[\s"“”‘’'«».,;:!?…—–-]+|[\s"“”‘’'«».,;:!?…—–-]+$/g, '');
}

/** The gold quote the predicted one overlaps most, if the overlap is at least half the shorter. */
export function bestMatch(quote: Quote, gold: GoldQuote[]): GoldQuote | null {
  let best: GoldQuote | null = null;
  let bestOverlap = 0;
  for (const candidate of gold) {
    const overlap = candidate.fragments.reduce(
      (sum, f) => sum + Math.max(0, Math.min(f.end, quote.end) - Math.max(f.start, quote.start)),
      0,
    );
    const shorter = Math.min(candidate.length, quote.end - quote.start);
    if (overlap > bestOverlap && overlap * 2 >= shorter) {
      best = candidate;
      bestOverlap = overlap;
    }
  }
  return best;
}

function judgeSpeaker(article: PolnearArticle, quote: Quote, gold: GoldQuote, scores: PolnearScores): void {
  const articleName = article.name;
  const head = gold.source ? nameHead(gold.source.text, lowercaseWords(article.text)) : null;
  if (!head) return;
  scores.speakerJudged++;
  if (speakerHead(quote.speaker ?? '') === head) scores.speakerRight++;
  else
    addExample(
      scores.speakerErrors,
      `${articleName}: ${gold.source!.text} → ${quote.speaker ?? '(none)'} [${quote.cue ?? ''}] @${quote.start}`,
    );
}

/**
 * The word that names the gold source, or null when it names no one (only pronouns, titles, party
 * words or common words): the last capitalised word, other than those, of the source up to its
 * first comma, parenthesis or "of/from/at/who/with/for/to" ("Rep. G.K. Butterfield (D-N.C.), head of
 * …" → "butterfield", "Mr. Burman of the Tax Policy Center" → "burman"), or of the whole source when
 * that part has none ("Secretary of State John Kerry" → "kerry"). Words the article also writes in
 * lower case are no name words ("Only", "Protesters"), nor are possessives ("Santilli's attorney,
 * Thomas Coan" → "coan"), nor party labels in parentheses ("Speaker of the House Rep. Paul Ryan
 * (R-WI)" → "ryan"). Where a descriptor ending in a lower-case word comes before the comma, the name
 * is the appositive after it ("the White House spokesman, Josh Earnest," → "earnest"). A name after
 * "to" names someone else: "a longtime adviser to Trump" names no one. Lower-cased.
 */
export function nameHead(source: string, commonWords: Set<string>): string | null {
  const plain = source.replace(/\([^)]*\)/g, '');
  const beforeApposition = plain.split(/,| (?:of|from|at|who|with|for|to) /)[0];
  const appositive = /(?:^|\s)\p{Ll}\S*\s*$/u.test(beforeApposition) ? plain.split(',')[1] : undefined;
  return (
    (appositive && lastNameWord(appositive, commonWords)) ??
    lastNameWord(beforeApposition, commonWords) ??
    lastNameWord(plain.split(/ to /)[0], commonWords)
  );
}

/**
 * The last name word of our speaker: its last capitalised word other than a pronoun, title or
 * party word, lower-cased ("Sen. Ted Cruz" → "cruz", "a White House official" → "house"). Unlike
 * the gold's, words the article writes in lower case count: a speaker ending "… Said That" or
 * "… Tuesday" ends on no name.
 */
export function speakerHead(speaker: string): string | null {
  return lastNameWord(speaker, new Set());
}

function lastNameWord(text: string, commonWords: Set<string>): string | null {
  const names = words(text)
    .filter((word) => /^\p{Lu}/u.test(word) && !/['’]s$/.test(word))
    .map(bareWord)
    .filter((word) => !NOT_NAME_WORDS.has(word) && !commonWords.has(word));
  return names.at(-1) ?? null;
}

/**
 * Words the article also writes in lower case: capitalised, they only open a sentence ("Only 52
 * percent of voters", "Protesters"), so they name no one.
 */
export function lowercaseWords(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((word) => /^\p{Ll}/u.test(word))
      .map(bareWord),
  );
}

export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
}

function bareWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.'’]+$/, '');
}

function addExample(list: string[], example: string): void {
  if (list.length < MAX_EXAMPLES) list.push(example);
}

function harmonicMean(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
