/**
 * The hand-written attribution rules, as data: each has an id, what it reads (`match`), what it
 * does, and the reason it exists. The code of quotes/ asks `enabled.has(id)` where a rule acts, so
 * `npm run ablate:speakers` can switch each off in turn, retrain the speaker ranker without it and
 * score it source by source. A rule stays only while that ablation shows it helps on two sources or
 * more (docs/quality.md, "Speakers: what each rule is worth"). Dropped so, having helped on no
 * more than one source both beside every rule and beside all but the ten weakest: a quote that
 * continues one run over paragraphs taking its speaker (the continuation-paragraph rule gives the
 * same), a pronoun with no speaker before it read as the last person named, and "in a statement"
 * as a cue. Dropped later, having helped on fewer than two sources in two runs (before and after
 * the entity tagger's Viterbi decoding): a name before a colon taking the quote after it, a
 * subject-less cue after a comma or "and" sharing its sentence's subject, a form of "tell" naming
 * no speaker after it, and a dash after a quote as a signature cue. Dropped last, having helped on
 * fewer than two sources in three runs (the fourth to the sixth): a subject-less cue right after
 * another cue taking its speaker ("added, saying"), and "Said", "Stated", "Added" … opening a
 * sentence as speech cues. Dropped after them, having helped on one source in the fifth and sixth
 * runs: a cue-less quote later in the previous quote's paragraph taking that quote's speaker.
 */

export interface SpeakerRule {
  id: SpeakerRuleId;
  /** What the rule reads in the text. */
  match: string;
  /** What it does with it. */
  does: string;
  /** Why it was written: the case that asked for it. */
  reason: string;
}

export type SpeakerRuleId =
  | 'trailing-cue'
  | 'leading-cue'
  | 'comma-close-takes-trailing-cue'
  | 'sentence-subject'
  | 'partial-needs-named-subject'
  | 'introduced-by-colon'
  | 'previous-paragraph'
  | 'sentence-before'
  | 'inverted-speech'
  | 'appositive-after-descriptor'
  | 'pronoun-earlier-speaker'
  | 'characterising-cues'
  | 'according-to-cues'
  | 'noun-before-no-cue'
  | 'name-before-of'
  | 'headline-words-end-name'
  | 'person-by-role'
  | 'person-by-surname'
  | 'cue-candidates'
  | 'subject-candidate'
  | 'entity-candidates'
  | 'previous-quote-candidate';

export const SPEAKER_RULES: readonly SpeakerRule[] = [
  // Which cue or name a quote takes (quotes/attribution.ts); each is the ranker's `rule:<via>` feature.
  {
    id: 'trailing-cue',
    match: 'a cue after the closing mark, in the same sentence, within 10 words (25 after a name and a comma)',
    does: 'gives the quote that cue’s speaker (via "trailing")',
    reason: '“…,” Putin said: the commonest attribution in news copy',
  },
  {
    id: 'leading-cue',
    match: 'a cue in the quote’s sentence before its opening mark',
    does: 'gives the quote that cue’s speaker (via "leading")',
    reason: 'Putin said Kyiv “…”: a quote inside its reporting sentence',
  },
  {
    id: 'comma-close-takes-trailing-cue',
    match: 'a quote ending on a comma, inside or just outside its closing mark',
    does: 'prefers the trailing cue to the leading one',
    reason: '“…, the officials said, the utility switched …, “so they cannot …,” Mr. McHugh said”',
  },
  {
    id: 'sentence-subject',
    match: 'a quote inside a sentence with no cue, opened by a name',
    does: 'gives the quote that name (via "subject")',
    reason: 'Trump admires Putin as a “strong leader”; “Obama on Climate: ‘Terrifying’”',
  },
  {
    id: 'partial-needs-named-subject',
    match: 'a partial quote whose sentence subject is neither an entity nor a full name',
    does: 'leaves it to the writer rather than to that subject',
    reason: 'Either way, it’s important that Uber not be allowed to “disrupt” … (a Salon page)',
  },
  {
    id: 'introduced-by-colon',
    match: 'a quote opening a paragraph whose previous paragraph ends on a colon',
    does: 'gives it that paragraph’s last cue’s speaker, else its named subject (via "introduced")',
    reason: 'Cruz continued: ¶ “…”',
  },
  {
    id: 'previous-paragraph',
    match: 'a cue-less quote opening its paragraph, the paragraph before holding a quote or a speech cue',
    does: 'gives it that quote’s or cue’s speaker (via "previous-paragraph")',
    reason: 'continuation paragraphs: one speaker quoted over several paragraphs',
  },
  {
    id: 'sentence-before',
    match: 'a cue-less quote whose previous sentence opens with a named person, or names the last speaker again',
    does: 'gives it that person (via "sentence-before")',
    reason: 'Viguerie is upbeat about Cruz’s chances … ¶ “Not only can Ted Cruz win …”',
  },
  // Whose a cue is (quotes/attribution.ts).
  {
    id: 'inverted-speech',
    match:
      'a speech verb with no subject before it, right after a quote, a paragraph start or a comma; not "tell", whose object is the listener',
    does: 'reads its speaker after it',
    reason: '“…,” said Putin; “…” for Clinton, said Kunin',
  },
  {
    id: 'appositive-after-descriptor',
    match: 'a descriptor naming no entity nor person, then a comma and a full name',
    does: 'takes that name as the speaker',
    reason: 'said his best friend at Lehigh, Bruce Turry, who …',
  },
  // Pronouns (quotes/pronouns.ts).
  {
    id: 'pronoun-earlier-speaker',
    match: 'a pronoun cue subject ("he said")',
    does: 'resolves it to the last speaker that fits, within 800 characters',
    reason: '“…,” Putin said. ¶ He added …',
  },
  // Which words are cues (quotes/cues.ts).
  {
    id: 'characterising-cues',
    match: 'verbs that frame quoted words without reporting speech ("called", "hailed", "described")',
    does: 'makes them cues of the characterising form',
    reason: 'Ukraine’s foreign ministry described the talks as “historic” (the seed article)',
  },
  {
    id: 'according-to-cues',
    match: '"according to"',
    does: 'makes it a cue whose speaker follows it',
    reason: 'according to the joint statement',
  },
  {
    id: 'noun-before-no-cue',
    match: 'a cue word after a determiner or a possessive',
    does: 'drops that cue (it is a noun)',
    reason: '“the term”, “Clinton’s emails”',
  },
  // Which speaker a phrase names (quotes/speakers.ts).
  {
    id: 'name-before-of',
    match: 'a name, then "of", then more capitalised words',
    does: 'names the words before "of", unless they are a title',
    reason: 'Ross Eisenbrey of the Economic Policy Institute; not Secretary of State Antony Blinken',
  },
  {
    id: 'headline-words-end-name',
    match: 'a name on a Title Case line running into words the text writes in lower case elsewhere',
    does: 'ends the name before the first of them',
    reason: 'Clinton Says Russians Hacked DNC → Clinton',
  },
  {
    id: 'person-by-role',
    match: '"the" and an office held by exactly one person of the story',
    does: 'names that person',
    reason: '“the president” beside one person whose role is President',
  },
  {
    id: 'person-by-surname',
    match: 'a lone capitalised word no entity covers, the surname of one person entity',
    does: 'names that person',
    reason: '“Putin” where the entity list has only “Vladimir Putin” elsewhere',
  },
  // Who is a candidate for the ranker (quotes/candidates.ts).
  {
    id: 'cue-candidates',
    match: 'every cue in the quote’s paragraph and the one before',
    does: 'offers each cue’s speaker as a candidate',
    reason: 'the rules’ one cue is sometimes the wrong one of several',
  },
  {
    id: 'subject-candidate',
    match: 'the name opening the quote’s sentence',
    does: 'offers it as a candidate',
    reason: 'a quote inside a sentence often belongs to the sentence’s subject',
  },
  {
    id: 'entity-candidates',
    match: 'every entity named near the quote outside quotation marks',
    does: 'offers each as a candidate',
    reason: 'the speaker is often named with no cue the lists know',
  },
  {
    id: 'previous-quote-candidate',
    match: 'the previous quote’s speaker, as the rules read it',
    does: 'offers it as a candidate',
    reason: 'quotes come in runs by one speaker',
  },
];

/** Which rules are on: a set of ids. */
export type RuleSet = ReadonlySet<SpeakerRuleId>;

/** Every rule on: what the extension runs. */
export const ALL_SPEAKER_RULES: RuleSet = new Set(SPEAKER_RULES.map((rule) => rule.id));

/** The rules of `from` (every rule, unless said) but `id`: the ablation's reading without it. */
export function withoutRule(id: SpeakerRuleId, from: RuleSet = ALL_SPEAKER_RULES): RuleSet {
  return new Set([...from].filter((other) => other !== id));
}
