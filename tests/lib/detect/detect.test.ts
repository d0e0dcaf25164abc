import { describe, expect, it } from 'vitest';
import {
  classifyAddress,
  classifyUrl,
  detectArticle,
  detectArticleInSteps,
  detectByAddress,
} from '../../../lib/detect';
import { pageLanguage } from '../../../lib/page/declared-language';
import { readFixturePage } from '../../../tooling/fixtures';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('detectArticle on the fixture pages', () => {
  it.each([
    // [fixture, address, is an article]
    ['seed-article', 'https://news.example/world/2023/03/21/china-russia-hail-new-era', true],
    ['non-article', 'https://news.example/world', false],
    ['section-front', 'https://news.example/climate', false],
    ['section-front', undefined, false],
    ['div-article', 'https://news.example/local/ferry-service-resumes-after-strike', true],
    ['paywall-teaser', 'https://news.example/markets/port-authority-budget-gap', true],
    ['french-article', 'https://journal.example/region/tramway-prolonge-jusqu-a-la-gare', true],
    ['live-blog', 'https://news.example/politics/live/election-night-results-2024', true],
    ['split-article', 'https://news.example/local/library-to-open-on-sundays', true],
  ])('%s at %s: article %s', (slug, url, expected) => {
    const detection = detectArticle(parse(readFixturePage(slug)), url);
    expect(detection.isArticle).toBe(expected);
    expect(detection.score >= 0.5).toBe(expected);
    expect(detection.reasons.length).toBeGreaterThan(0);
  });

  it('says why a section front of teasers is no article', () => {
    const { reasons } = detectArticle(
      parse(readFixturePage('section-front')),
      'https://news.example/world/latest-from-everywhere',
    );
    expect(reasons).toContain('its prose is blurbs of links to other pages');
  });

  it("rules out a site's home page by its address alone, and no other page", () => {
    expect(detectByAddress('https://news.example/')).toEqual({
      isArticle: false,
      score: expect.any(Number),
      reasons: ['a home page address'],
      lang: null,
    });
    expect(detectByAddress('https://news.example/video/clip-of-the-day-here')).toBeNull();
    expect(detectByAddress('https://news.example/world')).toBeNull();
  });

  it.each([
    // Addresses of real stories on smaller sites that once vetoed them: a one-word slug, a short
    // numbered path, a story id in the query, a media word in the path.
    'https://news.example/climate',
    'https://news.example/news/812/',
    'https://news.example/story.php?id=812',
    'https://news.example/video/',
  ])('reads a declared story at %s: the address is one piece of evidence, never a veto', (url) => {
    const detection = detectArticle(parse(readFixturePage('seed-article')), url);
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons).toContain('schema.org NewsArticle');
  });

  it('takes a short story with article metadata for an article', () => {
    const html = `<html><head><meta property="og:type" content="article">
      <meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
      <body><h1>Ferry back on Monday</h1><div class="story">
      <p>The island ferry returns to service on Monday after a week of repairs, the operator said.</p>
      <p>Crews replaced a damaged propeller shaft, and the first crossing leaves at seven.</p>
      <p>Tickets bought for cancelled crossings will be honoured until the end of the month.</p>
      <p>The operator apologised to passengers and thanked the island's shops for their patience.</p>
      </div></body></html>`;
    const detection = detectArticle(parse(html), 'https://news.example/local/ferry');
    expect(detection.isArticle).toBe(true);
    expect(detection.reasons).toEqual([
      'a short text in one block (341 characters)',
      'og:type article',
      'a publication time',
    ]);
  });

  it('turns down section fronts whose every card says og:type article, by their blurbs', () => {
    const card = (i: number) =>
      `<article class="card"><h3><a href="/travel/story-${i}">Headline of travel story number ${i}</a></h3>
      <p>A blurb of the story, long enough to read as prose on its own: where to go this summer, what it costs, and how to book it early.</p></article>`;
    const html = `<html><head><meta property="og:type" content="article"></head><body>
      <section>${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</section>
      <footer><p class="copyright">This material may not be published, broadcast, rewritten, or redistributed. ©2024 Example News Network, LLC. All rights reserved. All market data delayed 20 minutes.</p></footer>
      </body></html>`;
    const detection = detectArticle(parse(html), 'https://news.example/category/travel.html');
    expect(detection.isArticle).toBe(false);
    expect(detection.reasons).toEqual([
      'most of its prose is blurbs of links to other pages',
      'a section page address',
    ]);
  });

  it('names the signals of an article', () => {
    const { reasons } = detectArticle(
      parse(readFixturePage('seed-article')),
      'https://news.example/world/china-russia-hail-new-era',
    );
    expect(reasons).toEqual(expect.arrayContaining(['schema.org NewsArticle', 'og:type article', 'a story address']));
  });

  it('leaves the page as it was', () => {
    const doc = parse(readFixturePage('seed-article'));
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    // [og:type article, publication time, is an article]
    [true, true, true],
    [true, false, false],
    [false, false, false],
  ])(
    'at a short section-like address, og:type article %s with a publication time %s: article %s',
    (og, time, expected) => {
      const head = `${og ? '<meta property="og:type" content="article">' : ''}${time ? '<meta property="article:published_time" content="2024-05-02T10:00:00Z">' : ''}`;
      const body = Array.from(
        { length: 6 },
        (_, i) =>
          `<p>Paragraph ${i} of the story tells what the council decided, who spoke at the meeting, what it will cost the town, and when the work is due to begin next year.</p>`,
      ).join('');
      const detection = detectArticle(
        parse(`<html><head>${head}</head><body><article>${body}</article></body></html>`),
        'https://news.example/local/budget',
      );
      expect(detection.isArticle).toBe(expected);
    },
  );

  it('turns down a page whose og:type says video and has little prose', () => {
    const html = `<html><head><meta property="og:type" content="video.other"></head><body><h1>Watch</h1><p>${'A clip about the storm. '.repeat(12)}</p></body></html>`;
    const detection = detectArticle(parse(html), 'https://news.example/2024/05/02/storm-clip-from-the-coast');
    expect(detection.isArticle).toBe(false);
    expect(detection.reasons).toContain('og:type video.other');
  });

  /** A page at a story address, og:type article, with much prose and the given title and links. */
  const pageWith = (title: string, links: string[], jsonLd = '') => {
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Episode ${i}: the host sits down for lunch with a senator to talk about the budget, the coming election, the town's new harbour and what the voters told them this week.</p>`,
    ).join('');
    const anchors = links.map((href) => `<a href="${href}">Listen</a>`).join(' ');
    return `<html><head><title>${title}</title><meta property="og:type" content="article">${jsonLd}</head><body><article>${paragraphs}</article><p>${anchors}</p></body></html>`;
  };

  it.each([
    // A show's page: its title names a podcast, and it links where to listen and subscribe.
    [
      'The Harbour Hour - Weekly Podcast',
      [
        'https://podcasts.apple.com/us/podcast/id1',
        'https://open.spotify.com/show/1',
        'https://feeds.example/hour.xml',
      ],
      false,
    ],
    // A story about a podcast, with one link to it: still a story.
    ['Senator quits the podcast she hosted', ['https://podcasts.apple.com/us/podcast/id1'], true],
    // Links to listen on a story that is no podcast's: a story.
    [
      'Senator quits after the budget vote',
      ['https://podcasts.apple.com/us/podcast/id1', 'https://open.spotify.com/show/1'],
      true,
    ],
    // A site's footer: its page of feeds and its app in the App Store are no show's links.
    [
      'Senator quits the podcast she hosted',
      ['https://feeds.example/', 'https://itunes.apple.com/us/app/news-example/id1', 'https://news.example/rss'],
      true,
    ],
  ])('titled "%s", linking to %j: article %s', (title, links, expected) => {
    const detection = detectArticle(parse(pageWith(title, links)), 'https://news.example/2024/05/02/the-harbour-hour');
    expect(detection.isArticle).toBe(expected);
    if (!expected)
      expect(detection.reasons).toContain(`a podcast's page (${links.length} links to listen or subscribe)`);
  });
  it('keeps a story its page declares in JSON-LD, with much prose, though it links to the show it is about', () => {
    const jsonLd = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>';
    const links = ['https://podcasts.apple.com/us/podcast/id1', 'https://open.spotify.com/show/1'];
    // In the site's podcasts section, without og:type: no story address or og:type outweighs the show's links.
    const html = pageWith('The Harbour Hour - Weekly Podcast', links, jsonLd).replace(
      /<meta property="og:type"[^>]*>/,
      '',
    );
    const detection = detectArticle(parse(html), 'https://news.example/podcasts/the-harbour-hour');
    expect(detection.isArticle).toBe(true);
  });
});

/**
 * The page as a browser running scripts has it: each <noscript>'s content parsed as text (its
 * markup), where DOMParser, like Node's parsers, parses elements.
 */
function asScriptingBrowserParses(doc: Document): Document {
  for (const noscript of doc.querySelectorAll('noscript')) noscript.textContent = noscript.innerHTML;
  return doc;
}

describe('detectArticle counts only the text a reader sees', () => {
  it('reads a section front of lazy pictures with <noscript> fallbacks alike in the browser and in Node', () => {
    const url = 'https://news.example/europe';
    const inNode = detectArticle(parse(readFixturePage('section-lazy-images')), url);
    const inBrowser = detectArticle(asScriptingBrowserParses(parse(readFixturePage('section-lazy-images'))), url);
    expect(inNode.isArticle).toBe(false);
    expect(inBrowser).toEqual(inNode);
    expect(inBrowser.reasons).toContain('little prose (0 long paragraphs)');
  });

  it.each(['script', 'style', 'noscript'])('takes no <%s> text for prose', (tag) => {
    const hidden = `<${tag}>${'var unseen = "text no reader sees"; '.repeat(12)}</${tag}>`;
    const card = (i: number) => `<article class="card"><p>A short blurb of story ${i}.${hidden}</p></article>`;
    const html = `<html><head><meta property="og:type" content="website"></head><body>
      ${Array.from({ length: 6 }, (_, i) => card(i)).join('')}</body></html>`;
    const page = asScriptingBrowserParses(parse(html));
    expect(detectArticle(page, 'https://news.example/europe').reasons).toContain('little prose (0 long paragraphs)');
  });
});

describe('classifyUrl', () => {
  it.each([
    ['https://news.example/world/2023/03/21/china-russia-hail-new-era', 'story'],
    ['https://news.example/news/uk-england-hampshire-48397401', 'story'],
    ['https://news.example/US/story?id=63213591', 'story'],
    ['https://news.example/', 'home'],
    ['https://news.example/?ref=nav', 'home'],
    ['https://news.example/category/politics/elections.html', 'section'],
    ['https://news.example/news/world/latin_america', 'section'],
    ['https://news.example/video/flood-rescue-on-the-river-bank', 'media'],
    ['https://news.example/shows/the-late-show-podcasts', 'media'],
    ['https://news.example/science/meteorite-hunting-in-pictures', 'story'],
    ['https://news.example/world/obama-interview-transcript.html', 'story'],
    ['https://news.example/photos/view.v2', 'media'],
    [undefined, 'unknown'],
    ['about:blank', 'unknown'],
    ['not an address', 'unknown'],
  ])('%s is a %s address', (url, kind) => {
    expect(classifyUrl(url)).toBe(kind);
  });

  it("reads a page's own location as it reads its address", () => {
    const address = 'https://news.example/news/uk-england-hampshire-48397401?ref=home';
    const { protocol, pathname, search } = new URL(address);
    expect(classifyAddress({ protocol, pathname, search })).toBe(classifyUrl(address));
    expect(classifyAddress({ protocol: 'file:', pathname, search })).toBe('unknown');
  });

  it('takes a location for the address in detectArticle too', () => {
    const doc = parse(readFixturePage('seed-article'));
    const address = 'https://news.example/world/2023/03/21/china-russia-hail-new-era';
    expect(detectArticle(doc, new URL(address))).toEqual(detectArticle(doc, address));
  });
});

describe('pageLanguage', () => {
  it.each([
    ['<html lang="en-GB"><body></body></html>', 'en-GB'],
    ['<html><head><meta property="og:locale" content="fr_FR"></head><body></body></html>', 'fr-FR'],
    ['<html><body></body></html>', null],
  ])('%s → %s', (html, lang) => {
    expect(pageLanguage(parse(html))).toBe(lang);
  });
});

describe('detectArticleInSteps', () => {
  const paragraph =
    '<p>The council met on Tuesday to weigh the harbour wall’s repairs, which engineers said must be done before winter.</p>';
  const page = (paragraphs: number) =>
    parse(`<html lang="en"><body><article><h1>Harbour</h1>${paragraph.repeat(paragraphs)}</article></body></html>`);

  /** How many times detection gave the page its thread back, and its verdict. */
  function stepsOf(doc: Document) {
    const steps = detectArticleInSteps(doc, 'https://news.example/2024/05/harbour-wall-repairs');
    let pauses = 0;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return { pauses, detection: step.value };
      pauses++;
    }
  }

  it('reads a long story’s prose in steps, and finds what detection at once finds', () => {
    const doc = page(1500);
    const { pauses, detection } = stepsOf(doc);
    expect(pauses).toBeGreaterThanOrEqual(20);
    expect(detection).toEqual(detectArticle(doc, 'https://news.example/2024/05/harbour-wall-repairs'));
    expect(detection.isArticle).toBe(true);
  });

  it('reads a short story in one step', () => {
    expect(stepsOf(page(12)).pauses).toBe(0);
  });
});
