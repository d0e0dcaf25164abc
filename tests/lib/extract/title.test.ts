import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../lib/extract/metadata';
import { storyTitle, type TitleEvidence } from '../../../lib/extract/title';

const NOTHING_KNOWN: TitleEvidence = { siteNames: [], bylines: [], url: null, headings: [] };

describe('storyTitle', () => {
  it.each<[string, string, Partial<TitleEvidence>, string]>([
    // A signed piece: the Guardian's og:title ends in the writer's name.
    [
      'the byline',
      'Whales strand in record numbers | Eleanor Ainge Roy',
      { bylines: ['Eleanor Ainge Roy'] },
      'Whales strand in record numbers',
    ],
    // One of several writers is enough.
    ['one of the byline’s names', 'Port talks fail - Ann Lee', { bylines: ['Bo Chan and Ann Lee'] }, 'Port talks fail'],
    // The site's name, written by the page with or without its "the" and its case.
    [
      'the site',
      'Ferry service resumes | The Harbour Herald',
      { siteNames: ['the harbour herald'] },
      'Ferry service resumes',
    ],
    // A site named by its domain in og:site_name, by its bare name in the title.
    [
      'the site written as a domain',
      'Friday Facts #282 - 0.17 in sight | Factorio',
      { siteNames: ['Factorio.com'] },
      'Friday Facts #282 - 0.17 in sight',
    ],
    // No site name in the metadata: the address names it.
    [
      'the host',
      'Ferry service resumes – TheHill',
      { url: 'https://thehill.com/homenews/ferry' },
      'Ferry service resumes',
    ],
    // Parts are cut from the end one by one while each names the site or the writer.
    [
      'writer then site',
      'The Great Big Lie - John C. Welch - Medium',
      { siteNames: ['Medium'], bylines: ['John C. Welch'] },
      'The Great Big Lie',
    ],
    // Some sites put their name first.
    [
      'a leading site name',
      'Harbour Herald — Ferry service resumes',
      { siteNames: ['Harbour Herald'] },
      'Ferry service resumes',
    ],
    // A part the page does not name stays: it may be the headline's own ("Minecraft 1.8 - The Bountiful Update").
    [
      'an unknown part',
      'Minecraft 1.8 - The Bountiful Update',
      { siteNames: ['Minecraft Update News'] },
      'Minecraft 1.8 - The Bountiful Update',
    ],
    // A hyphen inside a word is no separator.
    ['a hyphenated word', 'Fact-Checker speaks', { siteNames: ['Checker speaks'] }, 'Fact-Checker speaks'],
    // A title that is only the site's name stays as it is.
    ['only the site', 'Harbour Herald', { siteNames: ['Harbour Herald'] }, 'Harbour Herald'],
    // The page's own headline is the story's title; the rest is a section and a date.
    [
      'a heading',
      'Film dubbing as high art in Germany | DW | 24.05.2019',
      { headings: ['  Film dubbing as high art in Germany '] },
      'Film dubbing as high art in Germany',
    ],
    // A heading too short to be a story's title ("Brexit") does not cut a longer title.
    [
      'a short heading',
      'Brexit - MPs vote on the deal tonight',
      { headings: ['Brexit'] },
      'Brexit - MPs vote on the deal tonight',
    ],
    // A site logo's h1 beside the headline's: the title is not cut to the logo's words.
    [
      'not the headline, when a logo is a heading too',
      'Los Angeles Times - Fire update: 3 dead in Altadena',
      { headings: ['Los Angeles Times', 'Fire update: 3 dead in Altadena'], url: 'https://www.latimes.com/fire' },
      'Los Angeles Times - Fire update: 3 dead in Altadena',
    ],
    // A site named by its domain in the title, by its host in the address.
    [
      'the site’s domain in the title',
      'Ferry service resumes | Salon.com',
      { url: 'https://www.salon.com/a' },
      'Ferry service resumes',
    ],
    // A domain whose labels are all generic ("news", "com") is named in full on both sides.
    [
      'a generic domain',
      'Ferry service resumes - news.com.au',
      { siteNames: ['news.com.au'] },
      'Ferry service resumes',
    ],
  ])('cuts %s: %s', (_what, title, evidence, expected) => {
    expect(storyTitle(title, { ...NOTHING_KNOWN, ...evidence })).toBe(expected);
  });
});

/** A signed column as the Guardian serves it: its og:title ends in the writer's name. */
const SIGNED_COLUMN = `<html lang="en"><head>
  <title>Whales strand in record numbers | Eleanor Ainge Roy | World news | The Guardian</title>
  <meta property="og:title" content="Whales strand in record numbers | Eleanor Ainge Roy">
  <meta property="og:site_name" content="the Guardian">
  <meta name="author" content="Eleanor Ainge Roy">
</head><body><h1>Whales strand in record numbers</h1><p>The story.</p></body></html>`;

describe('readMetadata’s title', () => {
  it('is the story’s title only, without the writer’s name the page added to it', () => {
    const doc = new DOMParser().parseFromString(SIGNED_COLUMN, 'text/html');
    const readable = {
      title: 'Whales strand in record numbers | Eleanor Ainge Roy',
      byline: 'Eleanor Ainge Roy',
      siteName: 'the Guardian',
      publishedTime: null,
      lang: 'en',
      excerpt: null,
    };
    expect(readMetadata(doc, readable, 'The story.')).toMatchObject({
      title: 'Whales strand in record numbers',
      byline: 'Eleanor Ainge Roy',
      siteName: 'the Guardian',
    });
  });
});
