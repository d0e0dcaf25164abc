import { afterEach, describe, expect, it } from 'vitest';
import { AlsoInReading } from '../../components/AlsoInReading';
import { YourReading } from '../../components/YourReading';
import type { StoryLink } from '../../lib/memory/types';
import { expectAccessible } from './a11y';
import { cleanup, renderView } from './render';

afterEach(cleanup);

const STORY_A: StoryLink = {
  url: 'https://news.example/a',
  headline: 'Putin meets envoys in Moscow',
  site: 'news.example',
  publishedTime: '2026-11-29T08:00:00Z',
  readAt: Date.UTC(2026, 10, 30),
};
const STORY_B: StoryLink = {
  ...STORY_A,
  url: 'https://other.example/b',
  headline: 'Kyiv answers',
  publishedTime: null,
};

const texts = (root: HTMLElement, testId: string) =>
  [...root.querySelectorAll(`[data-testid="${testId}"]`)].map((element) => element.textContent);

describe('AlsoInReading', () => {
  it('lists the other stories and the latest quote, and opens a story on click', () => {
    const root = renderView(
      <AlsoInReading
        answer={{
          name: 'Vladimir Putin',
          type: 'person',
          stories: [STORY_A, STORY_B],
          latestQuote: { text: 'We are ready', story: STORY_A },
        }}
      />,
    );
    expect(texts(root, 'story-headline')).toEqual(['Putin meets envoys in Moscow', 'Kyiv answers']);
    expect(root.textContent).toContain('news.example · 29 Nov 2026');
    expect(texts(root, 'memory-latest-quote')).toEqual(['We are ready in Putin meets envoys in Moscow']);
    const link = root.querySelector<HTMLAnchorElement>('[data-testid="story-headline"]');
    expect([link?.href, link?.target, link?.rel]).toEqual(['https://news.example/a', '_blank', 'noopener noreferrer']);
    expectAccessible(root);
  });

  it.each([
    [undefined, 'Looking…'],
    [null, 'Nothing to show.'],
    [
      { name: 'Kaja Kallas', type: 'person' as const, stories: [], latestQuote: null },
      'Not in your other reading yet.',
    ],
  ])('says so when the answer is %j', (answer, note) => {
    const root = renderView(<AlsoInReading answer={answer} />);
    expect(root.textContent).toContain(note);
    expectAccessible(root);
  });

  it.each([
    // A person or an organization is quoted; a place is only named.
    ['person' as const, 'Kaja Kallas', ', with what they were last quoted saying'],
    ['organization' as const, 'NATO', ', with what they were last quoted saying'],
    ['place' as const, 'Tallinn', ''],
  ])('with no other story, says what a %s’s part will show', (type, name, quoted) => {
    const root = renderView(<AlsoInReading answer={{ name, type, stories: [], latestQuote: null }} />);
    expect(texts(root, 'memory-empty')).toEqual([
      `Not in your other reading yet.Other stories you read that name ${name} will appear here${quoted}. Kept on this computer only.`,
    ]);
  });
});

describe('YourReading', () => {
  it('lists the entities met most, by type, each with its stories', () => {
    const root = renderView(
      <YourReading
        reading={{
          kind: 'overview',
          overview: {
            days: 7,
            storyCount: 2,
            people: [{ name: 'Vladimir Putin', type: 'person', stories: [STORY_B, STORY_A] }],
            places: [{ name: 'Moscow', type: 'place', stories: [STORY_A] }],
            organizations: [],
          },
        }}
      />,
    );
    expect(texts(root, 'reading-intro')).toEqual(['2 stories read in the last 7 days, kept on this computer.']);
    expect(texts(root, 'reading-entity').map((text) => text?.split('\n')[0])).toHaveLength(2);
    expect(root.querySelectorAll('h2')).toHaveLength(2);
    expect(root.textContent).toContain('Vladimir Putin 2 stories');
    expect(
      [...root.querySelectorAll<HTMLAnchorElement>('[data-testid="story-headline"]')].map((link) => link.href),
    ).toEqual(['https://other.example/b', 'https://news.example/a', 'https://news.example/a']);
    expectAccessible(root);
  });

  it('says no story was read in its days, and what it will show', () => {
    const overview = { days: 7, storyCount: 0, people: [], places: [], organizations: [] };
    const root = renderView(<YourReading reading={{ kind: 'overview', overview }} />);
    expect(texts(root, 'reading-intro')[0]).toMatch(/^No story read in the last 7 days\. Read a news article/);
    expect(root.querySelector('[data-testid="your-reading"]')).toBeNull();
  });

  it('says the memory is off, and that the rest works', () => {
    const root = renderView(<YourReading reading={{ kind: 'off', reason: 'no disk' }} />);
    expect(texts(root, 'memory-off')[0]).toContain('Memory is off (no disk)');
  });
});
