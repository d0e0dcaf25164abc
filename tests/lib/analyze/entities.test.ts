import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/analyze/ner';

/** A short made-up wire story in news typography (curly quotes, ’s), written for this test. */
const STORY = [
  'Berlin, June 3 (Reuters): German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday, as the European Union weighed new sanctions.',
  '“We are united,” Scholz told reporters after the talks, adding that Germany’s position had not changed.',
  'Macron said France would host a Group of Seven meeting in the autumn, and that the G7 would discuss energy.',
  'The International Monetary Fund and the IMF’s chief economist warned of slower growth in Europe.',
].join('\n');

describe('findEntities', () => {
  const entities = findEntities(STORY);
  const byName = new Map(entities.map((entity) => [entity.name, entity]));

  it.each([
    // people: full name, role from the title, surname mentions linked
    ['Olaf Scholz', 'person', 'Chancellor of Germany', ['Olaf Scholz', 'Scholz']],
    ['Emmanuel Macron', 'person', 'President of France', ['Emmanuel Macron', 'Macron']],
    // short forms join their long form
    ['Group of Seven', 'organization', undefined, ['Group of Seven', 'G7']],
    ['International Monetary Fund', 'organization', undefined, ['International Monetary Fund', 'IMF']],
    // the wire credit of the dateline, places with and without a possessive
    ['Reuters', 'organization', undefined, ['Reuters']],
    ['Germany', 'place', undefined, ['Germany']],
    ['Paris', 'place', undefined, ['Paris']],
  ])('finds %s as a %s', (name, type, role, mentions) => {
    const entity = byName.get(name);
    expect(entity?.type).toBe(type);
    expect(entity?.role).toBe(role);
    expect(entity?.mentions.map((mention) => mention.text)).toEqual(mentions);
  });

  it('takes no number word opening a sentence for a name', () => {
    const names = findEntities(
      'Nine months ago, the president seemed like a spent force after the midterm elections.',
    ).map((entity) => entity.name);
    expect(names).not.toContain('Nine');
  });

  it('takes no function word opening a sentence for a name', () => {
    const names = findEntities(
      'Again the board met in Oslo. Given the costs, Mayor Olsen waited. Oh how noble of Olsen! Don’t worry, Olsen said.',
    ).map((entity) => entity.name);
    for (const word of ['Again', 'Given', 'Oh', 'Don’t']) expect(names).not.toContain(word);
    expect(names).toEqual(expect.arrayContaining(['Oslo', 'Olsen']));
  });

  it('takes no party and state for a name', () => {
    const names = findEntities('Rep. David McKinley, R-W.Va., visited the border.').map((entity) => entity.name);
    expect(names).not.toContain('R-W.Va');
    expect(names).toContain('David McKinley');
  });

  it('takes no measurement and no lone letter for a name', () => {
    const names = findEntities(
      'Microsoft says the Xbox One X plays games in 4K with 12GB of memory at 1.17Ghz, as the One S did.',
    ).map((entity) => entity.name);
    for (const word of ['4K', '12GB', '1.17Ghz', 'S', 'S.']) expect(names).not.toContain(word);
    expect(names).toContain('Microsoft');
  });

  it('takes no demonym or title for an entity', () => {
    for (const word of ['German', 'French', 'Chancellor', 'President']) expect(byName.has(word)).toBe(false);
  });

  it('gives mentions that slice back from the text, without possessives or quotation marks', () => {
    for (const mention of entities.flatMap((entity) => entity.mentions)) {
      expect(STORY.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.text).not.toMatch(/['’“”"]|^\W|\W$/u);
    }
  });

  it('ranks by salience in [0,1] and numbers the ids in that order', () => {
    const saliences = entities.map((entity) => entity.salience);
    expect(saliences).toEqual([...saliences].sort((a, b) => b - a));
    expect(saliences.every((salience) => salience >= 0 && salience <= 1)).toBe(true);
    expect(entities.map((entity) => entity.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
    expect(entities[0].name).toBe('Olaf Scholz');
  });

  it('finds nothing in a text without names', () => {
    expect(findEntities('it rained all day, and then it stopped.')).toEqual([]);
  });
});

describe('findEntities on pronouns', () => {
  it('never takes a capitalised pronoun or its contraction for a name', () => {
    const text = 'We’re not leaving, said Hori Parata.\nThey’ll come back, Parata said. I’m sure of it.';
    const names = findEntities(text).map((entity) => entity.name);
    expect(names).toContain('Hori Parata');
    expect(names.some((name) => /^(We’re|They’ll|I’m)$/.test(name))).toBe(false);
  });

  it('never takes words without a capital for a name', () => {
    const text = 'In the mid-1990s, Sudan hosted Osama bin Laden.';
    expect(findEntities(text).every((entity) => /\p{Lu}/u.test(entity.name))).toBe(true);
  });
});

describe('findEntities across lines', () => {
  /**
   * A headline, a photo caption and paragraphs, each on its own line, where a name ends one line and
   * another opens the next: read as one run of words, "Port Elena Harbour Authority Chief Ana Ruiz"
   * could be one name.
   */
  const LINES = [
    'Storm Closes Port Elena',
    'Harbour Authority chief Ana Ruiz at the quay in Port Elena',
    'Ships left Port Elena on Monday as the storm reached the coast of Chile',
    'Ana Ruiz said the Harbour Authority would reopen the port on Friday.',
  ];
  const text = LINES.join('\n');

  it('never runs a name across a heading, a caption or a paragraph', () => {
    const mentions = findEntities(text).flatMap((entity) => entity.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(mention.text).not.toContain('\n');
  });

  it('finds the names at a line’s edges whole', () => {
    const texts = findEntities(text).flatMap((entity) => entity.mentions.map((mention) => mention.text));
    expect(texts).toEqual(expect.arrayContaining(['Ana Ruiz', 'Chile']));
  });
});
