/** The contract's promises about an `Analysis`, checked as one list of broken promises. */
import type { Analysis } from '../../lib/analysis';
import { MAX_CORE_WORDS, wordCount } from '../../lib/analyze/sentence-core';

const ENTITY_TYPES = new Set(['person', 'place', 'organization']);
const QUOTE_KINDS = new Set(['direct', 'partial']);
const VOICE_KINDS = new Set(['person', 'organization', 'government', 'group', 'unnamed']);
/** A mention never starts or ends with punctuation, quotation marks or a possessive... */
const UNTRIMMED_MENTION = /^[\s"“”‘’'«».,;:!?()[\]–—-]|[\s"“”‘’'«».,;:!?()[\]–—-]$|['’]s$/;
/** ...but an abbreviation keeps its last full stop ("U.S."). */
const ABBREVIATION = /(?:^|\s)(?:\p{L}\.){2,}$/u;

export function contractViolations(analysis: Analysis): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  check(typeof analysis.isArticle === 'boolean', 'isArticle is not a boolean');
  check(
    analysis.detection.score >= 0 && analysis.detection.score <= 1,
    `detection.score ${analysis.detection.score} outside [0,1]`,
  );
  check(Array.isArray(analysis.detection.reasons), 'detection.reasons is not an array');
  check(Array.isArray(analysis.article.agencies), 'article.agencies is not an array');
  check(
    Number.isInteger(analysis.article.wordCount) && analysis.article.wordCount >= 0,
    'article.wordCount is not a count',
  );
  check(
    analysis.keyPoints.length === 0 || (analysis.keyPoints.length >= 1 && analysis.keyPoints.length <= 5),
    'more than 5 key points',
  );
  for (const point of analysis.shortPoints ?? []) {
    check(wordCount(point) <= MAX_CORE_WORDS, `short point over ${MAX_CORE_WORDS} words: ${point}`);
  }
  check((analysis.shortPoints ?? []).length <= 3, 'more than 3 short points');
  const ids = new Set(analysis.entities.map((e) => e.id));
  check(ids.size === analysis.entities.length, 'entity ids are not unique');
  analysis.entities.forEach((entity, index) => {
    check(ENTITY_TYPES.has(entity.type), `entity ${entity.id} has type ${entity.type}`);
    check(
      entity.salience >= 0 && entity.salience <= 1,
      `entity ${entity.id} salience ${entity.salience} outside [0,1]`,
    );
    if (index > 0)
      check(analysis.entities[index - 1].salience >= entity.salience, 'entities are not sorted by salience');
    check(entity.mentions.length > 0, `entity ${entity.id} has no mention`);
    for (const m of entity.mentions) {
      check(analysis.text.slice(m.start, m.end) === m.text, `mention ${JSON.stringify(m)} does not match the text`);
      check(
        !UNTRIMMED_MENTION.test(m.text) || ABBREVIATION.test(m.text),
        `mention ${JSON.stringify(m.text)} carries punctuation or a possessive`,
      );
    }
  });
  for (const quote of analysis.quotes) {
    check(analysis.text.slice(quote.start, quote.end) === quote.text, `quote ${quote.id} does not match the text`);
    check(QUOTE_KINDS.has(quote.kind), `quote ${quote.id} has kind ${quote.kind}`);
    check(
      quote.speakerId === null || ids.has(quote.speakerId),
      `quote ${quote.id} names unknown speaker ${quote.speakerId}`,
    );
  }
  if (analysis.voices) checkVoices(analysis, check);
  return problems;
}

/** Every quote with a speaker is counted once, in some voice; first and last are voices, no document. */
function checkVoices(analysis: Analysis, check: (ok: boolean, problem: string) => void): void {
  const { speakers, first, last } = analysis.voices!;
  const names = new Set(speakers.map((voice) => voice.speaker));
  check(names.size === speakers.length, 'a speaker is two voices');
  const counted = speakers.reduce((sum, voice) => sum + voice.quotes, 0);
  const spoken = analysis.quotes.filter((quote) => quote.speaker !== null).length;
  check(counted === spoken, `voices count ${counted} quotes, ${spoken} have a speaker`);
  for (const voice of speakers) {
    check(VOICE_KINDS.has(voice.kind), `voice ${voice.speaker} has kind ${voice.kind}`);
    check(voice.direct <= voice.quotes && voice.quotes > 0, `voice ${voice.speaker} counts no quote`);
  }
  check(first === null || names.has(first), `first word by ${first}, no voice`);
  check(last === null || names.has(last), `last word by ${last}, no voice`);
  const documents = new Set(speakers.filter((voice) => voice.document).map((voice) => voice.speaker));
  check(!documents.has(first ?? '') && !documents.has(last ?? ''), `a document has the first or last word`);
}
