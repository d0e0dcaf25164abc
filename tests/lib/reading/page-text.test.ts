import { describe, expect, it } from 'vitest';
import { analyzePageText } from '../../../lib/pipeline';
import { assembleAnalysis, leadOf, reasonToSkip, unreadPage } from '../../../lib/reading/page-text';

const NOT_AN_ARTICLE = {
  isArticle: false,
  score: 0.1,
  reasons: ['a list of headline links'],
  lang: 'en',
};

describe('unreadPage and assembleAnalysis', () => {
  it('answer for a page that is not an article exactly as the whole pipeline does', () => {
    const page = unreadPage(NOT_AN_ARTICLE);
    expect(assembleAnalysis(page, null, reasonToSkip(page))).toEqual(analyzePageText(page));
    expect(reasonToSkip(page)).toBe('not an article');
  });

  it('add the reason extraction gave up to the detection reasons', () => {
    const page = unreadPage({ ...NOT_AN_ARTICLE, isArticle: true }, 'no article body found');
    expect(page.detection.reasons).toEqual(['a list of headline links', 'no article body found']);
    expect(reasonToSkip(page)).toBe('no article text was found');
  });
});

describe('leadOf', () => {
  const paragraph = 'One paragraph of a long story holds exactly twelve words in it.';

  it('gives nothing for a story short enough to read at once', () => {
    expect(leadOf(Array(40).fill(paragraph).join('\n'))).toBeNull();
  });

  it('gives the opening paragraphs, about a screen, of a longer story, ending at a paragraph end', () => {
    const text = Array(70).fill(paragraph).join('\n');
    const lead = leadOf(text)!;
    expect(text.startsWith(lead)).toBe(true);
    expect(lead.endsWith('in it.')).toBe(true);
    const words = lead.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(250);
    expect(words).toBeLessThan(262);
  });
});
