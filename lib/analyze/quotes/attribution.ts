/**
 * Who said each quote. Every cue of the text first gets its speaker (pronouns resolved in text
 * order); then each quote takes the cue of its own sentence: a quote that opens its sentence the
 * cue right after its closing mark ("…,” Putin said), any other the nearest cue before its
 * opening mark (Putin said Kyiv “…”), else the one after it, else the name that opens the sentence
 * (Trump admires Putin as a “strong leader”: for such a partial quote, only a name the story
 * knows or a full name). A quote sentence with no cue inherits: when it opens its paragraph, from
 * the previous paragraph's speaker (continuation paragraphs, quotes running over paragraphs), else
 * from the sentence before it when that names someone (“A,” Putin said. “B.”).
 * Each rule is switched by its id (quotes/rules.ts).
 */
import { remembered } from '../../memo';
import type { QuoteKind, TextSpan } from '../../analysis';
import { isAbbreviationStop } from '../sentences';
import type { Cue, CueForm } from './cues';
import { quotedSpanAt, type QuotedSpan } from './marks';
import { firstAtOrAfter } from './offsets';
import { phraseAfter, phraseBefore, phraseTokens, sentenceSubject } from './phrases';
import { resolvePronoun, type SpeakerEvent } from './pronouns';
import type { RuleSet } from './rules';
import { nameSpeaker, type MentionIndex, type Speaker } from './speakers';

export interface Attribution {
  speaker: Speaker | null;
  cue: string | null;
  /** Which rule gave it (a feature of the speaker ranker): "trailing", "subject", "introduced", … */
  via: AttributionRule;
}

export type AttributionRule =
  | 'trailing'
  | 'leading'
  | 'subject'
  | 'introduced'
  | 'previous-paragraph'
  | 'sentence-before'
  | 'none';

export interface CueReading {
  cue: Cue;
  speaker: Speaker | null;
}

/** How far back a cue's subject may start (characters): a long news sentence. */
const MAX_SUBJECT_REACH = 300;
/**
 * How far back a sentence's start is looked for (characters): ten times the longest news
 * sentence. Past it the text is no run of sentences (a list, a page flattened to one line) and the
 * scan stops there, so such a text is not read again from its start for every quote in it.
 */
const MAX_SENTENCE_REACH = 3000;
/** Words allowed between a closing mark and its trailing cue: "…,” Rep. Gwen Moore (D-Wis.) said". */
const MAX_WORDS_BEFORE_TRAILING_CUE = 10;
/** The same when a name and an appositive come first: "…,” Robert Peck, managing director at …, said". */
const MAX_WORDS_BEFORE_TRAILING_CUE_AFTER_APPOSITIVE = 25;

/** Shared with quotes/candidates.ts, which reads the same places (a clause's start, a participle cue). */
export const ATTRIBUTION_PATTERNS = {
  /** A lower-case word ending a sentence (titles like "Sen." are capitalised): the cue after it is another sentence's. */
  sentenceEnd: /(?:^|\s)\p{Ll}{2,}[.!?]\s/u,
  onlyPunctuation: /^[\s,;:–—-]*$/,
  commaBefore: /,\s*$/,
  /** Read from the quote's last character to the one after its closing mark: a comma at either end. */
  commaClose: /^,|,$/,
  startsWithCapital: /^\p{Lu}/u,
  /** A verb of saying whose object is the one spoken to ("told Reuters"): it is never inverted. */
  listenerAfter: /^(?:tell|tells|told|telling)$/i,
  participle: /ing$/,
  /** A quote whose words end a sentence ("…on their part.”") before a capital starts the next. */
  quotedSentenceEnd: /[.!?]["”’]?$/,
  nextSentenceStart: /^\s+\p{Lu}/u,
  /** What may stand before a full stop that ends a sentence: a lower-case word, a digit, a bracket. */
  beforeFullStop: /\p{Ll}{2}|\d|\)/u,
  space: /\s/,
  /** A comma, then a full name (up to the comma, "of" or the end after it): an appositive's name. */
  appositiveName: /^\s*(?:at [^,]{1,40})?,\s*((?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{L}'’-]*)(?=\s*(?:,|\bof\b|\.|$))/u,
  /** A name right after a closing mark, then a comma: an appositive follows. */
  nameThenComma: /^[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}.'’-]*,/u,
};

/** Two or more capitalised words: a name the recogniser may have missed ("Whit Symms"), not "Either". */
const FULL_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

/**
 * A phrase in quotation marks that no cue attributes ("Either way, it's important that Uber not
 * be allowed to “disrupt” …", seen on a Salon page) is the writer's, unless the sentence's
 * subject is someone the story names: "Trump admires Putin as a “strong leader”".
 */
function isNamed(subject: Speaker): boolean {
  return subject.id !== null || FULL_NAME.test(subject.mention.text);
}

export class QuoteAttributor {
  readonly readings: CueReading[];
  /** Named speakers of the cues, in text order, for pronouns met later. */
  private readonly history: SpeakerEvent[] = [];
  /** Where the sentence holding each place asked about begins (the text never changes). */
  private readonly sentenceStarts = new Map<number, number>();

  constructor(
    private readonly text: string,
    private readonly quoted: QuotedSpan[],
    /** The kind of each quoted span, in the same order. */
    private readonly kinds: QuoteKind[],
    private readonly paragraphs: TextSpan[],
    cues: Cue[],
    private readonly index: MentionIndex,
    /** The rules switched on (quotes/rules.ts): all of them but in an ablation. */
    private readonly enabled: RuleSet,
  ) {
    this.readings = this.readCues(cues);
  }

  /** Attributions of `quoted`, in the same order. */
  attributeAll(): Attribution[] {
    const result: Attribution[] = [];
    this.quoted.forEach((span, i) => {
      const own = this.ownCue(span, i);
      result.push(own ?? this.inherited(span, i, result));
    });
    return result;
  }

  private readCues(cues: Cue[]): CueReading[] {
    const readings: CueReading[] = [];
    for (const cue of cues) {
      const speaker = this.speakerOfCue(cue);
      readings.push({ cue, speaker });
      if (speaker?.name) this.history.push({ at: cue.start, speaker });
    }
    return readings;
  }

  /** The speaker a phrase names, a pronoun resolved against the speakers before it. */
  private speakerNamedBy(phrase: TextSpan): Speaker {
    const speaker = nameSpeaker(this.text, phrase, this.index, this.enabled);
    if (!speaker.pronoun && speaker.id === null && !speaker.isPerson && this.enabled.has('appositive-after-descriptor'))
      return this.appositiveName(phrase) ?? speaker;
    if (!speaker.pronoun || speaker.name !== null) return speaker;
    return resolvePronoun(speaker, this.history, this.enabled);
  }

  /**
   * The person a descriptor stands for when their name follows it after a comma: "said his best
   * friend at Lehigh, Bruce Turry, who …", "said another leading advocate, Andrew J. Pincus of …".
   */
  private appositiveName(descriptor: TextSpan): Speaker | null {
    const name = ATTRIBUTION_PATTERNS.appositiveName.exec(this.text.slice(descriptor.end));
    if (!name) return null;
    const start = descriptor.end + name[0].length - name[1].length;
    const speaker = nameSpeaker(
      this.text,
      { start, end: start + name[1].length, text: name[1] },
      this.index,
      this.enabled,
    );
    return speaker.isPerson && isNamed(speaker) ? speaker : null;
  }

  /** The name opening the sentence around `at` (see `sentenceSubject`), as a speaker. */
  subjectOfSentence(at: number): Speaker | null {
    const phrase = sentenceSubject(this.text, this.sentenceStartBefore(at), at);
    return phrase ? this.speakerNamedBy(phrase) : null;
  }

  private speakerOfCue(cue: Cue): Speaker | null {
    const paragraph = this.paragraphAt(cue.start);
    const floor = Math.max(paragraph.start, cue.start - MAX_SUBJECT_REACH, this.lastCloseBefore(cue.start));
    const ceiling = Math.min(paragraph.end, this.nextOpenAfter(cue.end));
    const phrase = this.phraseOfCue(cue, floor, ceiling);
    return phrase ? this.speakerNamedBy(phrase) : null;
  }

  private phraseOfCue(cue: Cue, floor: number, ceiling: number): TextSpan | null {
    switch (cue.form) {
      case 'source':
        return phraseAfter(this.text, cue.end, ceiling);
      case 'speech': {
        const before = phraseBefore(this.text, cue.start, floor);
        if (before || !this.enabled.has('inverted-speech')) return before;
        // "Tell" names its listener after it, never its speaker: "…,” Tibbetts' dad, Rob, tells Fox News.
        if (ATTRIBUTION_PATTERNS.listenerAfter.test(cue.text)) return null;
        // Inverted order only where a clause begins: right after a quote ("…,” said Putin), at the
        // start of a paragraph or after a comma ("…” for Clinton, said Kunin).
        const between = this.text.slice(floor, cue.start);
        if (ATTRIBUTION_PATTERNS.onlyPunctuation.test(between)) return phraseAfter(this.text, cue.end, ceiling);
        const after = ATTRIBUTION_PATTERNS.commaBefore.test(between) ? phraseAfter(this.text, cue.end, ceiling) : null;
        return after && ATTRIBUTION_PATTERNS.startsWithCapital.test(after.text) ? after : null;
      }
      case 'characterising':
        return phraseBefore(this.text, cue.start, floor);
    }
  }

  /**
   * The cue of the quote's own sentence, if one names a speaker; for a quote inside a sentence
   * with no cue ("Trump admires Putin as a “strong leader”", "Obama on Climate: ‘Terrifying’"),
   * the name that opens the sentence.
   */
  private ownCue(span: QuotedSpan, i: number): Attribution | null {
    const sentenceStart = this.sentenceStartBefore(span.openAt);
    const opensSentence = ATTRIBUTION_PATTERNS.onlyPunctuation.test(this.text.slice(sentenceStart, span.openAt));
    const trailing = this.enabled.has('trailing-cue') ? this.trailingCue(span, i) : null;
    const leading = opensSentence || !this.enabled.has('leading-cue') ? null : this.leadingCue(span, sentenceStart);
    // A quote closing on a comma hands its sentence to the cue that follows ("…, the officials
    // said, the utility switched …, “so they cannot …,” Mr. McHugh said"): that cue is the quote's.
    const commaClose = this.enabled.has('comma-close-takes-trailing-cue') && this.closesOnComma(span);
    const chosen = opensSentence || commaClose ? (trailing ?? leading) : (leading ?? trailing);
    if (chosen?.speaker)
      return {
        speaker: chosen.speaker,
        cue: chosen.cue.text,
        via: chosen === trailing ? 'trailing' : 'leading',
      };
    if (opensSentence) return null;
    const subject = this.enabled.has('sentence-subject') ? this.subjectOfSentence(span.openAt) : null;
    const mayBeWriters = this.kinds[i] === 'partial' && this.enabled.has('partial-needs-named-subject');
    return subject && (!mayBeWriters || isNamed(subject)) ? { speaker: subject, cue: null, via: 'subject' } : null;
  }

  /** Does the quote end on a comma, inside or just outside its closing mark (“…,” or “…”,)? */
  private closesOnComma(span: QuotedSpan): boolean {
    return ATTRIBUTION_PATTERNS.commaClose.test(this.text.slice(span.end - 1, span.closeEnd + 1));
  }

  private trailingCue(span: QuotedSpan, i: number): CueReading | null {
    const limit = Math.min(this.quoted[i + 1]?.openAt ?? Infinity, this.paragraphAt(span.openAt).end);
    for (const reading of this.readingsFrom(span.closeEnd)) {
      if (reading.cue.start >= limit) break;
      if (reading.cue.form === 'characterising') continue;
      const between = this.text.slice(span.closeEnd, reading.cue.start);
      if (ATTRIBUTION_PATTERNS.sentenceEnd.test(between)) return null;
      const words = phraseTokens(this.text, span.closeEnd, reading.cue.start).filter((t) => t.isWord).length;
      const reach = ATTRIBUTION_PATTERNS.nameThenComma.test(between)
        ? MAX_WORDS_BEFORE_TRAILING_CUE_AFTER_APPOSITIVE
        : MAX_WORDS_BEFORE_TRAILING_CUE;
      if (words > reach) return null;
      if (reading.speaker) return reading;
    }
    return null;
  }

  private leadingCue(span: QuotedSpan, sentenceStart: number): CueReading | null {
    let best: CueReading | null = null;
    for (const reading of this.readingsFrom(sentenceStart)) {
      if (reading.cue.start >= span.openAt) break;
      if (reading.speaker) best = reading;
    }
    return best;
  }

  /** When the quote's sentence has no cue: the speaker it continues. */
  private inherited(span: QuotedSpan, i: number, earlier: Attribution[]): Attribution {
    const none: Attribution = { speaker: null, cue: null, via: 'none' };
    const index = this.paragraphIndexAt(span.openAt);
    const paragraph = this.paragraphs[index];
    const before = index > 0 ? this.paragraphs[index - 1] : null;
    const opensParagraph = ATTRIBUTION_PATTERNS.onlyPunctuation.test(this.text.slice(paragraph.start, span.openAt));
    const introduced =
      opensParagraph && before && this.enabled.has('introduced-by-colon') ? this.introducedBy(before, paragraph) : null;
    if (introduced) return introduced;
    if (i === 0) return none;
    const previous = earlier[i - 1];
    const previousSpan = this.quoted[i - 1];
    const opensSentence = ATTRIBUTION_PATTERNS.onlyPunctuation.test(
      this.text.slice(this.sentenceStartBefore(span.openAt), span.openAt),
    );
    if (!opensSentence) return none;
    const continued =
      opensParagraph && before && this.enabled.has('previous-paragraph')
        ? this.lastSpeakerOf(before, paragraph, previousSpan, previous)
        : null;
    if (continued) return continued;
    return (this.enabled.has('sentence-before') && this.speakerOfSentenceBefore(span, previous)) || none;
  }

  /**
   * Who a cue-less quote continues, read from the sentence before it (the paragraph before's last
   * when the quote opens its own): the person that sentence is about ("Viguerie is upbeat about
   * Cruz’s chances … ¶ “Not only can Ted Cruz win …”", "Bolton distanced himself … “I’m going to
   * support him …”"), named rather than a pronoun, else the last quote's speaker when that sentence
   * names them again ("… since Trump spoke only in evasive bromides. ¶ “We have to do something …”").
   */
  private speakerOfSentenceBefore(span: QuotedSpan, previous: Attribution): Attribution | null {
    const sentenceStart = this.sentenceStartBefore(span.openAt);
    const paragraph = this.paragraphAt(span.openAt);
    const end =
      sentenceStart > paragraph.start
        ? sentenceStart
        : (this.paragraphs[this.paragraphIndexAt(span.openAt) - 1]?.end ?? 0);
    if (end <= 0 || this.quoteAt(end - 1)) return null;
    const start = this.sentenceStartBefore(end - 1);
    const phrase = sentenceSubject(this.text, start, end - 1);
    const subject = phrase && nameSpeaker(this.text, phrase, this.index, this.enabled);
    // A pronoun is left alone: "He is hard to read, as the foundation’s website notes:" quotes the website.
    if (subject && !subject.pronoun && subject.isPerson && isNamed(subject))
      return { speaker: subject, cue: null, via: 'sentence-before' };
    const named = previous.speaker?.id && this.mentionsEntity(start, end, previous.speaker.id);
    return named ? { ...previous, via: 'sentence-before' } : null;
  }

  private mentionsEntity(start: number, end: number, id: string): boolean {
    return this.index.mentions.some((m) => m.entity.id === id && m.start >= start && m.end <= end);
  }

  /**
   * The speaker of a quote paragraph that the paragraph `before` introduces, ending on a colon
   * ("Cruz continued:", "He told reporters:"): that paragraph's last cue's, else its named subject.
   */
  private introducedBy(before: TextSpan, paragraph: TextSpan): Attribution | null {
    if (!before.text.endsWith(':')) return null;
    const lastCue = this.lastCueNamingSpeaker(before.start, paragraph.start);
    if (lastCue) return { speaker: lastCue.speaker, cue: lastCue.cue.text, via: 'introduced' };
    // A named subject only: "It would be difficult …, as the foundation's website notes:" is no one's.
    const phrase = sentenceSubject(this.text, this.sentenceStartBefore(before.end - 1), before.end - 1);
    const subject = phrase && nameSpeaker(this.text, phrase, this.index, this.enabled);
    return subject && !subject.pronoun ? { speaker: subject, cue: null, via: 'introduced' } : null;
  }

  /**
   * The speaker a cue-less quote paragraph continues: the paragraph `before`'s last quote's
   * speaker, or the speaker of its last speech cue when it quoted no one.
   */
  private lastSpeakerOf(
    before: TextSpan,
    paragraph: TextSpan,
    previousSpan: QuotedSpan,
    previous: Attribution,
  ): Attribution | null {
    const lastCue = this.lastCueNamingSpeaker(before.start, paragraph.start, 'speech');
    const quoteInBefore = previousSpan.openAt >= before.start && previous.speaker !== null;
    if (quoteInBefore && (!lastCue || lastCue.cue.start < previousSpan.closeEnd + MAX_SUBJECT_REACH))
      return { ...previous, via: 'previous-paragraph' };
    return lastCue ? { speaker: lastCue.speaker, cue: lastCue.cue.text, via: 'previous-paragraph' } : null;
  }

  /** The last cue in [from, to) whose speaker is known, of the one form given or of any. */
  private lastCueNamingSpeaker(from: number, to: number, form?: CueForm): CueReading | null {
    let last: CueReading | null = null;
    for (const reading of this.readingsFrom(from)) {
      if (reading.cue.start >= to) break;
      if (reading.speaker && (!form || reading.cue.form === form)) last = reading;
    }
    return last;
  }

  /** The cue readings from the first whose cue starts at `at` or later, in text order. */
  private *readingsFrom(at: number): Generator<CueReading> {
    const first = firstAtOrAfter(this.readings, at, (reading) => reading.cue.start);
    for (let k = first; k < this.readings.length; k++) yield this.readings[k];
  }

  /** Where the sentence holding `at` begins: after the last sentence end outside quotes, or the paragraph start (at most MAX_SENTENCE_REACH back). */
  sentenceStartBefore(at: number): number {
    return remembered(this.sentenceStarts, at, () => this.findSentenceStartBefore(at));
  }

  /** The backward scan `sentenceStartBefore` keeps: asked again of the same place by each quote's candidates. */
  private findSentenceStartBefore(at: number): number {
    const floor = Math.max(this.paragraphAt(at).start, at - MAX_SENTENCE_REACH);
    for (let i = at - 1; i > floor; i--) {
      const inside = this.quoteAt(i);
      if (inside && inside.openAt < i) {
        const quoteEndsSentence = ATTRIBUTION_PATTERNS.quotedSentenceEnd.test(
          this.text.slice(inside.end, inside.closeEnd),
        );
        if (quoteEndsSentence && ATTRIBUTION_PATTERNS.nextSentenceStart.test(this.text.slice(inside.closeEnd, at))) {
          return inside.closeEnd;
        }
        i = inside.openAt;
        continue;
      }
      if (this.endsSentenceAt(i)) return i + 1;
    }
    return floor;
  }

  /**
   * A full stop after a lower-case word, a digit or a bracket ends a sentence, unless it is an
   * abbreviation's ("Mrs.", "Sen.", "Sept."); after a capital it is more often a title or an
   * initial ("G.K."). A question or exclamation mark always ends one.
   */
  private endsSentenceAt(i: number): boolean {
    if (!ATTRIBUTION_PATTERNS.space.test(this.text[i + 1] ?? '')) return false;
    if (this.text[i] === '?' || this.text[i] === '!') return true;
    return (
      this.text[i] === '.' &&
      ATTRIBUTION_PATTERNS.beforeFullStop.test(this.text.slice(i - 2, i)) &&
      !isAbbreviationStop(this.text, i)
    );
  }

  private paragraphAt(at: number): TextSpan {
    return this.paragraphs[this.paragraphIndexAt(at)];
  }

  /** The index of the paragraph holding `at` (the last to start at or before it; the first, before any). */
  paragraphIndexAt(at: number): number {
    return Math.max(0, firstAtOrAfter(this.paragraphs, at + 1, (paragraph) => paragraph.start) - 1);
  }

  /** The quoted span around `at`, or null (see quotedSpanAt). */
  quoteAt(at: number): QuotedSpan | null {
    return quotedSpanAt(this.quoted, at);
  }

  /** Where the last quote closing at or before `at` ends (0 for none). Quotes never overlap: their ends are in order too. */
  private lastCloseBefore(at: number): number {
    const after = firstAtOrAfter(this.quoted, at + 1, (span) => span.closeEnd);
    return after > 0 ? this.quoted[after - 1].closeEnd : 0;
  }

  /** Where the first quote opening at or after `at` opens (the text's end for none). */
  private nextOpenAfter(at: number): number {
    return this.quoted[firstAtOrAfter(this.quoted, at, (span) => span.openAt)]?.openAt ?? this.text.length;
  }
}
