import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../lib/extract/metadata';
import { guessLanguage } from '../../../lib/page/text-language';

const NO_READABILITY_METADATA = {
  title: null,
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  excerpt: null,
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('readMetadata', () => {
  it('prefers what Readability read, and cleans a "By" off the byline', () => {
    const doc = parse('<html lang="en"><head><meta property="og:site_name" content="Site"></head><body></body></html>');
    const metadata = readMetadata(
      doc,
      { ...NO_READABILITY_METADATA, title: 'Headline', byline: 'By  Jane Doe' },
      'Some text.',
    );
    expect(metadata).toMatchObject({ title: 'Headline', byline: 'Jane Doe', siteName: 'Site', lang: 'en' });
  });

  it.each([
    ['The Jerusalem Post | JPost.com', 'The Jerusalem Post'],
    ['Autoracing | F1 | Indy', 'Autoracing'],
    ['Salon.com', 'Salon.com'],
  ])('names the site %j as %j: what follows a bar is its address or its sections', (declared, shown) => {
    const doc = parse(`<html><head><meta property="og:site_name" content="${declared}"></head><body></body></html>`);
    expect(readMetadata(doc, NO_READABILITY_METADATA, 'Some text.').siteName).toBe(shown);
  });

  it('falls back on the story’s JSON-LD', () => {
    const doc = parse(
      `<html><head><script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Wrong' },
          {
            '@type': 'NewsArticle',
            headline: 'From JSON-LD',
            author: [
              { '@type': 'Person', name: 'A. Writer' },
              { '@type': 'Person', name: 'B. Writer' },
            ],
            publisher: { '@type': 'Organization', name: 'The Paper' },
            datePublished: '2024-05-02T10:00:00Z',
            inLanguage: 'en-GB',
          },
        ],
      })}</script></head><body></body></html>`,
    );
    expect(readMetadata(doc, NO_READABILITY_METADATA, 'The story.')).toMatchObject({
      title: 'From JSON-LD',
      byline: 'A. Writer, B. Writer',
      siteName: 'The Paper',
      publishedTime: '2024-05-02T10:00:00Z',
      lang: 'en-GB',
    });
  });

  it.each([
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>',
      'Two short paragraphs.',
      true,
    ],
    ['<meta property="article:content_tier" content="locked">', 'Two short paragraphs.', true],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>',
      'word '.repeat(400),
      undefined,
    ],
    ['', 'Two short paragraphs.', undefined],
  ])('with %s and a body of that length, partial is %s', (head, body, partial) => {
    expect(
      readMetadata(parse(`<html><head>${head}</head><body></body></html>`), NO_READABILITY_METADATA, body).partial,
    ).toBe(partial);
  });
});

describe('guessLanguage', () => {
  it.each([
    ['The mayor said that the bridge will be closed for repairs until the end of the month.', 'en'],
    [
      'Le maire a annoncé que le pont sera fermé pour travaux jusqu’à la fin du mois, et il a dit que les bus le remplaceront.',
      'fr',
    ],
    [
      'El alcalde dijo que el puente estará cerrado por obras hasta fin de mes, y que los autobuses lo reemplazarán.',
      'es',
    ],
    [
      'Der Bürgermeister sagte, dass die Brücke bis Ende des Monats wegen Bauarbeiten für den Verkehr nicht offen ist.',
      'de',
    ],
    ['1. Jan Ullrich ( Germany ) Telekom 3:57:12 2. Richard Virenque ( France ) Festina 0:43', null],
    ['谷歌在2014年收购的人工智能公司DeepMind开发出新的系统。', 'zh'],
    ['トレンドマイクロは3月9日、セキュリティアプリを発表した。', 'ja'],
    ['시장은 다리가 이번 달 말까지 공사로 폐쇄된다고 말했다.', 'ko'],
    ['', null],
  ])('%j → %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });
});
