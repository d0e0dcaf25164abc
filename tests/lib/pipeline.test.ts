import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzePlainText, analyzePageText, readPage } from '../../lib/pipeline';
import { readFixturePage } from '../../tooling/fixtures';

const SEED_PAGE = readFixturePage('seed-article');

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('analyzePlainText', () => {
  it('takes the text as an article body, unchanged', () => {
    const text = 'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.\n“We agree,” Scholz said.';
    const analysis = analyzePlainText(text);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.text).toBe(text);
    expect(analysis.skipped).toBeNull();
    expect(analysis.article.wordCount).toBe(15);
    for (const entity of analysis.entities) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it("starts the key points after a dateline that follows the page's own lines (a sign-up, a time stamp)", () => {
    const text = [
      'Newsletter sign-up',
      'Get our morning briefing in your inbox. The stories that matter, every weekday.',
      'Updated 4 June 2024, 09:12 GMT',
      'GDANSK, Poland — The port of Gdansk reopened on Monday after a week of strikes by its crane operators.',
      'The union said its members had won a pay rise of eight percent after talks with the port authority.',
      'Ships that had waited offshore for days began to unload grain and coal on Monday afternoon.',
    ].join('\n');
    const analysis = analyzePlainText(text);
    expect(analysis.article.dateline).toBe('Gdansk');
    expect(analysis.shortPoints?.[0]).toMatch(/^The port of Gdansk reopened/);
    expect(analysis.keyPoints.some((point) => point.includes('GDANSK'))).toBe(false);
  });
});

describe('analyzePageText', () => {
  it('leaves out the key points for a text analysed to be painted, and finds the same names and quotes', () => {
    const text = [
      'Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday to discuss the budget.',
      '“We agree on the main points,” Scholz said after the talks, which lasted four hours.',
      'Macron said the two countries would present a joint plan to the European Commission in May.',
    ].join('\n');
    const page = {
      ...analyzePlainText(text),
      metadata: { title: null, byline: null, siteName: null, publishedTime: null, lang: 'en' },
    };
    const whole = analyzePageText(page);
    const painted = analyzePageText(page, { keyPoints: false });
    expect(whole.keyPoints.length).toBeGreaterThan(0);
    expect(painted.keyPoints).toEqual([]);
    expect(painted.shortPoints).toEqual([]);
    expect(painted.entities).toEqual(whole.entities);
    expect(painted.quotes).toEqual(whole.quotes);
  });
});

describe('analyzeDocument', () => {
  it('reads the seed page: article, headline, body without navigation or comments', () => {
    const analysis = analyzeDocument(parse(SEED_PAGE), 'https://news.example/world/china-russia');
    expect(analysis.isArticle).toBe(true);
    expect(analysis.article.title).toContain('China, Russia hail');
    expect(analysis.text).toContain('Putin said he was open to talks on Ukraine');
    expect(analysis.text).not.toContain('Great coverage');
    expect(analysis.text).not.toContain('Privacy policy');
  });

  it('counts the seed’s voices: its three leaders speak as people, the first and last word are voices', () => {
    const { voices, quotes } = analyzeDocument(parse(SEED_PAGE), 'https://news.example/world/china-russia');
    const people = voices?.speakers.filter((voice) => voice.kind === 'person').map((voice) => voice.speaker);
    expect(people).toEqual(expect.arrayContaining(['Vladimir Putin', 'Volodymyr Zelensky', 'Antony Blinken']));
    const counted = voices?.speakers.reduce((sum, voice) => sum + voice.quotes, 0);
    expect(counted).toBe(quotes.filter((quote) => quote.speaker !== null).length);
    expect(voices?.speakers.map((voice) => voice.speaker)).toEqual(
      expect.arrayContaining([voices?.first, voices?.last]),
    );
  });

  it('never runs a name across a heading, a caption or a paragraph of a page', () => {
    // A sub-heading ends in a name-like word and the next paragraph opens with a name; a caption
    // names the person a paragraph names again.
    const html = `<html lang="en"><head><title>Storm closes Port Elena | Coast News</title><meta property="og:type" content="article"></head><body><article>
      <h1>Storm Closes Port Elena</h1>
      <figure><img src="quay.jpg" alt=""><figcaption>Harbour Authority chief Ana Ruiz at the quay</figcaption></figure>
      <p>Ships left Port Elena on Monday as the storm reached the coast of Chile, and the Harbour Authority closed the quays until further notice.</p>
      <h2>Reopening Friday</h2>
      <p>Ana Ruiz said the Harbour Authority would reopen the port on Friday, once divers from Valparaiso had checked the moorings and the cranes.</p>
      <p>Fishermen in Port Elena said they had lost a week of work. The mayor, Tomas Vidal, promised help from the government in Santiago.</p>
    </article></body></html>`;
    const { text, entities } = analyzeDocument(parse(html), 'https://news.example/2024/05/storm-port-elena');
    const mentions = entities.flatMap((entity) => entity.mentions);
    expect(mentions.map((mention) => mention.text)).toEqual(expect.arrayContaining(['Ana Ruiz', 'Port Elena']));
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).not.toContain('\n');
  });

  it('says a page of links is no article, and why', () => {
    const html =
      '<html lang="en"><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav><ul><li><a href="/1">One headline</a></li></ul></body></html>';
    const page = readPage(parse(html));
    expect(page.isArticle).toBe(false);
    expect(page.detection.reasons).toContain('little prose (0 long paragraphs)');
  });

  it('skips the analysis of a page that is no article and has no text', () => {
    const page = readPage(parse('<html lang="en"><body><img src="/a.png" alt=""></body></html>'));
    expect(page.text).toBe('');
    expect(page.map).toBeNull();
    expect(analyzePageText(page).skipped).toBe('not an article');
  });

  it('keeps the body of a page detection takes for no article: the verdict never erases the text', () => {
    // A story at a section-like address, with no metadata and its prose in many small blocks.
    const paragraphs = Array.from(
      { length: 4 },
      (_, i) =>
        `<section><p>Paragraph ${i + 1} of the council's report on the harbour wall, which the engineers said would need repairs before the winter storms arrive on the coast.</p></section>`,
    ).join('');
    const html = `<html lang="en"><body><h1>Harbour wall</h1>${paragraphs}</body></html>`;
    const page = readPage(parse(html), 'https://news.example/harbour');
    expect(page.isArticle).toBe(false);
    expect(page.text).toContain("Paragraph 1 of the council's report");
    expect(page.map).not.toBeNull();
  });

  /** The analysis of an article's text on a page that declares `lang`. */
  const analyzeIn = (lang: string, text: string) =>
    analyzePageText({
      isArticle: true,
      detection: { score: 1, reasons: [] },
      metadata: { title: null, byline: null, siteName: null, publishedTime: null, lang },
      text,
    });

  it('skips the analysis of a page in a language it does not read, and says so', () => {
    const analysis = analyzeIn('fr-FR', 'Le président Emmanuel Macron a parlé à Paris.');
    expect(analysis.entities).toEqual([]);
    expect(analysis.skipped).toBe('the page is in French (France): only English is analysed');
  });

  it('gives the language tag itself where it has no name', () => {
    expect(analyzeIn('zz', 'Some text.').skipped).toBe('the page is in "zz": only English is analysed');
  });

  it('skips a story whose page declares no language when its text is in another', () => {
    const paragraph =
      '<p>El presidente de la comisión dijo que el proyecto será votado en las próximas semanas, y que los cambios se harán con el acuerdo de todos los partidos.</p>';
    const head =
      '<title>La comisión</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T10:00:00Z">';
    const html = `<html><head>${head}</head><body><article><h1>La comisión</h1>${paragraph.repeat(6)}</article></body></html>`;
    const analysis = analyzeDocument(parse(html), 'https://diario.example/politica/la-comision-votara-el-proyecto');
    expect(analysis.article.lang).toBe('es');
    expect(analysis.skipped).toBe('the page is in Spanish: only English is analysed');
    expect(analysis.entities).toEqual([]);
  });
});
