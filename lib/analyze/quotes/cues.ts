/**
 * Reporting cues: the verbs and phrases that tell who said something ("said", "told", "according
 * to"). Found by regexes over the text, outside quotation marks.
 */
import { quotedSpanAt, type QuotedSpan } from './marks';
import type { RuleSet, SpeakerRuleId } from './rules';

/**
 * How a cue relates to its speaker:
 * - speech: a verb of saying ("said"); its speaker stands before it or, inverted, after it.
 * - characterising: a verb that frames quoted words without reporting speech ("called it",
 *   "hailed a"); it attributes only quotes that follow it in the same sentence.
 * - source: "according to X": the speaker follows.
 */
export type CueForm = 'speech' | 'characterising' | 'source';

export interface Cue {
  start: number;
  end: number;
  text: string;
  form: CueForm;
}

/**
 * Inflected forms of each verb, the regexes below are built from these lists. Forms that are
 * mostly nouns in news copy ("states", "tweets", "demands", "a report") are left out.
 */
const SPEECH_VERBS = [
  'say|says|said|saying',
  'tell|tells|told|telling',
  'add|adds|added|adding',
  'ask|asks|asked|asking',
  'write|writes|wrote|writing',
  'warn|warns|warned|warning',
  'insist|insists|insisted|insisting',
  'explain|explains|explained|explaining',
  'noted|noting',
  'stated',
  'declare|declares|declared|declaring',
  'continue|continues|continued',
  'went on|goes on',
  'argue|argues|argued|arguing',
  'claim|claims|claimed|claiming',
  'tweeted|tweeting',
  'reply|replies|replied|replying',
  'respond|responds|responded|responding',
  'recall|recalls|recalled|recalling',
  'admit|admits|admitted|admitting',
  'acknowledge|acknowledges|acknowledged|acknowledging',
  'announce|announces|announced|announcing',
  'stress|stresses|stressed|stressing',
  'urge|urges|urged|urging',
  'predict|predicts|predicted|predicting',
  'promise|promises|promised|promising',
  'vow|vows|vowed|vowing',
  'boast|boasts|boasted|boasting',
  'complain|complains|complained|complaining',
  'concede|concedes|conceded|conceding',
  'contend|contends|contended|contending',
  'countered|countering',
  'joke|jokes|joked|joking',
  'quip|quips|quipped',
  'remarked',
  'observe|observes|observed',
  'emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed',
  'shout|shouts|shouted|shouting',
  'yell|yells|yelled|yelling',
  'chant|chants|chanted|chanting',
  'cried',
  'exclaim|exclaims|exclaimed',
  'testify|testifies|testified',
  'posted',
  'texted',
  'emailed',
  'reads|read',
  'point out|points out|pointed out|pointing out',
  'confirm|confirms|confirmed',
  'agree|agrees|agreed',
  'assert|asserts|asserted|asserting',
  'charged',
  'demanded',
  'repeat|repeats|repeated|repeating',
  'whisper|whispers|whispered',
  'suggest|suggests|suggested|suggesting',
  'mention|mentions|mentioned',
  'reiterate|reiterates|reiterated',
  'maintain|maintains|maintained',
  'deny|denies|denied',
  'reported|reporting',
  'conclude|concludes|concluded|concluding',
  'crack|cracks|cracked',
  'begin|begins|began',
  'put it|puts it',
  'scoff|scoffs|scoffed',
  'snap|snaps|snapped',
  'retort|retorts|retorted',
  'advise|advises|advised|advising',
  'answer|answers|answered|answering',
  'pressed',
  'bark|barks|barked',
  'muse|muses|mused',
  'lament|laments|lamented|lamenting',
  'wonder|wonders|wondered|wondering',
  'recount|recounts|recounted|recounting',
  'opined',
  'interjected',
  'chimed in',
  'fumed',
  'sighed',
  'thundered',
  'griped',
  'instruct|instructs|instructed',
  'shot back|fired back',
  'retaliated',
  'echo|echoes|echoed',
  'beamed',
  'exhorted',
  'remembered',
  'assured',
];

const CHARACTERISING_VERBS = [
  'call|calls|called|calling',
  'describe|describes|described|describing',
  'hail|hails|hailed|hailing',
  'praise|praises|praised|praising',
  'accuse|accuses|accused|accusing',
  'toast|toasts|toasted',
  'gush|gushes|gushed',
  'express|expresses|expressed|expressing',
  'dub|dubs|dubbed',
  'label|labels|label?led|label?ling',
  'brand|brands|branded',
  'termed',
  'deride|derides|derided',
  'dismiss|dismisses|dismissed',
  'slam|slams|slammed|slamming',
  'blast|blasts|blasted',
  'condemn|condemns|condemned',
  'critici[sz]e|critici[sz]es|critici[sz]ed',
  'mock|mocks|mocked',
  'decry|decries|decried',
  'denounce|denounces|denounced',
  'laud|lauds|lauded',
  'welcome|welcomes|welcomed',
  'vow|vows|vowed',
  'pledge|pledges|pledged',
  'cite|cites|cited',
  'refer|refers|referred',
  'rip|rips|ripped',
  'tout|touts|touted',
  'characteri[sz]e|characteri[sz]es|characteri[sz]ed',
  'blame|blames|blamed',
  'believe|believes|believed',
  'think|thinks|thought',
  'hoped',
  'feel|feels|felt',
  'feared',
  'see|sees|saw',
  'want|wants|wanted',
  'thanked',
  'tease|teases|teased',
  'referenced',
];

/** Each cue pattern with its form, and the rule that switches it on (the speech verbs always are). */
const CUE_PATTERNS: Array<{ form: CueForm; pattern: RegExp; rule?: SpeakerRuleId }> = [
  { form: 'speech', pattern: wordsPattern(SPEECH_VERBS) },
  { form: 'characterising', pattern: wordsPattern(CHARACTERISING_VERBS), rule: 'characterising-cues' },
  { form: 'source', pattern: /\b[Aa]ccording to\b/g, rule: 'according-to-cues' },
];

function wordsPattern(stems: string[]): RegExp {
  return new RegExp(`\\b(?:${stems.join('|')})\\b`, 'g');
}

/** A determiner or possessive before a cue word makes it a noun: "the term", "Clinton’s emails". */
const NOUN_BEFORE =
  /(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|first|second|third|fourth|new|whose)|\p{L}['’]s)\s+$/iu;

/** Every cue of `text` that stands outside quoted spans, in text order. */
export function findCues(text: string, quoted: QuotedSpan[], enabled: RuleSet): Cue[] {
  const cues: Cue[] = [];
  for (const { form, pattern, rule } of CUE_PATTERNS) {
    if (rule && !enabled.has(rule)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (quotedSpanAt(quoted, start) !== null) continue;
      if (
        enabled.has('noun-before-no-cue') &&
        (form === 'speech' || form === 'characterising') &&
        NOUN_BEFORE.test(text.slice(Math.max(0, start - 12), start))
      )
        continue;
      // Lower case as the contract shows cues ("according to"), whatever opened the sentence.
      cues.push({ start, end, text: match[0].toLowerCase(), form });
    }
  }
  return dropOverlaps(cues.sort((a, b) => a.start - b.start));
}

/** A verb listed in both tables matches twice: keep the first (speech) reading. */
function dropOverlaps(cues: Cue[]): Cue[] {
  return cues.filter((cue, i) => i === 0 || cues[i - 1].start !== cue.start);
}
