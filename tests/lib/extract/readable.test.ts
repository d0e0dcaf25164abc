import { describe, expect, it } from 'vitest';
import { liveTextResolver, pairTwins, pruneBulkyData, readWithReadability } from '../../../lib/extract/readable';
import { TEXT_NODE } from '../../../lib/page/dom-nodes';
import { loadLivePage } from '../live-page';

const PAGE =
  '<html><body><article><p id="one">The ferry&nbsp;runs at <b>nine</b> today.</p><p id="two">Second line &amp; more.</p></article></body></html>';

/** The text a resolver's answer points at in the live page. */
function liveText(slices: Array<{ node: Text; start: number; end: number }>): string {
  return slices.map(({ node, start, end }) => node.data.slice(start, end)).join('');
}

describe('liveTextResolver', () => {
  it('finds the live twin of a copied Text node', () => {
    const doc = loadLivePage(PAGE);
    const copy = doc.cloneNode(true) as Document;
    const resolve = liveTextResolver(pairTwins(doc.documentElement, copy.documentElement));
    const copied = copy.querySelector('#two')!.firstChild as Text;
    const [slice] = resolve(copied);
    expect(slice.node).toBe(doc.getElementById('two')!.firstChild);
    expect(slice).toMatchObject({ start: 0, end: copied.data.length });
  });

  it('finds the text of nodes re-parsed and split apart, under their stamped ancestor', () => {
    // What Readability's retry does: serialise, parse again; some parsers split Text at entities.
    const doc = loadLivePage(PAGE);
    const copy = doc.cloneNode(true) as Document;
    const resolve = liveTextResolver(pairTwins(doc.documentElement, copy.documentElement));
    const paragraph = copy.querySelector('#one')!;
    const serialised = paragraph.innerHTML;
    paragraph.innerHTML = serialised;
    (paragraph.firstChild as Text).splitText('The ferry'.length);
    const pieces = [...paragraph.childNodes].flatMap((node) => (node.nodeType === TEXT_NODE ? [node as Text] : []));
    expect(pieces.map((piece) => liveText(resolve(piece)))).toEqual(['The ferry', '\u00a0runs at ', ' today.']);
    for (const piece of pieces) expect(resolve(piece)).toEqual([]); // each live character is used once
  });

  it('finds nothing for text that is not on the live page', () => {
    const doc = loadLivePage(PAGE);
    const copy = doc.cloneNode(true) as Document;
    const resolve = liveTextResolver(pairTwins(doc.documentElement, copy.documentElement));
    const stray = copy.createTextNode('Read more');
    copy.querySelector('#two')!.append(stray);
    expect(resolve(stray)).toEqual([]);
  });
});

describe('readWithReadability', () => {
  it('returns the content element of its copy and the page metadata, leaving the page alone', () => {
    const doc = loadLivePage(PAGE.replace('<body>', '<head><title>Ferry times</title></head><body>'));
    const before = doc.documentElement.outerHTML;
    const readable = readWithReadability(doc)!;
    expect(readable.content.ownerDocument).not.toBe(doc);
    expect(readable.content.textContent).toContain('Second line & more.');
    expect(readable.metadata.title).toBe('Ferry times');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('pruneBulkyData', () => {
  /** A page with a story and, after it, a table of `rows` rows of short cells. */
  function pageWithTable(rows: number): Document {
    const doc = document.implementation.createHTMLDocument('results');
    const story = doc.createElement('article');
    const paragraph = doc.createElement('p');
    paragraph.textContent =
      'The governing party lost its majority for the first time in thirty years, final results showed on Sunday.';
    story.append(paragraph);
    const table = doc.createElement('table');
    for (let r = 0; r < rows; r++) {
      const row = doc.createElement('tr');
      for (let c = 0; c < 4; c++) {
        const cell = doc.createElement('td');
        cell.textContent = `${r}:${c}`;
        row.append(cell);
      }
      table.append(row);
    }
    doc.body.append(story, table);
    return doc;
  }

  it('cuts a big block of short cells and keeps the story around it', () => {
    const doc = pageWithTable(500);
    pruneBulkyData(doc.documentElement);
    expect(doc.querySelector('table')).toBeNull();
    expect(doc.querySelector('article p')?.textContent).toContain('lost its majority');
  });

  it('keeps a small table, which may belong to the story', () => {
    const doc = pageWithTable(20);
    pruneBulkyData(doc.documentElement);
    expect(doc.querySelectorAll('td')).toHaveLength(80);
  });

  it.each([
    ['a line of Chinese prose', '已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣，玉峰道路一路上雲氣山嵐滯留山頭', 1],
    ['a short Latin line', 'Results by district, updated hourly', 0],
  ])('takes a big block holding %s as prose or as data', (_, line, kept) => {
    const doc = pageWithTable(600);
    const cell = doc.querySelector('td')!;
    cell.textContent = line;
    pruneBulkyData(doc.documentElement);
    expect(doc.querySelectorAll('table')).toHaveLength(kept);
  });
});
