import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupContent, type PopupViewProps } from '../../components/PopupView';
import type { PageState } from '../../lib/reading/page-state';
import { expectAccessible } from './a11y';
import { cleanup, click, renderView } from './render';
import { notArticleAnalysis, sampleAnalysis, skippedAnalysis, unsignedAnalysis } from './sample-analysis';

afterEach(cleanup);

function page(state: Partial<PageState>): PopupContent {
  return { kind: 'page', page: { status: 'done', analysis: sampleAnalysis(), host: 'news.example.com', ...state } };
}

function renderPopup(content: PopupContent, overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    content,
    highlightsOn: true,
    onToggleHighlights: vi.fn(),
    onReadAnyway: vi.fn(),
    onReveal: vi.fn(),
    onCopy: vi.fn(),
    status: null,
    ...overrides,
  };
  return { root: renderView(<PopupView {...props} />), props };
}

const textOf = (root: HTMLElement, testId: string) =>
  [...root.querySelectorAll(`[data-testid="${testId}"]`)].map((e) => e.textContent);

describe('PopupView on an article', () => {
  it('shows headline, source, dateline and agencies, key points, entities and grouped quotes', () => {
    const { root } = renderPopup(page({}));
    expect(textOf(root, 'headline')).toEqual(['Putin meets NATO envoys']);
    expect(textOf(root, 'source')[0]).toBe('Example News · By Jane Roe · 21 March 2023');
    expect(textOf(root, 'wire')[0]).toBe('Dateline MoscowAgency AFP');
    expect(textOf(root, 'voices')).toEqual(['Voices 2 people; first word: Vladimir Putin, last word: Antony Blinken']);
    expect(textOf(root, 'key-points')[0]).toContain('Vladimir Putin met NATO envoys in Moscow.');
    expect(
      [...root.querySelectorAll('[data-testid="entities-person"] .entity__name')].map((e) => e.textContent),
    ).toEqual(['Vladimir Putin', 'Antony Blinken']);
    expect(root.querySelector('[data-testid="entities-person"] .entity__role')?.textContent).toBe(
      'President of Russia',
    );
    expect(textOf(root, 'entities-place')[0]).toContain('Moscow');
    expect(textOf(root, 'entities-organization')[0]).toContain('NATO');
    expect([...root.querySelectorAll('.quote-group__speaker')].map((e) => e.textContent)).toEqual([
      'Vladimir Putin · President of Russia',
      'Antony Blinken · US Secretary of State',
      'Speaker not named',
    ]);
    expectAccessible(root);
  });

  it('puts the structure first: headline and source, voices, people with roles, short points, then the lead', () => {
    const { root } = renderPopup(page({}));
    const sections = [
      ...root.querySelectorAll(
        '[data-testid="summary"], [data-testid="voices"], [data-testid^="entities-"], [data-testid="key-points"], [data-testid="lead"], [data-testid="quotes"]',
      ),
    ].map((e) => e.getAttribute('data-testid'));
    expect(sections.slice(0, 5)).toEqual(['summary', 'voices', 'entities-person', 'key-points', 'lead']);
    expect(root.querySelectorAll('[data-testid="key-points"] li')).toHaveLength(1);
  });

  it('keeps the lead one click away, in a disclosure that opens on the story’s first paragraphs', () => {
    const { root } = renderPopup(page({}));
    const lead = root.querySelector<HTMLDetailsElement>('[data-testid="lead"]');
    expect(lead?.open).toBe(false);
    expect(lead?.querySelector('summary')?.textContent).toBe('The lead');
    expect(lead?.querySelector('p')?.textContent).toBe('MOSCOW (AFP) - Vladimir Putin met NATO envoys in Moscow.');
    click(lead?.querySelector('summary') ?? null);
    expect(lead?.open).toBe(true);
  });

  it('shows the three most salient people on the first screen and the others one click away', () => {
    const base = sampleAnalysis();
    const extra = ['Ann One', 'Ben Two', 'Cy Three'].map((name, index) => ({
      ...base.entities[1],
      id: `p${index}`,
      name,
      role: undefined,
      salience: 0.1,
    }));
    const { root } = renderPopup(page({ analysis: { ...base, entities: [...base.entities, ...extra] } }));
    const people = root.querySelector('[data-testid="entities-person"]')!;
    expect(people.querySelector('h2')?.textContent).toBe('People 5');
    expect(people.querySelectorAll(':scope > ul > li')).toHaveLength(3);
    const more = people.querySelector<HTMLDetailsElement>('[data-testid="entities-more"]');
    expect(more?.querySelector('summary')?.textContent).toBe('2 more');
    expect(more?.textContent).toContain('Cy Three');
    expect(more?.open).toBe(false);
    expectAccessible(root);
  });

  it('shows each speaker’s first three quotes and the others one click away', () => {
    const base = sampleAnalysis();
    const more = ['Four', 'Five'].map((text, index) => ({ ...base.quotes[0]!, id: `q${index + 5}`, text }));
    const { root } = renderPopup(page({ analysis: { ...base, quotes: [...base.quotes, ...more] } }));
    const [putin, blinken] = root.querySelectorAll('[data-testid="quote-group"]');
    expect(putin!.querySelectorAll(':scope > ul > li')).toHaveLength(3);
    const hidden = putin!.querySelector<HTMLDetailsElement>('[data-testid="quotes-more"]');
    expect(hidden?.querySelector('summary')?.textContent).toBe('1 more');
    expect(hidden?.open).toBe(false);
    expect(blinken!.querySelector('[data-testid="quotes-more"]')).toBeNull();
    expect(root.querySelector('#quotes-heading')?.textContent).toBe('Quotes 6');
    expectAccessible(root);
  });

  it('heads a descriptor’s quotes with a capital, and shows no byline that only names the site', () => {
    const { root } = renderPopup(page({ analysis: unsignedAnalysis() }));
    expect(textOf(root, 'source')[0]).toBe('Example News · 21 March 2023');
    expect(root.querySelector('.quote-group__speaker')?.textContent).toBe('A spokesman');
  });

  it('gives a person’s whole role on hover, where the row may cut it short', () => {
    const { root } = renderPopup(page({}));
    expect(root.querySelector('[data-testid="entities-person"] .entity__role')?.getAttribute('title')).toBe(
      'President of Russia',
    );
  });

  it('shows the first whole key points of an Analysis made before the short points', () => {
    const { root } = renderPopup(page({ analysis: { ...sampleAnalysis(), shortPoints: undefined } }));
    expect(root.querySelectorAll('[data-testid="key-points"] li')).toHaveLength(2);
  });

  it('shows no voices row for a story that quotes nobody, or an Analysis made before voices were counted', () => {
    const quiet = { ...sampleAnalysis(), voices: { speakers: [], first: null, last: null } };
    expect(textOf(renderPopup(page({ analysis: quiet })).root, 'voices')).toEqual([]);
    cleanup();
    expect(textOf(renderPopup(page({ analysis: { ...sampleAnalysis(), voices: undefined } })).root, 'voices')).toEqual(
      [],
    );
  });

  it('reports the reader’s intents through its callbacks', () => {
    const { root, props } = renderPopup(page({}));
    click(root.querySelector('[data-entity-id="e3"]'));
    click(root.querySelector('[data-quote-id="q2"]'));
    click(root.querySelector('[data-testid="copy-markdown"]'));
    click(root.querySelector('[data-testid="copy-json"]'));
    click(root.querySelector('[data-testid="highlights-switch"]'));
    expect(props.onReveal).toHaveBeenNthCalledWith(1, { kind: 'entity', id: 'e3' });
    expect(props.onReveal).toHaveBeenNthCalledWith(2, { kind: 'quote', id: 'q2' });
    expect(props.onCopy).toHaveBeenNthCalledWith(1, 'markdown');
    expect(props.onCopy).toHaveBeenNthCalledWith(2, 'json');
    expect(props.onToggleHighlights).toHaveBeenCalledWith(false);
  });

  it('shows the switch’s state and the host it applies to', () => {
    const { root } = renderPopup(page({}), { highlightsOn: false });
    const toggle = root.querySelector('[data-testid="highlights-switch"]');
    expect(toggle?.getAttribute('aria-checked')).toBe('false');
    expect(toggle?.textContent).toContain('news.example.com');
  });

  it('names the site as the switch keeps it, without "www."', () => {
    const { root } = renderPopup(page({ host: 'www.example.com' }));
    expect(root.querySelector('[data-testid="highlights-switch"]')?.textContent).toBe('Highlights on example.com');
  });

  it('says when a page was read on request although it is not an article', () => {
    const { root } = renderPopup(page({ analysis: { ...sampleAnalysis(), isArticle: false } }));
    expect(textOf(root, 'headline')).toEqual(['Putin meets NATO envoys']);
    expect(textOf(root, 'read-on-request')[0]).toContain('Read on request');
  });

  it('says why an article was not analysed', () => {
    const { root } = renderPopup(page({ analysis: skippedAnalysis() }));
    expect(textOf(root, 'skipped')[0]).toContain('only English is analysed');
  });
});

describe('PopupView elsewhere', () => {
  it('gives the detector’s reasons and offers to read a non-article anyway', () => {
    const { root, props } = renderPopup(page({ analysis: notArticleAnalysis() }));
    expect(root.querySelector('[data-testid="not-article"] h2')?.textContent).toBe('No article detected');
    expect([...root.querySelectorAll('[data-testid="not-article"] li')].map((e) => e.textContent)).toEqual([
      'og:type website',
      'little prose',
    ]);
    click(root.querySelector('[data-testid="read-anyway"]'));
    expect(props.onReadAnyway).toHaveBeenCalled();
    expectAccessible(root);
  });

  it.each([
    // Each state the page's reader can be in, with what the popup says and whether it offers to read.
    [{ kind: 'loading' } as PopupContent, 'Reading the page…', false],
    [
      { kind: 'unavailable', message: 'NewsLens cannot read this page.' } as PopupContent,
      'NewsLens cannot read this page.',
      false,
    ],
    [page({ status: 'reading', analysis: null }), 'Reading the page…', false],
    [page({ status: 'site-skipped', analysis: null }), 'This site is in your sites to skip.', true],
    [page({ status: 'waiting', analysis: null }), 'Pages are read when you ask (see Options).', true],
    [page({ status: 'failed', analysis: null, error: 'timeout' }), 'Reading failed: timeout.', true],
  ])('%j says %j', (content, message, offersToRead) => {
    const { root } = renderPopup(content);
    expect(root.querySelector('[data-testid="message"] p')?.textContent).toBe(message);
    expect(root.querySelector('[data-testid="read-anyway"]') !== null).toBe(offersToRead);
    expectAccessible(root);
  });

  it('announces its status politely', () => {
    const { root } = renderPopup(page({}), { status: 'Copied as Markdown' });
    const status = root.querySelector('[data-testid="status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toBe('Copied as Markdown');
  });
});

describe('PopupView: this story or your reading', () => {
  const overview = {
    days: 7,
    storyCount: 1,
    people: [
      {
        name: 'Vladimir Putin',
        type: 'person' as const,
        stories: [
          {
            url: 'https://news.example/a',
            headline: 'Putin meets envoys',
            site: 'news.example',
            publishedTime: null,
            readAt: Date.UTC(2026, 10, 30),
          },
        ],
      },
    ],
    places: [],
    organizations: [],
  };

  it('switches views, and shows "Your reading" in place of the story', () => {
    const onShowView = vi.fn();
    const story = renderPopup(page({}), { onShowView, view: 'story' }).root;
    expect(story.querySelector('[data-testid="view-story"]')?.getAttribute('aria-pressed')).toBe('true');
    click(story.querySelector('[data-testid="view-reading"]'));
    expect(onShowView).toHaveBeenCalledWith('reading');
    const reading = renderPopup(page({}), {
      onShowView,
      view: 'reading',
      reading: { kind: 'overview', overview },
    }).root;
    expect(reading.querySelector('[data-testid="your-reading"]')?.textContent).toContain('Vladimir Putin');
    expect(reading.querySelector('[data-testid="key-points"]')).toBeNull();
    expectAccessible(reading);
  });
});
