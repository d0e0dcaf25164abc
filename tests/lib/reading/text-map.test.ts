import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { readBlockText } from '../../../lib/extract/block-text';
import { createTextMap } from '../../../lib/reading/text-map';
import { readFixturePage } from '../../../tooling/fixtures';
import { loadLivePage } from '../live-page';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text under a live element, read in place (every Text node is its own origin). */
function readInPlace(html: string) {
  const doc = loadLivePage(`<html><body><div id="root">${html}</div></body></html>`);
  const body = readBlockText(doc.getElementById('root')!, (node) => [{ node, start: 0, end: node.data.length }]);
  return { ...body, map: createTextMap(doc, body) };
}

describe('readBlockText', () => {
  it.each([
    // [html, text]
    ['<p>  Hello \n  <b>big</b>   world </p>', 'Hello big world'],
    ['<p>One</p>\n   <p>Two</p>', 'One\nTwo'],
    ['<div>First line<br>Second line</div>', 'First line\nSecond line'],
    ['<p>Kept</p><script>var hidden = 1;</script><p>Also kept</p>', 'Kept\nAlso kept'],
    ['<p>Before <script>var hidden = 1;</script>after</p>', 'Before\nafter'],
    ['<p>No <svg></svg>icon text</p>', 'No icon text'],
    ['<p> </p><p>\u00a0</p><p>Only this</p>', 'Only this'],
    ['<ul><li>Apples</li><li>Pears</li></ul>', 'Apples\nPears'],
    ['<p>a\u00a0b</p>', 'a\u00a0b'],
    ['<p>Vladi\u00admir Putin, \u200bword\u2060joined</p>', 'Vladimir Putin, wordjoined'],
  ])('reads %j as %j', (html, text) => {
    expect(readInPlace(html).text).toBe(text);
  });

  it('maps a name read without its soft hyphen to the Range of the name as the page holds it', () => {
    const { text, map } = readInPlace('<p>Russian President Vladi\u00admir Putin spoke.</p>');
    const start = text.indexOf('Vladimir Putin');
    expect(map.rangeFor(start, start + 'Vladimir Putin'.length)!.toString()).toBe('Vladi\u00admir Putin');
  });
});

describe('readBlockText on a copy that lost part of a paragraph', () => {
  /** Read the live paragraph through `toLive`, leaving out the Text nodes `dropped` lists (as a copy lacking them would). */
  function readWithout(html: string, dropped: (text: Text) => boolean) {
    const doc = loadLivePage(`<html><body><div id="root">${html}</div></body></html>`);
    const body = readBlockText(doc.getElementById('root')!, (node) =>
      dropped(node) ? [] : [{ node, start: 0, end: node.length }],
    );
    return { ...body, map: createTextMap(doc, body) };
  }

  it('ends the paragraph where visible text of the page was left out, so no Range reads it', () => {
    const { text, map } = readWithout(
      '<p>As of late 2015<sup>[update]</sup>, Firefox grew.</p>',
      (node) => node.data === '[update]',
    );
    expect(text).toBe('As of late 2015\n, Firefox grew.');
    const [first, second] = text.split('\n');
    expect(map.rangeFor(0, first!.length)!.toString()).toBe(first);
    expect(map.rangeFor(first!.length + 1, text.length)!.toString()).toBe(second);
  });

  it('keeps a space the page shows where only whitespace was left out', () => {
    const { text, map } = readWithout('<p><span>Tokyo</span> <span>today</span></p>', (node) => node.data === ' ');
    expect(text).toBe('Tokyo today');
    expect(map.rangeFor(0, text.length)!.toString()).toBe(text);
  });

  it('joins the pieces when nothing at all lies between them', () => {
    expect(readWithout('<p><b>Half</b><i>way</i></p>', () => false).text).toBe('Halfway');
  });
});

describe('createTextMap', () => {
  const { text, map } = readInPlace('<p>The <em>quick</em>\n   brown fox.</p><p>“Jumps,” he   said.</p>');

  it('maps a span inside one paragraph to a Range reading the same string', () => {
    const start = text.indexOf('quick brown');
    expect(map.rangeFor(start, start + 'quick brown'.length)!.toString()).toBe('quick\n   brown');
    const fox = text.indexOf('fox.');
    expect(map.rangeFor(fox, fox + 4)!.toString()).toBe('fox.');
  });

  it('gives exact pieces for a span across paragraphs and whitespace runs', () => {
    const start = text.indexOf('brown');
    const end = text.indexOf('Jumps') + 'Jumps'.length;
    const pieces = map.rangesFor(start, end).map((range) => range.toString());
    expect(pieces).toEqual(['brown fox.', '“Jumps']);
  });

  it('places each character and leaves the paragraph join synthetic', () => {
    const join = text.indexOf('\n');
    expect(map.pointAt(join)).toBeNull();
    const point = map.pointAt(text.indexOf('J'))!;
    expect(point.node.data[point.offset]).toBe('J');
  });

  it.each([
    [-1, 3],
    [3, 3],
    [0, 1000],
  ])('returns null for the span %i–%i', (start, end) => {
    expect(map.rangeFor(start, end)).toBeNull();
  });
});

/** The fixture pages that are stories (others' fixtures may be home pages or generated). */
const STORY_FIXTURES = [
  'seed-article',
  'div-article',
  'paywall-teaser',
  'french-article',
  'live-blog',
  'split-article',
];

describe('the text map of every story fixture', () => {
  it.each(STORY_FIXTURES)('%s: every paragraph, sentence and word maps to its own text', (slug) => {
    const extracted = extractArticle(loadLivePage(readFixturePage(slug)));
    expect(extracted).not.toBeNull();
    const { text, map } = extracted!;
    for (const pattern of [/[^\n]+/g, /[^\n.!?]+[.!?]*/g, /\S+/g]) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        expect(collapse(map.rangeFor(start, end)!.toString())).toBe(collapse(match[0]));
      }
    }
    for (let i = 0; i < text.length; i++) {
      const point = map.pointAt(i);
      if (point) expect(collapse(point.node.data[point.offset]) || ' ').toBe(collapse(text[i]) || ' ');
      else expect(text[i]).toBe('\n');
    }
  });
});
