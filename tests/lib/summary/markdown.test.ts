import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatSummaryMarkdown } from '../../../lib/summary/markdown';
import {
  notArticleAnalysis,
  sampleAnalysis,
  skippedAnalysis,
  unsignedAnalysis,
} from '../../components/sample-analysis';

describe('formatSummaryMarkdown', () => {
  const markdown = formatSummaryMarkdown(sampleAnalysis());

  it('writes the summary the popup shows, section by section, in the popup’s order', () => {
    expect(markdown).toBe(
      [
        '# Putin meets NATO envoys',
        '',
        '**Example News** · By Jane Roe · 21 March 2023  ',
        'Dateline: Moscow · Agencies: AFP',
        '',
        '**Voices:** 2 people; first word: Vladimir Putin, last word: Antony Blinken',
        '',
        '## Key points',
        '',
        '- Vladimir Putin met NATO envoys in Moscow.',
        '- Antony Blinken called it “a stalling tactic”.',
        '',
        '## People',
        '',
        '- **Vladimir Putin** — President of Russia (2 mentions)',
        '- **Antony Blinken** — US Secretary of State (1 mention)',
        '',
        '## Places',
        '',
        '- **Moscow** (1 mention)',
        '',
        '## Organizations',
        '',
        '- **NATO** (1 mention)',
        '',
        '## Quotes',
        '',
        '### Vladimir Putin (President of Russia)',
        '',
        '> “We are ready,” — said',
        '',
        '> “Talks go on,” — added',
        '',
        '### Antony Blinken (US Secretary of State)',
        '',
        '> “a stalling tactic” — called',
        '',
        '### Speaker not named',
        '',
        '> “Nobody knows,”',
        '',
      ].join('\n'),
    );
  });

  it('says why a page that is not an article has no summary', () => {
    expect(formatSummaryMarkdown(notArticleAnalysis())).toBe(
      '# Untitled page\n\n*No article detected: og:type website; little prose.*\n',
    );
  });

  it('says why an article was not analysed', () => {
    expect(formatSummaryMarkdown(skippedAnalysis())).toContain(
      '*Not analysed: the page is in French: only English is analysed.*',
    );
  });

  it('says what the popup says: no byline that names the site again, a descriptor headed with a capital', () => {
    const text = formatSummaryMarkdown(unsignedAnalysis());
    expect(text).toContain('**Example News** · 21 March 2023');
    expect(text).toContain('### A spokesman\n');
  });

  it('leaves out sections that would be empty', () => {
    const analysis = { ...sampleAnalysis(), entities: [], quotes: [] };
    const text = formatSummaryMarkdown(analysis);
    expect(text).not.toContain('## People');
    expect(text).not.toContain('## Quotes');
    expect(text).toContain('## Key points');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    // Page text with formatting characters stays literal.
    ['*bold* and _em_', '\\*bold\\* and \\_em\\_'],
    // A link or HTML from the page cannot become one.
    ['[x](http://a) <b>', '\\[x\\](http://a) \\<b\\>'],
    // A line start that would make a heading or a list.
    ['# not a heading', '\\# not a heading'],
    ['- not an item', '\\- not an item'],
    // A line break inside an item would end it.
    ['one\n  two', 'one two'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
