import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/analysis';
import { findQuotes } from '../../../lib/analyze/quotes';

/** A person or organization entity with a mention at every occurrence of each surface form. */
function entity(id: string, name: string, type: Entity['type'], forms: string[], text: string): Entity {
  const mentions = forms.flatMap((form) =>
    [...text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + form.length,
      text: form,
    })),
  );
  return { id, name, type, salience: 0, mentions };
}

function quotesOf(text: string, people: Array<[string, string[]]> = []) {
  const entities = people.map(([name, forms], i) => entity(`e${i + 1}`, name, 'person', forms, text));
  return findQuotes(text, entities);
}

const PUTIN: [string, string[]] = ['Vladimir Putin', ['Vladimir Putin', 'Putin']];
const XI: [string, string[]] = ['Xi Jinping', ['Xi Jinping', 'Xi']];

describe('findQuotes: who said it', () => {
  it.each([
    // speaker after the quote, verb last
    ['“We are ready for talks,” Putin said after talks with Chinese leader Xi Jinping.', 'Vladimir Putin', 'said'],
    // speaker after the quote, verb first
    ['“We are ready for talks,” said Putin on Tuesday.', 'Vladimir Putin', 'said'],
    // speaker before the quote
    ['Putin told reporters: “We are ready for talks.”', 'Vladimir Putin', 'told'],
    ['Xi wrote that “the two countries are entering a new era of partnership”.', 'Xi Jinping', 'wrote'],
    ['“Is the West ready for talks?” Xi asked.', 'Xi Jinping', 'asked'],
    ['“The West will regret it,” Putin warned.', 'Vladimir Putin', 'warned'],
    ['“Let me talk,” Putin shot back.', 'Vladimir Putin', 'shot back'],
    ['“Russia will always be Russia,” an angry Putin retaliated.', 'Vladimir Putin', 'retaliated'],
    ['“Your reputation is amazing,” Putin assured Xi.', 'Vladimir Putin', 'assured'],
    ['“Analysts said no,” remembered Putin.', 'Vladimir Putin', 'remembered'],
    ['“We never refused to talk,” Putin insisted.', 'Vladimir Putin', 'insisted'],
    ['“I would say this,” Putin answered.', 'Vladimir Putin', 'answered'],
    ['“Would it be negotiable?” Xi pressed.', 'Xi Jinping', 'pressed'],
    ['“Don’t get nervous,” instructed Putin.', 'Vladimir Putin', 'instructed'],
    ['“Talks will resume in May,” according to Putin.', 'Vladimir Putin', 'according to'],
    ['According to Putin, “talks will resume in May once Kyiv is ready”.', 'Vladimir Putin', 'according to'],
    ['“We will respond in kind to any such provocation,” added Putin.', 'Vladimir Putin', 'added'],
    ['“We will respond in kind,” Putin said in a statement.', 'Vladimir Putin', 'said'],
    // a speaker whose name the entity list missed: the capitalised name next to the cue
    ['“The plan is a stalling tactic,” said US Secretary of State Antony Blinken.', 'Antony Blinken', 'said'],
    // titles and parentheses around the name
    ['“This is a disgusting day,” Rep. Gwen Moore (D-Wis.) said Friday.', 'Gwen Moore', 'said'],
    // an appositive between the name and the verb
    ['“We will not back down,” Kellyanne Conway, the campaign manager, said.', 'Kellyanne Conway', 'said'],
    // a phrase stopped at its word limit ends on no function word
    [
      'There would be a code including — according to the explanatory notes of the British Bill — “provision to protect sources”.',
      'the explanatory notes',
      'according to',
    ],
  ])('%s', (text, speaker, cue) => {
    const [quote] = quotesOf(text, [PUTIN, XI]);
    expect(quote.speaker).toBe(speaker);
    expect(quote.cue).toBe(cue);
  });

  it.each([
    // no cue in the sentence: the name that opens it, after an introductory phrase
    ['But Obama, making it clear that security came first, praised the “democratically elected” government.', 'Obama'],
    // inverted order after a comma, not only right after the closing mark
    ['“This will be a challenge” for the party, said Kunin.', 'Kunin'],
    // a long appositive: the name that opens the clause, not the place inside it
    [
      'Donna Rawlings, 59, of Ashton, Md., who watched the ceremony, said it was “a dream come true for us.”',
      'Donna Rawlings',
    ],
    [
      '“It is inevitable that the company will be sold,” Robert Peck, managing director and internet equity analyst at a bank in New York, said.',
      'Robert Peck',
    ],
    [
      '“You get out more than you put in,” Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author of the study, said.',
      'Dylan Nelson',
    ],
    // an adverb between the subject and the verb
    ['Asked again, Dylan Nelson instead told the interviewer: “I took the judgement call.”', 'Dylan Nelson'],
    // "as … put it"
    ['As the columnist Dana Milbank put it, “Senate Republicans are unmoved.”', 'Dana Milbank'],
    // a question mark ends the sentence before the quote, so its verb is no cue of the quote
    ['Would you say it was a win? “That is fine,” Sroka said.', 'Sroka'],
    // a quote closing on a comma belongs to the cue after it, not to one earlier in its sentence
    [
      'To cut the risk, the officials said, the utility vented its covers, “so gas cannot build up,” Mr. McHugh said.',
      'McHugh',
    ],
    // no speaker phrase ends in a preposition: the participle shares the sentence's subject
    ['Andrew parties in unearthed pics despite claiming “he avoids PDAs and can’t sweat.”', 'Andrew'],
    // a descriptor stands for the name after its comma
    ['“It was his first attempt,” said his best friend at Lehigh, Bruce Turry, who spoke later.', 'Bruce Turry'],
    // nouns that look like verbs are no cues
    ['Clinton said Trump’s late-night tweets were “unhinged, even for him.”', 'Clinton'],
  ])('finds the speaker where no entity names them: %s', (text, speaker) => {
    expect(quotesOf(text)[0]).toMatchObject({ speaker, speakerId: null });
  });

  // The ranker trusts a lone capitalised name less when the recogniser does not know it (on PolNeAR
  // such phrases are often wrong: "Hours later, Trump …" read as "Hours"); the pipeline knows these.
  it.each([
    // a long introductory phrase before the subject
    [
      'With Democratic leaders increasingly worried about a lack of passion for Hillary Clinton among young black voters, President Obama is rolling out a new message: “It’s about me.”',
      ['Obama', ['Obama']] as [string, string[]],
    ],
    // an abbreviation's stop ends no sentence: the subject is the one before "Mrs."
    [
      'Mr. Trump hardly clarified it, treating Mrs. Clinton’s remark as a compliment -- “That makes me smart.”',
      ['Trump', ['Trump']] as [string, string[]],
    ],
  ])('finds the speaker a rule reads, named as the recogniser names them: %s', (text, person) => {
    expect(quotesOf(text, [person, ['Hillary Clinton', ['Hillary Clinton', 'Clinton']]])[0].speaker).toBe(person[0]);
  });

  it('gives the entity id and canonical name of a named speaker, and where the text names them', () => {
    const text = '“We are ready for talks,” Putin said.';
    const [quote] = quotesOf(text, [PUTIN]);
    expect(quote).toMatchObject({ speakerId: 'e1', speaker: 'Vladimir Putin' });
    expect(text.slice(quote.speakerMention!.start, quote.speakerMention!.end)).toBe('Putin');
  });

  it('gives the speaker to both halves of a quote split by its cue', () => {
    const quotes = quotesOf('“We are ready,” Putin said, “but Kyiv is not.”', [PUTIN]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('gives a quote sentence after the cue sentence in the same paragraph the same speaker', () => {
    const quotes = quotesOf('“We are ready,” Putin said after the talks. “Kyiv is not.”', [PUTIN]);
    expect(quotes[1].speaker).toBe('Vladimir Putin');
  });

  it('resolves “he added” to the last speaker, not to a person named in between', () => {
    const text =
      'US Secretary of State Antony Blinken said Xi’s visit “suggests that China feels no responsibility”.\n' +
      '“And it would rather provide diplomatic cover for Russia,” he added.';
    const quotes = quotesOf(text, [XI, ['Antony Blinken', ['Antony Blinken']]]);
    expect(quotes[1]).toMatchObject({ speaker: 'Antony Blinken', speakerId: 'e2', cue: 'added' });
    expect(text.slice(quotes[1].speakerMention!.start, quotes[1].speakerMention!.end)).toBe('he');
  });

  it('gives a continuation paragraph with no cue to the previous speaker', () => {
    const text =
      '“Many provisions of the plan can be a basis for peace,” Putin said.\n“However, so far we have not seen such readiness.”\nZelensky spoke later.';
    expect(quotesOf(text, [PUTIN]).map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('gives a quote later in the paragraph, in a sentence with no cue or name, the same speaker', () => {
    const text = '“It is an enormous moment,” said Putin. Unless Kyiv moves, “it is very difficult to see a deal.”';
    expect(quotesOf(text, [PUTIN]).map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('cuts a speaker named in a headline before the headline’s own words', () => {
    const text = 'Putin Says Kyiv Stalls Talks: “We Are Ready”\nVladimir Putin says talks could resume in May.';
    expect(quotesOf(text, [PUTIN])[0]).toMatchObject({ speaker: 'Vladimir Putin', speakerId: 'e1' });
  });

  it('gives a cue-less quote paragraph to the person the sentence before is about', () => {
    const text =
      '“We will talk,” Xi said.\nPutin is upbeat about the talks, as he sees them as a start.\n“Not only can we agree, we must.”';
    expect(quotesOf(text, [PUTIN, XI]).map((q) => q.speaker)).toEqual(['Xi Jinping', 'Vladimir Putin']);
  });

  it('gives a cue-less quote paragraph to the last speaker when the sentence before names them again', () => {
    const text =
      'Putin told reporters the plan was “a basis for peace.”\nWhat that means is unclear, since Putin spoke in riddles.\n“We have to be tougher.”';
    expect(quotesOf(text, [PUTIN]).map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('gives a quote paragraph to the paragraph before that introduces it with a colon', () => {
    const text =
      'When the moderators turned to snark, Putin called them on it:\n“The questions show why people distrust the media.”\nPutin went on:\n“Nobody here trusts them.”';
    expect(quotesOf(text, [PUTIN]).map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('takes no pronoun subject of an introducing paragraph for the speaker', () => {
    const text =
      '“We will run,” Putin said.\nHe is hard to read, as the foundation’s website notes:\n“In the fall of 1960, some 90 young people met.”';
    expect(quotesOf(text, [PUTIN]).map((q) => q.speaker)).toEqual(['Vladimir Putin', null]);
  });

  it('attributes a quote that runs over paragraphs (opening mark repeated, one closing mark)', () => {
    const text =
      'Putin said: “We are ready for talks.\n“We have always been ready.\n“The West is not.”\nThe talks ended.';
    const quotes = quotesOf(text, [PUTIN]);
    expect(quotes.map((q) => q.text)).toEqual([
      'We are ready for talks.',
      'We have always been ready.',
      'The West is not.',
    ]);
    expect(quotes.every((q) => q.speaker === 'Vladimir Putin')).toBe(true);
  });

  it.each([
    ['Ukraine’s foreign ministry described the trip as “historic”.', 'Ukraine’s foreign ministry'],
    ['In a joint statement, the two leaders accused the West of “undermining” security.', 'the two leaders'],
    ['“The parties call for restraint,” the joint statement said.', 'the joint statement'],
  ])('names a collective or institutional speaker as such: %s', (text, speaker) => {
    const [quote] = quotesOf(text);
    expect(quote).toMatchObject({ speaker, speakerId: null });
  });

  it('names several speakers together without an entity id', () => {
    const [quote] = quotesOf('“The parties call for restraint,” Russia and China said in the declaration.');
    expect(quote).toMatchObject({ speaker: 'Russia and China', speakerId: null });
  });

  describe('“the president”', () => {
    const text =
      'President Barack Obama spoke on Friday.\n“Well, they are not ideal institutions,” the president said.';
    const withRole = (role: string | undefined, others: Entity[] = []) => [
      { ...entity('e1', 'Barack Obama', 'person', ['Barack Obama'], text), role },
      ...others,
    ];

    it.each(['President', 'President of the United States', 'US President'])(
      'is the one person whose role is %j',
      (role) => {
        const [quote] = findQuotes(text, withRole(role));
        expect(quote).toMatchObject({ speaker: 'Barack Obama', speakerId: 'e1' });
      },
    );

    it('is nobody in particular when two people hold the office, or nobody does', () => {
      const other = { ...entity('e2', 'Uhuru Kenyatta', 'person', [], text), role: 'President of Kenya' };
      expect(findQuotes(text, withRole('President', [other]))[0]).toMatchObject({
        speaker: 'the president',
        speakerId: null,
      });
      expect(findQuotes(text, withRole(undefined))[0]).toMatchObject({ speaker: 'the president', speakerId: null });
    });
  });

  it('takes no common noun phrase opening a sentence for the speaker of a scare quote', () => {
    const text =
      'New York’s aging below-street infrastructure is tough to maintain, and the “freeze-thaw” cycles of winter make it worse.';
    expect(quotesOf(text)[0]?.speaker ?? null).toBeNull();
  });

  it('leaves a scare quote to the writer when the sentence opens with no name', () => {
    for (const text of [
      'Either way, it’s important that Uber not be allowed to “disrupt” our economy.',
      'You don’t need a “God view” to see what happens next.',
    ])
      expect(quotesOf(text)[0]?.speaker ?? null).toBeNull();
  });

  it('hands the writer’s scare quote on to no quote after it', () => {
    const text =
      'Either way, it’s important that Uber not be allowed to “disrupt” our economy. “Nobody voted for this.”';
    expect(quotesOf(text).map((quote) => quote.speaker)).toEqual([null, null]);
  });

  it('still takes the name opening the sentence for it', () => {
    const trump: [string, string[]] = ['Donald Trump', ['Trump']];
    expect(quotesOf('Trump admires Putin as a “strong leader” of his country.', [trump])[0]?.speaker).toBe(
      'Donald Trump',
    );
  });

  it.each([
    ['There', 'There was a flicker across his face as if to say “You think you got me?” before his smile returned.'],
    ['What', 'What “go after them” actually means is left to the imagination of voters.'],
    [
      'Finally',
      'Finally, saturation is also about predictions, such as “It looks like your database will fill its drive in 4 hours.”',
    ],
    [
      'Unless',
      'Unless you are auditing a narrow system, you should never alert because “something seems a bit weird.”',
    ],
  ])('takes no “%s” for a speaker', (placeholder, text) => {
    expect(quotesOf(text)[0]?.speaker ?? null).not.toBe(placeholder);
  });
});

describe('findQuotes: what is a quote', () => {
  it.each([
    ['straight double marks', 'He said: "We will win the vote."', 'We will win the vote.'],
    ['curly double marks', 'He said: “We will win the vote.”', 'We will win the vote.'],
    ['curly single marks', 'He said: ‘We will win the vote.’', 'We will win the vote.'],
    ['straight single marks', "He said: 'We will win the vote.'", 'We will win the vote.'],
    ['guillemets', 'He said: «We will win the vote.»', 'We will win the vote.'],
    [
      'apostrophes inside',
      'He said: “Russia’s vote won’t change, and voters’ minds don’t either.”',
      'Russia’s vote won’t change, and voters’ minds don’t either.',
    ],
  ])('%s', (_name, text, words) => {
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual([words]);
    expect(text.slice(quotes[0].start, quotes[0].end)).toBe(words);
  });

  it('finds no quote in apostrophes alone', () => {
    expect(quotesOf('Russia’s leaders don’t agree with the voters’ choice, Putin’s aide said.')).toEqual([]);
  });

  it('keeps a nested quote inside its outer quote', () => {
    const quotes = quotesOf('“He told me ‘never again’ and left,” Xi said.', [XI]);
    expect(quotes.map((q) => q.text)).toEqual(['He told me ‘never again’ and left,']);
  });

  it('takes no quote from a section heading set between dashes', () => {
    expect(quotesOf('– ‘Unlimited possibilities’ –\nThe talks went on.')).toEqual([]);
  });

  it.each([
    ['China and Russia’s leaders hailed a “new era” in their relationship.', 'partial'],
    ['Putin called the talks “meaningful and frank” on Tuesday.', 'partial'],
    ['Blinken said the visit “suggests that China feels no responsibility for the war”.', 'direct'],
    ['“We are ready,” Putin said.', 'direct'],
  ] as const)('kind of %s', (text, kind) => {
    expect(quotesOf(text, [PUTIN])[0].kind).toBe(kind);
  });

  it('drops quoted titles of works that no one says', () => {
    expect(quotesOf('He appeared on “Meet the Press” and on “Fox News Sunday” last week.')).toEqual([]);
  });
});

describe('findQuotes: the one spoken to is not the speaker', () => {
  // "Tell" names its listener after it: after a comma, the name that follows is spoken to.
  const ROB: [string, string[]] = ['Rob Hale', ['Rob Hale', 'Rob']];
  const BERG: [string, string[]] = ['Anna Berg', ['Anna Berg', 'Anna']];
  const FOX: [string, string[]] = ['Fox News', ['Fox News']];
  const REUTERS: [string, string[]] = ['Reuters', ['Reuters']];
  it.each([
    ['“We prayed a lot,” her father, Rob, tells Fox News.', 'Rob Hale'],
    ['“It was quiet that night,” her neighbour, Anna, told Reuters on Friday.', 'Anna Berg'],
  ])('%s', (text, speaker) => {
    const [quote] = quotesOf(text, [ROB, BERG, FOX, REUTERS]);
    expect(quote.speaker).toBe(speaker);
  });

  it('still reads a speaker after an inverted verb of saying', () => {
    expect(quotesOf('“We are ready,” her father, Rob, says Fox News.', [ROB, FOX])[0].speaker).toBe('Fox News');
  });
});
