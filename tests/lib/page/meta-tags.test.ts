import { describe, expect, it } from 'vitest';
import { MetaTags } from '../../../lib/page/meta-tags';

function metaOf(head: string, body = ''): MetaTags {
  return new MetaTags(
    new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html'),
  );
}

describe('MetaTags', () => {
  it('reads each naming attribute, trimmed, as querySelector would find the tag', () => {
    const meta = metaOf(
      '<meta property="og:type" content=" article "><meta name="author" content="Jane Roe">' +
        '<meta http-equiv="Content-Language" content="en-GB">',
      '<span itemscope><meta itemprop="datePublished" content="2019-05-17"></span>',
    );
    expect(meta.get('property', 'og:type')).toBe('article');
    expect(meta.get('name', 'author')).toBe('Jane Roe');
    expect(meta.get('itemprop', 'datePublished')).toBe('2019-05-17');
    expect(meta.get('http-equiv', 'content-language')).toBe('en-GB');
  });

  it('keeps the first tag of a name, and answers null for an empty or missing one', () => {
    const meta = metaOf(
      '<meta property="og:title" content="First"><meta property="og:title" content="Second"><meta name="pubdate" content="  ">',
    );
    expect(meta.get('property', 'og:title')).toBe('First');
    expect(meta.get('name', 'pubdate')).toBeNull();
    expect(meta.get('property', 'og:locale')).toBeNull();
  });

  it('matches names other than http-equiv exactly, as an attribute selector does', () => {
    expect(metaOf('<meta property="OG:TYPE" content="article">').get('property', 'og:type')).toBeNull();
  });
});
