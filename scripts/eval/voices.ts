/**
 * Voices: PolNeAR dev. Is a source the story names given a named kind, and a source it does not
 * name called unnamed? Measured through the contract: `analyzePlainText(text)`, each quote's voice.
 *
 * Judged on each quote of ours that matches a gold Content span (as in quote-attribution.ts: a
 * quote-like span first, any Content span next), by the Source of that span, read up to its first
 * comma, parenthesis or "of/to/who/…" ("a longtime adviser to Trump" → "a longtime adviser"):
 * - named: its last word is a name word (`nameHead`: "Sen. Marco Rubio", "The New York Times",
 *   "Trump’s"); right when our voice is a person, an organization or a government;
 * - unnamed: it opens with "a/one/some/…" or no determiner at all, and ends in a common noun
 *   ("officials", "a Clinton campaign spokesman", "some Republicans"); right when our voice is unnamed (a document is);
 * - described ("the Florida senator", "his campaign") and pronoun ("he") point back to someone the
 *   story identified: counted, not judged (the attribution may rightly name them);
 * - document: its last word a document noun in lower case ("the statement", "A Feb. 1 letter", by
 *   `namesDocument`, the list the kind rules use; it overlaps the rows above, where an unnamed
 *   document is judged as unnamed, as the "a source with no name" reads); right when our
 *   voice is marked a document.
 * A quote we give no speaker is wrong in both judged rows: it has no voice. The row "no name word"
 * is the looser reading of "a source with no name": any source whose `nameHead` is empty, other than
 * a lone pronoun (it holds the described sources too, and misses "a Twitter spokesman"); right when
 * our voice is unnamed (a document is unnamed too). A Source
 * that holds the cue itself ("said", an annotation slip) is skipped.
 *
 * `POLNEAR_SPLIT=train` measures the train split instead (the kind rules were developed on it).
 */
import { join } from 'node:path';
import { kindOfSpeaker, namesDocument } from '../../lib/analyze/voices';
import { analyzePlainText } from '../../lib/pipeline';
import { rowKindOf, type VoiceRowKind } from '../../lib/summary/view';
import { bestMatch, lowercaseWords, nameHead, type PolnearArticle, readPolnearSplit, words } from './quote-attribution';
import type { EvalOptions, EvalTable, Evaluation } from './report';

type GoldSourceClass = 'named' | 'unnamed' | 'described' | 'pronoun' | 'document' | 'no name word';

/** The classes whose call is judged right or wrong, and what is right for each. */
type JudgedClass = 'named' | 'unnamed' | 'document' | 'no name word';

/** Our call for one quote: a voice's kind, a document (of kind unnamed), or no speaker at all. */
type Call = VoiceRowKind | 'no speaker';

const NAMED_KINDS = new Set<Call>(['person', 'organization', 'government']);

/** Whom each gold class should be called, for the "right" column. */
const RIGHT_CALLS: Record<JudgedClass, (call: Call) => boolean> = {
  named: (call) => NAMED_KINDS.has(call),
  unnamed: (call) => call === 'unnamed' || call === 'document',
  document: (call) => call === 'document',
  'no name word': (call) => call === 'unnamed' || call === 'document',
};

const INDEFINITE = ['a', 'an', 'one', 'some', 'another', 'several', 'many', 'most', 'few', 'multiple', 'other'];
const DEFINITE = ['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my'];

const GOLD_SOURCE_WORDS = {
  /** Where a source's apposition begins: "Another user, Roland Z". */
  apposition: /[,(—]/,
  /** Where the core of a source ends: "Jeffrey Lewis of the James Martin Center" → "Jeffrey Lewis". */
  complement: / (?:of|from|at|who|with|for|to|in|on|familiar|close|known|involved|that|by) /,
  indefinite: new Set(INDEFINITE),
  /** Determiners and possessives of someone already identified. */
  definite: new Set(DEFINITE),
  determiners: new Set([...INDEFINITE, ...DEFINITE]),
  possessive: /['’]s?$/,
  /** An annotation slip: the Source span holds the cue ("said", "said in a statement"). */
  cueSlip: /^(?:said|says|asked|told|according)\b/,
};

/** A source that is only one of these words points back to someone the story has named. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'who', 'which', 'that']);

const CALLS: Call[] = ['person', 'organization', 'government', 'group', 'unnamed', 'document', 'no speaker'];

const MAX_EXAMPLES = Number(process.env.POLNEAR_EXAMPLES ?? 10);

interface Tally {
  calls: Map<Call, number>;
  /** A few wrong calls, for reading: "gold source → our speaker (kind: reason)". */
  wrong: string[];
}

export const run: Evaluation = async (options: EvalOptions) => {
  const split = process.env.POLNEAR_SPLIT ?? 'dev';
  const articles = await readPolnearSplit(join(options.dataDir, 'polnear', 'data', split), options.limit);
  const tallies = new Map<GoldSourceClass, Tally>();
  for (const article of articles) tallyArticle(article, tallies);
  return [voicesTable(split, articles.length, tallies)];
};

function tallyArticle(article: PolnearArticle, tallies: Map<GoldSourceClass, Tally>): void {
  const analysis = analyzePlainText(article.text);
  const entitiesById = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const commonWords = lowercaseWords(article.text);
  for (const quote of analysis.quotes) {
    const gold = bestMatch(quote, article.gold) ?? bestMatch(quote, article.contents);
    if (!gold?.source || GOLD_SOURCE_WORDS.cueSlip.test(gold.source.text)) continue;
    const entity = quote.speakerId ? (entitiesById.get(quote.speakerId) ?? null) : null;
    const reading = quote.speaker === null ? null : kindOfSpeaker(article.text, quote, entity);
    const call: Call = reading ? rowKindOf(reading) : 'no speaker';
    for (const goldClass of classifySource(gold.source.text, commonWords)) {
      const tally: Tally = tallies.get(goldClass) ?? { calls: new Map(), wrong: [] };
      tally.calls.set(call, (tally.calls.get(call) ?? 0) + 1);
      if (isJudged(goldClass) && !RIGHT_CALLS[goldClass](call) && tally.wrong.length < MAX_EXAMPLES) {
        const ours = reading ? `${entity?.name ?? quote.speaker} (${reading.kind}: ${reading.reason})` : '(none)';
        tally.wrong.push(`${gold.source.text} → ${ours}`);
      }
      tallies.set(goldClass, tally);
    }
  }
}

function isJudged(goldClass: GoldSourceClass): goldClass is JudgedClass {
  return goldClass in RIGHT_CALLS;
}

/** The source's class, and "no name word" besides where that looser reading holds. */
function classifySource(source: string, commonWords: Set<string>): GoldSourceClass[] {
  const sourceWords = words(source).map((word) => word.toLowerCase());
  if (sourceWords.length === 1 && PRONOUNS.has(sourceWords[0])) return ['pronoun'];
  const loose: GoldSourceClass[] = nameHead(source, commonWords) ? [] : ['no name word'];
  const document: GoldSourceClass[] = namesDocument(readSource(source).core.join(' ')) ? ['document'] : [];
  return [isNamed(source, commonWords) ? 'named' : classifyNameless(source), ...document, ...loose];
}

/** A source in parts: the words up to its complement ("a longtime adviser"), the phrase and its apposition. */
function readSource(source: string): { core: string[]; phrase: string; appositive: string } {
  const [phrase, ...apposition] = source.split(GOLD_SOURCE_WORDS.apposition);
  const core = words(phrase.split(GOLD_SOURCE_WORDS.complement)[0]);
  return { core, phrase, appositive: apposition.join(',').trim() };
}

/**
 * Named by its head ("Sen. Marco Rubio of Florida", "Trump’s"), by a title ending in a name
 * ("Secretary of State John Kerry"; not "Democrats on the … Committee"), or by a name in apposition
 * ("Two military analysts, Patrick Megahan and Chris Harman").
 */
function isNamed(source: string, commonWords: Set<string>): boolean {
  const { core, phrase, appositive } = readSource(source);
  const head = core.at(-1) ?? '';
  if (GOLD_SOURCE_WORDS.determiners.has(head.toLowerCase())) return false;
  if (nameHead(head, commonWords)) return true;
  const bare = !GOLD_SOURCE_WORDS.determiners.has(core[0]?.toLowerCase() ?? '');
  if (bare && !/s$/i.test(head) && nameHead(words(phrase).at(-1) ?? '', commonWords)) return true;
  return /^\p{Lu}/u.test(appositive) && nameHead(appositive, commonWords) !== null;
}

/** "the senator", "his campaign": someone the story identified; "a source", "officials": unnamed. */
function classifyNameless(source: string): GoldSourceClass {
  const { core } = readSource(source);
  const first = core[0]?.toLowerCase() ?? '';
  if (GOLD_SOURCE_WORDS.indefinite.has(first)) return 'unnamed';
  const identified = GOLD_SOURCE_WORDS.definite.has(first) || core.some((w) => GOLD_SOURCE_WORDS.possessive.test(w));
  return identified ? 'described' : 'unnamed';
}

function voicesTable(split: string, articles: number, tallies: Map<GoldSourceClass, Tally>): EvalTable {
  const classes: GoldSourceClass[] = ['named', 'unnamed', 'described', 'pronoun', 'document', 'no name word'];
  const rows = classes.map((goldClass) => {
    const calls = tallies.get(goldClass)?.calls ?? new Map<Call, number>();
    const count = (which: Call[]) => which.reduce((sum, call) => sum + (calls.get(call) ?? 0), 0);
    const judged = count(CALLS);
    const spoken = judged - count(['no speaker']);
    const right = isJudged(goldClass) ? count(CALLS.filter(RIGHT_CALLS[goldClass])) : null;
    return {
      'gold source': goldClass,
      quotes: judged,
      ...Object.fromEntries(CALLS.map((call) => [call, calls.get(call) ?? 0])),
      right: right === null ? '' : ratio(right, judged),
      'right, given a speaker': right === null ? '' : ratio(right, spoken),
    };
  });
  return {
    title: `Voices: PolNeAR ${split}, ${articles} articles (kind of each quoted source)`,
    columns: ['gold source', 'quotes', ...CALLS, 'right', 'right, given a speaker'],
    rows,
    notes: [
      'judged on our quotes matching a gold Content span, by its Source up to a comma or "of/to/who/…"',
      'named: ends in a name word; right when called person, organization or government',
      'unnamed: "a/one/some …" or no determiner, ending in a common noun; right when called unnamed',
      'described ("the senator", "his campaign") and pronoun point back to someone identified: counted, not judged',
      'right, given a speaker: leaving out the quotes the attribution gives nobody (the kind rules’ own share)',
      'document: a source whose last word is a document noun in lower case ("the statement"); right when called document',
      'no name word: any source without a name word but a lone pronoun (overlaps the rows above); right when called unnamed or document',
      ...(['named', 'unnamed', 'document'] as const).map(
        (goldClass) => `${goldClass}, wrong: ${tallies.get(goldClass)?.wrong.join('; ') || 'none'}`,
      ),
    ],
  };
}

function ratio(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
