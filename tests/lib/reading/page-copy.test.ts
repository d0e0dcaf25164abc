import { describe, expect, it } from 'vitest';
import { emptyDetachedDocument, parseDetachedDocument } from '../../../lib/extract/detached-document';
import {
  copyPage,
  copyPageInSteps,
  copyPageJsonInSteps,
  rebuildPage,
  type CopiedElement,
  type PageCopy,
} from '../../../lib/reading/page-copy';
import { extractCopiedPage } from '../../../lib/extract';
import { TEXT_NODE } from '../../../lib/page/dom-nodes';
import { originRunsOf, originsFromRunsInSteps } from '../../../lib/reading/text-map';
import { loadLivePage } from '../live-page';
import { runSteps } from '../../../lib/steps';

const URL = 'https://news.example.com/2024/05/ferry-story';

const PAGE = `<html lang="en"><head><title>Ferry</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry runs"}</script>
<script>window.tracker = { big: "bundle" };</script><style>p { color: red }</style></head>
<body><!-- a comment --><article class="story" data-kind="lead"><p id="one">The ferry&nbsp;runs at <b>nine</b> today.</p>
<p hidden>Second &amp; last.</p></article></body></html>`;

/** Every Text node under `node`, in document order. */
function textsUnder(node: Node): Text[] {
  const found: Text[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) found.push(child as Text);
    found.push(...textsUnder(child));
  }
  return found;
}

function rebuilt(html: string) {
  const live = copyPage(loadLivePage(html), URL)!;
  const doc = emptyDetachedDocument(URL);
  return { live, doc, texts: rebuildPage(JSON.parse(JSON.stringify(live.copy)), doc) };
}

describe('copyPage and rebuildPage', () => {
  it('rebuild the page through JSON with its Text nodes in the same order', () => {
    const { live, doc, texts } = rebuilt(PAGE);
    expect(live.texts).toEqual(textsUnder(document.documentElement));
    expect(texts).toEqual(textsUnder(doc.documentElement));
    expect(texts.map((text) => text.data)).toEqual(
      live.texts.map((text) =>
        text.parentElement!.localName === 'style' || text.data.includes('tracker') ? '{…}' : text.data,
      ),
    );
  });

  it('keep elements, attributes and structured data, and nothing that runs or is a comment', () => {
    const { doc } = rebuilt(PAGE);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('article')!.getAttribute('class')).toBe('story');
    expect(doc.querySelector('article')!.getAttribute('data-kind')).toBe('lead');
    expect(doc.querySelector('p[hidden]')!.textContent).toBe('Second & last.');
    expect(doc.querySelector('title')!.textContent).toBe('Ferry');
    expect(JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)).toMatchObject({
      headline: 'Ferry runs',
    });
    expect(doc.documentElement.outerHTML).not.toContain('tracker');
    expect(doc.documentElement.outerHTML).not.toContain('comment');
  });

  it('copy in steps of a few thousand nodes', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<li>item ${i}</li>`).join('');
    const steps = copyPageInSteps(loadLivePage(`<html><body><ul>${rows}</ul></body></html>`), URL);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(0);
    expect(step.value!.texts).toHaveLength(3000);
  });

  it('leave out the content of a bulk of elements without a paragraph, and keep a bulk with paragraphs', () => {
    const rows = (count: number, row: string) => `<table><tbody>${row.repeat(count)}</tbody></table>`;
    const page = `<html><body><article><p>The story.</p></article>
<section id="results">${rows(10_500, '<tr><td>ANC 40%</td></tr>')}</section>
<section id="letters">${'<div><p>A letter.</p></div>'.repeat(10_500)}</section></body></html>`;
    const live = copyPage(parseDetachedDocument(page, URL), URL)!;
    const sections = (live.copy.root[2].at(-1) as CopiedElement)[2].filter(
      (node): node is CopiedElement => typeof node !== 'string' && node[0] === 'section',
    );
    expect(sections.map(([, attributes, children]) => [attributes[1], children.length])).toEqual([
      ['results', 0],
      ['letters', 10_500],
    ]);
    const texts = live.texts.map((text) => text.data);
    expect(texts).toContain('The story.');
    expect(texts).not.toContain('ANC 40%');
  });

  it('rebuild what the HTML parser took but the DOM refuses to create: a bad attribute is dropped, a bad element stands in a span', () => {
    const copy: PageCopy = {
      url: URL,
      root: [
        'html',
        [],
        [['body', [], [['p', ['id', 'x', 'a<b', 'refused'], ['Kept ', ['c"d', [], ['inside']], '.']]]]],
      ],
    };
    const doc = emptyDetachedDocument(URL);
    expect(rebuildPage(copy, doc).map((text) => text.data)).toEqual(['Kept ', 'inside', '.']);
    expect(doc.querySelector('#x')!.textContent).toBe('Kept inside.');
  });
});

describe('copyPageJsonInSteps', () => {
  it('writes the copy as JSON.stringify writes the nested arrays, in chunks of a few hundred nodes, with the same texts', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<li class="r" data-n="${i}">Row "${i}" \\ é\u2028</li>`).join(
      '',
    );
    const page = loadLivePage(`${PAGE.replace('</body>', `<ul>${rows}</ul></body>`)}`);
    const { copy, texts } = copyPage(page, URL)!;
    const steps = copyPageJsonInSteps(page, URL);
    let step = steps.next();
    let count = 0;
    for (; !step.done; step = steps.next()) count++;
    expect(step.value!.chunks.join('')).toBe(JSON.stringify(copy));
    expect(step.value!.chunks.length).toBeGreaterThan(count);
    expect(step.value!.texts).toEqual(texts);
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('writes empty elements, a page of one text, and a bulk without prose left empty', () => {
    const cells = '<td>cell</td>'.repeat(20_001);
    for (const html of [
      '<html lang="en"><head></head><body></body></html>',
      '<html><body>only text</body></html>',
      `<html><body><p>Story.</p><table><tr>${cells}</tr></table></body></html>`,
    ]) {
      const page = loadLivePage(html);
      const { copy, texts } = copyPage(page, URL)!;
      const json = runSteps(copyPageJsonInSteps(page, URL))!;
      expect(json.chunks.join('')).toBe(JSON.stringify(copy));
      expect(json.texts).toEqual(texts);
    }
  });
});

describe('extractCopiedPage', () => {
  it('gives origins by Text node index that map back onto the live page', () => {
    const story = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Paragraph ${i} of the ferry story, which runs long enough, with commas, to be read as prose by Readability.</p>`,
    ).join('');
    const page = loadLivePage(`<html><body><nav><a href="/">Home</a></nav><article>${story}</article></body></html>`);
    const live = copyPage(page, URL)!;
    const extraction = extractCopiedPage(JSON.parse(JSON.stringify(live.copy)))!;
    const origins = runSteps(originsFromRunsInSteps(extraction.originRuns, live.texts));
    const read = Array.from(origins.nodeOf, (node, i) =>
      node < 0 ? '\n' : origins.nodes[node].data[origins.offsetOf[i]],
    );
    expect(read.join('')).toBe(extraction.text);
    expect(extraction.text.split('\n')).toHaveLength(8);
  });
});

describe('originRunsOf', () => {
  it('packs consecutive characters of one node into one run and unpacks them as they were', () => {
    const [a, b] = [document.createTextNode('ab'), document.createTextNode('cd')];
    const origins = { nodes: [a, b], nodeOf: Int32Array.of(0, 0, -1, 1, 1), offsetOf: Int32Array.of(0, 1, 0, 0, 1) };
    const runs = originRunsOf(origins, (node) => (node === a ? 7 : 9));
    expect(runs).toEqual([7, 0, 2, -1, 0, 1, 9, 0, 2]);
    const nodes: Text[] = [];
    nodes[7] = a;
    nodes[9] = b;
    const back = runSteps(originsFromRunsInSteps(runs, nodes));
    expect(Array.from(back.nodeOf)).toEqual([7, 7, -1, 9, 9]);
    expect(Array.from(back.offsetOf)).toEqual([0, 1, 0, 0, 1]);
  });

  it('unpacks a long story’s runs in steps, each character to its node and offset', () => {
    const node = document.createTextNode('x'.repeat(3000));
    // 40 runs of 1,000 characters of the one node, each but the last followed by a paragraph join.
    const runs = Array.from({ length: 40 }, (_, i) => [0, i % 3, 1000, -1, 0, 1])
      .flat()
      .slice(0, -3);
    const steps = originsFromRunsInSteps(runs, [node]);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(1);
    // Run i's characters are the node's from offset i % 3 on; a join is no node's, at offset 0.
    const expected = Array.from({ length: 40 }, (_, i) => [
      ...Array.from({ length: 1000 }, (_, k) => [0, (i % 3) + k]),
      ...(i < 39 ? [[-1, 0]] : []),
    ]).flat();
    expect(Array.from(step.value.nodeOf)).toEqual(expected.map(([nodeIndex]) => nodeIndex));
    expect(Array.from(step.value.offsetOf)).toEqual(expected.map(([, offset]) => offset));
  });
});
