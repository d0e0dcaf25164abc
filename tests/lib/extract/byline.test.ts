import { describe, expect, it } from 'vitest';
import { cleanBylineText, inNameCase, readByline } from '../../../lib/extract/byline';

function parse(body: string): Document {
  return new DOMParser().parseFromString(
    `<html><head></head><body>${body}<p>The story.</p></body></html>`,
    'text/html',
  );
}

/** Readability's reading of a visible byline: its container's whole text, as it glues it. */
function containerText(doc: Document, selector: string): string {
  return (doc.querySelector(selector)?.textContent ?? '').trim();
}

describe('cleanBylineText', () => {
  it.each([
    // What is a name stays as written.
    ['Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ['Brian May', 'Brian May'],
    ['Jochen Weber (jw)', 'Jochen Weber (jw)'],
    // The page's word before the name.
    ['By  JANE ROE', 'JANE ROE'],
    ['Written by Jane Roe', 'Jane Roe'],
    ['Author: Jane Roe', 'Jane Roe'],
    // A date or time, and what follows it.
    ['Example News June 3, 2021, 7:15 PM', 'Example News'],
    ['By Jane Roe March 25, 2015', 'Jane Roe'],
    ['by Jane Roe12 Dec 2016 45', 'Jane Roe'],
    ['Jane Roe Updated 8:08 AM ET, Fri May 3, 2019', 'Jane Roe'],
    ['Last Updated: January 7, 2025', null],
    // An address in parentheses or alone.
    ['City Paper (www.citypaper.example)', 'City Paper'],
    ['Jane Roe (https://janeroe.example/about/)', 'Jane Roe'],
    // What follows a bar; nothing left when the bar came first.
    ['Jane Roe | Partner Weekly', 'Jane Roe'],
    ['| Partner Weekly', null],
  ])('%j → %j', (text, cleaned) => {
    expect(cleanBylineText(text)).toBe(cleaned);
  });

  it('cuts the site’s name after a comma, and only the site’s', () => {
    expect(cleanBylineText('Jane Roe, Example News', new Set(['examplenews']))).toBe('Jane Roe');
    expect(cleanBylineText('Jane Roe, Wire Agency', new Set(['examplenews']))).toBe('Jane Roe, Wire Agency');
  });
});

describe('readByline', () => {
  const noEvidence = { readability: null, declared: [], siteNames: [] };

  it.each([
    [
      'a bio after the name, the name in an element named for it',
      '<div class="story-byline"><span class="story-byline__name">Jane Roe</span><p class="story-byline__bio">Jane Roe is a reporter for The Daily Example.</p></div>',
      '.story-byline',
      'Jane Roe',
    ],
    [
      'a social handle beside a link to the writer’s page',
      '<span class="byline-item"><a href="https://paper.example/authors/jane-roe">Jane Roe</a><span><a href="https://social.example/janeroe">@janeroe</a></span></span>',
      '.byline-item',
      'Jane Roe',
    ],
    [
      'the site’s name and a time',
      '<div class="byline"><span class="source">Example News</span> <span class="time">June 3, 2021, 7:15 PM</span></div>',
      '.byline',
      'Example News',
    ],
    [
      'a partner’s name after a bar',
      '<div class="author-byline"><span>By <span>Jane Roe<span class="source"><a href="https://partner.example/"> | Partner Weekly</a></span></span></span></div>',
      '.author-byline',
      'Jane Roe',
    ],
    [
      'two writers’ links',
      '<ul class="authors"><li>By</li><li><a href="/author/jane_roe">jane roe</a></li><li><span>and</span><a href="/author/john_doe">john doe</a></li></ul>',
      '.authors',
      // Written in lower case on the page: shown in the case of names (inNameCase).
      'Jane Roe, John Doe',
    ],
    [
      'a schema.org name beside a job title',
      '<div class="writer" itemprop="author"><a itemprop="name" href="/x">Jane Roe</a><div itemprop="jobTitle">Editor</div></div>',
      '.writer',
      'Jane Roe',
    ],
  ])('reads the name from the page’s byline: %s', (_case, body, selector, byline) => {
    const doc = parse(body);
    expect(readByline(doc, { ...noEvidence, readability: containerText(doc, selector) })).toBe(byline);
  });

  it('reads the visible byline when the declared author only names the site', () => {
    const doc = parse('<p class="author">Author: John Q. Public</p>');
    const cases = [
      { readability: 'Example News', declared: [], siteNames: ['Example News'] },
      { readability: 'City Paper (www.citypaper.example)', declared: [], siteNames: ['CP.EXAMPLE'] },
    ];
    for (const evidence of cases) expect(readByline(doc, evidence)).toBe('John Q. Public');
  });

  it('keeps a declared writer over the visible byline, and the site’s name when no writer is named', () => {
    const doc = parse('<p class="author">Author: John Q. Public</p>');
    expect(readByline(doc, { readability: 'Jane Roe', declared: [], siteNames: [] })).toBe('Jane Roe');
    expect(readByline(parse(''), { readability: 'Example News', declared: [], siteNames: ['Example News'] })).toBe(
      'Example News',
    );
  });

  it('gives no byline when the only author declared is the site with its address', () => {
    const evidence = { readability: 'City Paper (www.citypaper.example)', siteNames: ['CP.EXAMPLE'] };
    expect(readByline(parse('<p>The story.</p>'), { ...evidence, declared: [evidence.readability] })).toBeNull();
    expect(readByline(parse(''), { ...evidence, declared: ['Jane Roe'] })).toBe('Jane Roe');
  });

  it('falls back on the story’s other declared authors when Readability’s reading is no name', () => {
    expect(
      readByline(parse(''), { ...noEvidence, readability: '| Partner Weekly', declared: [null, 'Jane Roe'] }),
    ).toBe('Jane Roe');
  });

  it.each([
    ['a byline the page hides', '<div class="byline" hidden>Old Name</div>'],
    ['a commenter’s name', '<ol id="comments"><li><span class="comment-author">A. Reader</span> says: yes</li></ol>'],
    [
      'a comment form’s name field',
      '<p class="form-author"><label for="author">Name *</label> <input id="author"></p>',
    ],
  ])('skips %s', (_case, before) => {
    expect(readByline(parse(`${before}<div class="byline">By Jane Roe</div>`), noEvidence)).toBe('Jane Roe');
  });

  it('gives null when the page names no one', () => {
    expect(readByline(parse(''), noEvidence)).toBeNull();
  });
});

describe('inNameCase', () => {
  it.each([
    // All in capitals or all in lower case: put in the case of names.
    ['JOE HILDEBRAND', 'Joe Hildebrand'],
    ['ahmed al-haj and noha elhennawy, associated press', 'Ahmed Al-Haj and Noha Elhennawy, Associated Press'],
    ["mary o'brien", "Mary O'Brien"],
    ['JERUSALEM POST STAFF', 'Jerusalem Post Staff'],
    // Mixed case is the writer's own spelling; one word alone may be an agency or a handle.
    ['Noha ElHennawy', 'Noha ElHennawy'],
    ['Staffan de Mistura', 'Staffan de Mistura'],
    ['PTI', 'PTI'],
    ['admin', 'admin'],
    // A script without case stays as it is.
    ['肖春芳 王伟', '肖春芳 王伟'],
  ])('%j → %j', (byline, shown) => {
    expect(inNameCase(byline)).toBe(shown);
  });

  it('is how readByline gives a byline the page wrote in capitals', () => {
    const doc = parse('<div class="byline">By JANE ROE and JOHN DOE</div>');
    expect(readByline(doc, { readability: null, declared: [], siteNames: [] })).toBe('Jane Roe and John Doe');
  });
});
