import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { readPage, analyzePageText } from '../../../lib/pipeline';
import { readFixturePage } from '../../../tooling/fixtures';
import { loadLivePage } from '../live-page';

function extractFixture(slug: string) {
  const extracted = extractArticle(loadLivePage(readFixturePage(slug)));
  if (!extracted) throw new Error(`nothing extracted from ${slug}`);
  return extracted;
}

describe('extractArticle on the seed page', () => {
  const { text, metadata } = extractFixture('seed-article');

  it('keeps the story, dateline first, subheads included', () => {
    expect(text.startsWith('Moscow, March 21 (AFP/APP): China and Russia’s leaders hailed')).toBe(true);
    expect(text).toContain('\n– ‘Unlimited possibilities’ –\n');
    expect(text).toContain('positions itself as a bulwark against China’s military ambitions in Asia and the Pacific.');
  });

  it.each([
    'Great coverage',
    'Related stories',
    'Xi arrives in Moscow for three-day',
    'Privacy policy',
    'Technology',
    'Comments (2)',
  ])('leaves out %j', (boilerplate) => {
    expect(text).not.toContain(boilerplate);
  });

  it('joins paragraphs with one "\\n" and collapses the page’s whitespace', () => {
    expect(text).not.toMatch(/\n\n|\s\n|\n\s| {2}|^\s|\s$/);
  });

  it('reads the metadata', () => {
    expect(metadata).toMatchObject({
      title: 'China, Russia hail ‘new era’ as Putin accuses West of rejecting Beijing’s peace plan',
      byline: 'Sana Qureshi',
      siteName: 'PNI News',
      publishedTime: '2023-03-21T18:40:00+05:00',
      lang: 'en',
    });
    expect(metadata.partial).toBeUndefined();
  });
});

describe('extractArticle', () => {
  it('leaves the live document untouched', () => {
    const doc = loadLivePage(readFixturePage('seed-article'));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a story made of divs and line breaks, one paragraph per block', () => {
    const { text } = extractFixture('div-article');
    const paragraphs = text.split('\n');
    expect(paragraphs[0]).toMatch(/^PORTSMOUTH — The island ferry sailed again/);
    expect(paragraphs).toContain(
      "“It has been a very long three weeks,” said Margaret Hale, who runs a bakery in the island's main village. “We lost most of our weekend trade.”",
    );
    expect(text).toContain('accept the offer.');
    expect(text).not.toContain('Bridge repairs');
  });

  it('marks a paywall teaser partial and keeps what it shows', () => {
    const { text, metadata } = extractFixture('paywall-teaser');
    expect(metadata.partial).toBe(true);
    expect(metadata.byline).toBe('Priya Raman');
    expect(text).toContain('shortfall of more than £40m');
    expect(text).not.toContain('Start your free trial');
  });

  it('reads the language of a French page, and the pipeline skips its analysis with a reason', () => {
    const doc = loadLivePage(readFixturePage('french-article'));
    const page = readPage(doc, 'https://journal.example/region/tramway-prolonge-jusqu-a-la-gare');
    expect(page.metadata.lang).toBe('fr');
    expect(page.text).toContain('prolongement de la ligne de tramway');
    expect(analyzePageText(page).skipped).toBe('the page is in French: only English is analysed');
  });

  it('keeps every update of a live blog', () => {
    const { text } = extractFixture('live-blog');
    for (const update of ['Turnout in the three harbour wards', 'Counting has started', 'Polls have now closed']) {
      expect(text).toContain(update);
    }
  });

  it('joins a story split around a related box, without the box', () => {
    const { text } = extractFixture('split-article');
    expect(text).toContain('reversing a decision taken during budget cuts');
    expect(text).toContain('paid for by savings on the building');
    expect(text).not.toContain('Museum extends summer hours');
    expect(text).not.toContain('Advertisement');
  });
});

describe('extractArticle and a video player inside the story', () => {
  const sentence =
    'The council voted on Tuesday to close the old bridge over the river for two years of repairs, officials said.';
  // The player's chrome as Yahoo's pages carry it: focusable boxes, a settings menu of short items.
  const player = `<div class="player" tabindex="0" aria-label="Video Player"><div class="settings">
      <div class="quality"><p>Auto</p><p>High (HD)</p><p>Low</p></div>
      <div class="fonts"><p>Arial</p><ul><li>Georgia</li><li>Arial Black</li><li>Courier New</li><li>Lucida Console</li></ul></div>
      <p>Captions will look like this</p></div><video src="clip.mp4"></video></div>`;
  const page = `<html><head><title>Bridge closed</title></head><body><article>${player}
      <p>${sentence}</p><p>${sentence}</p>
      <p>What the closure means for drivers:</p>
      <ul><li>Buses take the ring road</li><li>Two lanes at night</li><li>Tolls suspended</li></ul>
      <table><thead><tr><th tabindex="0">Ward</th><th tabindex="0">Votes</th><th tabindex="0">Turnout</th></tr></thead>
        <tbody><tr><td>North</td><td>1,204</td><td>61%</td></tr><tr><td>South</td><td>988</td><td>58%</td></tr></tbody></table>
      <p>${sentence}</p><p>${sentence}</p></article></body></html>`;
  const { text } = extractArticle(loadLivePage(page))!;

  it("leaves the player's menus out", () => {
    for (const label of ['Arial Black', 'Courier New', 'High (HD)', 'Captions will look like this']) {
      expect(text).not.toContain(label);
    }
  });

  it("keeps the story's list of short items and its table, which take no part in a control", () => {
    for (const item of [
      'Buses take the ring road',
      'Two lanes at night',
      'Tolls suspended',
      'Ward',
      'Turnout',
      '1,204',
    ]) {
      expect(text).toContain(item);
    }
    expect(text).toContain(sentence);
  });

  it('keeps a story in Chinese, whose sentences have no spaces, in a focusable container', () => {
    const chinese =
      '谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。';
    const story = `<html><body><main tabindex="-1"><h1>人工智能</h1>${`<p>${chinese}</p>`.repeat(6)}</main></body></html>`;
    expect(extractArticle(loadLivePage(story))?.text).toContain(chinese);
  });
});
