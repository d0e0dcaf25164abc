/**
 * What the built extension must do in a real browser, written once for both browsers: the seed
 * article lights up, hovering a name or a quote opens its card (beside the word, closed by
 * Escape), the popup shows the story (keyboard included), copies it, scrolls the page to what is
 * chosen and puts the quote count on the badge, options apply live, a single-page app's new story
 * is read again (with or without a URL change), the non-article pages stay untouched (a section
 * front whose pictures have <noscript> fallbacks among them), and
 * switching highlights off leaves the page's DOM exactly as the page itself would have it.
 * Screenshots of the page, a card and the popup, light and dark, go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage, LaunchOptions } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const SCREENSHOT_DIR = 'test-results';

/** How long the non-article page is watched for highlights that should never come, in ms. */
const QUIET_PERIOD_MS = 2_500;
/** The popup's background under a dark system (assets/popup.css). */
const POPUP_DARK_BACKGROUND = '#161a22';
/** Quotes tried before giving up on finding one whose speaker is named. */
const QUOTES_TO_TRY = 8;
/** Tab presses from the site switch to the first person in the popup, at most. */
const TABS_TO_FIRST_PERSON = 12;

/** Names the highlight registry must hold, and text each must cover on the seed article. */
const EXPECTED_HIGHLIGHTS: Array<{ name: string; text: string }> = [
  { name: 'newslens-person', text: 'Vladimir Putin' },
  { name: 'newslens-place', text: 'Moscow' },
  { name: 'newslens-organization', text: 'NATO' },
];

interface CardState {
  name: string;
  type: string;
  /** Quotes listed under "Said in this story". */
  quotes: number;
  card: { top: number; bottom: number; left: number; right: number };
}

/** In the page: the text of every range of every NewsLens highlight, by name. */
function highlightTexts(): Record<string, string[]> {
  const texts: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('newslens-')) texts[name] = [...highlight].map((range) => range.toString());
  }
  return texts;
}

/** In the page: scroll the first person range reading exactly `text` into view (light or dark page); its first line box. */
function personRangeBox(
  text: string,
): { x: number; y: number; top: number; bottom: number; left: number; right: number } | null {
  const highlight = CSS.highlights.get('newslens-person') ?? CSS.highlights.get('newslens-person-on-dark');
  const range = [...(highlight ?? [])].find((r) => r.toString() === text) as Range | undefined;
  if (!range) return null;
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  if (!rect) return null;
  return {
    x: rect.left + rect.width / 2,
    y: rect.top + rect.height / 2,
    top: rect.top,
    bottom: rect.bottom,
    left: rect.left,
    right: rect.right,
  };
}

/** In the page: the open hover card, read through its open shadow root. */
function openCard(): CardState | null {
  const card = document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
  if (!card || getComputedStyle(card).visibility === 'hidden') return null;
  const rect = card.getBoundingClientRect();
  return {
    name: card.querySelector('[data-testid="card-name"]')?.textContent ?? '',
    type: card.querySelector('[data-testid="card-type"]')?.textContent ?? '',
    quotes: card.querySelectorAll('[data-testid="card-quotes"] li').length,
    card: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right },
  };
}

/** In the page: the text of the flash highlight, and whether its first line box is inside the viewport. */
function flashedRange(): { text: string; inView: boolean } | null {
  const range = [...(CSS.highlights.get('newslens-flash') ?? [])][0] as Range | undefined;
  const rect = range?.getClientRects()[0];
  if (!range || !rect) return null;
  return { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight };
}

/**
 * In the page: a point over quote number `index` that no entity highlight covers (an entity
 * inside a quote wins the hover), and the quote's text; null when there is no such quote or point.
 */
function quotePoint(index: number): { x: number; y: number; text: string } | null {
  const quote = [...(CSS.highlights.get('newslens-quote') ?? [])][index] as Range | undefined;
  if (!quote) return null;
  const entities = ['newslens-person', 'newslens-place', 'newslens-organization'].flatMap(
    (name) => [...(CSS.highlights.get(name) ?? [])] as Range[],
  );
  (quote.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  const node = quote.startContainer;
  const end = quote.endContainer === node ? quote.endOffset : (node.textContent ?? '').length;
  for (let offset = quote.startOffset + 1; offset < end - 1; offset += 1) {
    const char = document.createRange();
    char.setStart(node, offset);
    char.setEnd(node, offset + 1);
    const covered = (entity: Range) =>
      entity.comparePoint(node, offset) === 0 && entity.comparePoint(node, offset + 1) === 0;
    if (!char.toString().trim() || entities.some(covered)) continue;
    const rect = char.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: quote.toString() };
  }
  return null;
}

/** In the popup page: the badge text of the tab it reports on (the most recently used other tab). */
async function badgeOfReportedTab(): Promise<string> {
  interface Tab {
    id?: number;
    lastAccessed?: number;
  }
  interface Api {
    tabs: { getCurrent(): Promise<Tab | undefined>; query(q: object): Promise<Tab[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  }
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (scope.browser ?? scope.chrome)!;
  const own = await api.tabs.getCurrent();
  const tabs = await api.tabs.query({ currentWindow: true });
  const reported = tabs
    .filter((tab) => tab.id !== own?.id)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return api.action.getBadgeText({ tabId: reported!.id! });
}

/** In the popup page: keep what is written to the clipboard in `window.newslensCopied` instead. */
function interceptClipboard(): void {
  const scope = window as unknown as { newslensCopied: string[] };
  scope.newslensCopied = [];
  Object.defineProperty(navigator.clipboard, 'writeText', {
    configurable: true,
    value: async (text: string) => {
      scope.newslensCopied.push(text);
    },
  });
}

/** In the page: swap every text occurrence of `from` for `to`, as an app rendering a new story would. */
function replaceText([from, to]: [string, string]): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(from)) node.textContent = node.textContent.replaceAll(from, to);
  }
}

/** In the page: is a person highlight reading exactly `text` painted? */
function personPainted(text: string): boolean {
  return [...(CSS.highlights.get('newslens-person') ?? [])].some((range) => range.toString() === text);
}

/**
 * In the page: what a single-page app does when a story is clicked on its home page: the story
 * (fetched from `storyUrl`) replaces the page's body, and the address becomes the story's.
 */
async function openStoryInPlace(storyUrl: string): Promise<void> {
  const html = await (await fetch(storyUrl)).text();
  const story = new DOMParser().parseFromString(html, 'text/html');
  document.title = story.title;
  document.body.replaceWith(document.adoptNode(story.body));
  history.pushState({}, '', '/2023/03/21/china-russia-hail-new-era-as-putin-accuses-west/');
}

/** In the page: does the live DOM equal the page's own HTML parsed afresh (fixtures run no scripts)? */
async function domAsServed(): Promise<{ same: boolean; live: number; served: number }> {
  const html = await (await fetch(location.href)).text();
  const served = new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
  const live = document.documentElement.outerHTML;
  return { same: live === served, live: live.length, served: served.length };
}

export function describeExtension(name: string, launch: (options?: LaunchOptions) => Promise<E2EBrowser>): void {
  describe(`NewsLens in ${name}`, () => {
    let browser: E2EBrowser;
    let server: FixtureServer;
    let article: E2EPage;
    let popup: E2EPage;
    /** The quote hovered on the page: its text, and the speaker and cue its card showed. */
    let hovered: { quote: string; speaker: string; cue: string } | null = null;
    /** Why the browser did not start (not installed, no build): every test then fails with it, none is skipped. */
    let launchError: unknown = null;

    beforeAll(async () => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      server = await startFixtureServer();
      try {
        browser = await launch();
      } catch (error) {
        launchError = error;
      }
    });

    beforeEach(() => {
      if (launchError) throw launchError;
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('highlights Vladimir Putin, Moscow and NATO on the seed article', async () => {
      article = await browser.open(server.urlOf('seed-article'));
      await article.waitFor(
        (names: string[]) => names.every((n) => CSS.highlights.has(n)),
        EXPECTED_HIGHLIGHTS.map((e) => e.name),
      );
      const texts = await article.evaluate(highlightTexts, undefined);
      for (const { name: highlight, text } of EXPECTED_HIGHLIGHTS) expect(texts[highlight]).toContain(text);
      await article.screenshot(`${SCREENSHOT_DIR}/${name}-page.png`);
    });

    it('opens a card naming Vladimir Putin beside the word when "Putin" is hovered', async () => {
      const word = await article.evaluate(personRangeBox, 'Putin');
      expect(word, 'a person highlight reading "Putin"').not.toBeNull();
      await article.mouseMove(word!.x, word!.y);
      await article.waitFor(
        () =>
          Boolean(
            document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]'),
          ),
        undefined,
      );
      const card = await article.evaluate(openCard, undefined);
      expect(card?.name).toBe('Vladimir Putin');
      expect(card?.type).toBe('Person');
      expect(card?.quotes, 'what he said in the story').toBeGreaterThan(0);
      const overlaps =
        card!.card.left < word!.right &&
        card!.card.right > word!.left &&
        card!.card.top < word!.bottom &&
        card!.card.bottom > word!.top;
      expect(overlaps, 'the card covers the word').toBe(false);
      await article.screenshot(`${SCREENSHOT_DIR}/${name}-card.png`);
    });

    it('steps to the next mention from the card', async () => {
      const mentionNumber = () => {
        const text =
          document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="card-mentions"]')
            ?.textContent ?? '';
        return Number(/this is (\d+) of/.exec(text)?.[1] ?? 0);
      };
      const before = await article.evaluate(mentionNumber, undefined);
      expect(before).toBeGreaterThan(0);
      await article.evaluate(() => {
        document
          .querySelector('[data-newslens-card]')
          ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="card-next"]')
          ?.click();
      }, undefined);
      await article.waitFor((expected: number) => {
        const text =
          document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="card-mentions"]')
            ?.textContent ?? '';
        return text.includes(`this is ${expected} of`);
      }, before + 1);
      expect((await article.evaluate(openCard, undefined))?.name).toBe('Vladimir Putin');
    });

    it('closes the card on Escape', async () => {
      await article.press('Escape');
      await article.waitFor(
        () => !document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="hover-card"]'),
        undefined,
      );
      expect(await article.evaluate(openCard, undefined)).toBeNull();
    });

    it('opens a card from the keyboard: a caret placed in a mention (caret browsing) shows it', async () => {
      await article.evaluate(() => {
        const range = [...(CSS.highlights.get('newslens-place') ?? [])].find((r) => r.toString() === 'Moscow') as
          | Range
          | undefined;
        if (range) document.getSelection()?.collapse(range.startContainer, range.startOffset + 1);
      }, undefined);
      await article.waitFor(
        () =>
          document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="card-name"]')
            ?.textContent === 'Moscow',
        undefined,
      );
      expect((await article.evaluate(openCard, undefined))?.type).toBe('Place');
      await article.press('Escape');
      await article.evaluate(() => document.getSelection()?.removeAllRanges(), undefined);
    });

    it('opens a card on a quote naming its speaker and cue', async () => {
      for (let index = 0; index < QUOTES_TO_TRY && !hovered; index += 1) {
        const point = await article.evaluate(quotePoint, index);
        if (!point) continue;
        await article.mouseMove(point.x, point.y);
        await article.waitFor(
          () =>
            document.querySelector('[data-newslens-card]')?.shadowRoot?.querySelector('[data-testid="card-type"]')
              ?.textContent === 'Quote',
          undefined,
        );
        const card = await article.evaluate(({ x, y }: { x: number; y: number }) => {
          const root = document.querySelector('[data-newslens-card]')?.shadowRoot;
          const box = root?.querySelector('[data-testid="hover-card"]')?.getBoundingClientRect();
          return {
            speaker: root?.querySelector('[data-testid="card-name"]')?.textContent ?? '',
            cue: root?.querySelector('[data-testid="card-cue"]')?.textContent ?? '',
            coversPoint: Boolean(box && x >= box.left && x <= box.right && y >= box.top && y <= box.bottom),
          };
        }, point);
        expect(card.coversPoint, 'the card covers the hovered quote').toBe(false);
        if (card.speaker !== 'Speaker not named') hovered = { ...card, quote: point.text };
      }
      expect(hovered, 'a quote whose card names its speaker').not.toBeNull();
      expect(hovered!.cue).toMatch(/(direct quote|quoted phrase)$/);
      await article.screenshot(`${SCREENSHOT_DIR}/${name}-quote-card.png`);
      await article.press('Escape');
    });

    it('shows the headline, the people and the same speaker for that quote in the popup, summary first', async () => {
      await article.bringToFront();
      popup = await browser.openPopup();
      await popup.waitFor(() => document.querySelector('[data-testid="headline"]'), undefined);
      const shown = await popup.evaluate(
        () => ({
          headline: document.querySelector('[data-testid="headline"]')?.textContent ?? '',
          people: [...document.querySelectorAll('[data-testid="entities-person"] .entity__name')].map(
            (e) => e.textContent,
          ),
          groups: [...document.querySelectorAll('[data-testid="quote-group"]')].map((group) => ({
            speaker: group.querySelector('.quote-group__speaker')?.firstChild?.textContent ?? '',
            quotes: [...group.querySelectorAll('q')].map((q) => q.textContent ?? ''),
          })),
        }),
        undefined,
      );
      expect(shown.headline).toContain('China, Russia hail');
      expect(shown.people).toContain('Vladimir Putin');
      const group = shown.groups.find((g) =>
        g.quotes.some((q) => q.length > 0 && hovered!.quote.includes(q.slice(0, 40))),
      );
      expect(group?.speaker, 'the popup groups the hovered quote under the card\u2019s speaker').toBe(hovered!.speaker);
      // The story's panel scrolls within the popup's height, never the document: Chromium widens
      // a popup window whose document scrolls by its scrollbar, for long stories only.
      const scrolling = await popup.evaluate(() => {
        const panel = document.querySelector('[data-testid="popup"]')!;
        return {
          document: document.documentElement.scrollHeight > window.innerHeight,
          panel: panel.scrollHeight > panel.clientHeight,
        };
      }, undefined);
      expect(scrolling).toEqual({ document: false, panel: true });
      await popup.screenshot(`${SCREENSHOT_DIR}/${name}-popup.png`);
    });

    it('copies the summary as Markdown (headline first) and as JSON (the same entities)', async () => {
      await popup.evaluate(interceptClipboard, undefined);
      await popup.click('[data-testid="copy-markdown"]');
      await popup.click('[data-testid="copy-json"]');
      await popup.waitFor(
        () => (window as unknown as { newslensCopied: string[] }).newslensCopied.length === 2,
        undefined,
      );
      const copied = await popup.evaluate(
        () => ({
          texts: (window as unknown as { newslensCopied: string[] }).newslensCopied,
          headline: document.querySelector('[data-testid="headline"]')?.textContent ?? '',
          entityIds: [...document.querySelectorAll('[data-testid="entity"]')].map((e) =>
            e.getAttribute('data-entity-id'),
          ),
          status: document.querySelector('[data-testid="status"]')?.textContent ?? '',
        }),
        undefined,
      );
      const [markdown, json] = copied.texts as [string, string];
      expect(markdown.split('\n')[0]!.replaceAll('\\', '')).toBe(`# ${copied.headline}`);
      const parsed = JSON.parse(json) as { article: { title: string }; entities: Array<{ id: string }> };
      expect(parsed.article.title).toBe(copied.headline);
      expect(parsed.entities.map((e) => e.id).sort()).toEqual([...copied.entityIds].sort());
      expect(copied.status).toBe('Copied as JSON');
    });

    it('puts the number of quotes on the badge', async () => {
      const quotes = await popup.evaluate(() => document.querySelectorAll('[data-testid="quote"]').length, undefined);
      expect(quotes).toBeGreaterThan(0);
      expect(await popup.evaluate(badgeOfReportedTab, undefined)).toBe(String(quotes));
    });

    it('scrolls the page to a person chosen from the keyboard and to a quote chosen by click, and flashes each', async () => {
      // Keyboard: Tab from the site switch reaches the people, Enter chooses; the page starts at its end.
      await article.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), undefined);
      await popup.evaluate(
        () => document.querySelector<HTMLElement>('[data-testid="highlights-switch"]')?.focus(),
        undefined,
      );
      let focused = '';
      for (let tabs = 0; tabs < TABS_TO_FIRST_PERSON && !focused; tabs += 1) {
        await popup.press('Tab');
        focused = await popup.evaluate(
          () =>
            document.activeElement?.closest('[data-testid="entities-person"]')
              ? (document.activeElement.querySelector('.entity__name')?.textContent ?? '')
              : '',
          undefined,
        );
      }
      expect(focused, 'Tab reaches the first person').toBe('Vladimir Putin');
      await popup.press('Enter');
      await article.waitFor(() => {
        const range = [...(CSS.highlights.get('newslens-flash') ?? [])][0] as Range | undefined;
        return range && 'Vladimir Putin'.includes(range.toString());
      }, undefined);
      expect(await article.evaluate(flashedRange, undefined)).toMatchObject({ inView: true });

      const quote = await popup.evaluate(() => {
        const all = document.querySelectorAll('[data-testid="quote"] q');
        return all[all.length - 1]?.textContent ?? '';
      }, undefined);
      await article.evaluate(() => window.scrollTo(0, 0), undefined);
      await popup.evaluate(() => {
        const all = document.querySelectorAll<HTMLElement>('[data-testid="quote"]');
        all[all.length - 1]?.click();
      }, undefined);
      await article.waitFor(
        (text: string) => {
          const range = [...(CSS.highlights.get('newslens-flash') ?? [])][0] as Range | undefined;
          return range?.toString().includes(text);
        },
        quote.slice(0, 40),
      );
      expect(await article.evaluate(flashedRange, undefined)).toMatchObject({ inView: true });
    });

    it('flashes an organization chosen in the popup; the site switch takes every highlight off and back', async () => {
      await popup.click('[data-testid="entities-organization"] [data-testid="entity"]');
      await article.waitFor(() => CSS.highlights.has('newslens-flash'), undefined);

      // The site switch: highlights off takes every highlight and the card's host off the page.
      await popup.click('[data-testid="highlights-switch"]');
      await article.bringToFront();
      await article.waitFor(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('newslens-')), undefined);
      const dom = await article.evaluate(domAsServed, undefined);
      expect(dom, 'the DOM after highlights off equals the served page').toMatchObject({ same: true });
      await popup.click('[data-testid="highlights-switch"]');
      await article.waitFor(() => CSS.highlights.has('newslens-person'), undefined);
    });

    it('applies options live: places off empties the place highlight without a reload, and on again', async () => {
      await article.evaluate(() => {
        (window as unknown as { notReloaded: boolean }).notReloaded = true;
      }, undefined);
      const options = await browser.openOptions();
      await options.click('[data-testid="kind-place"]');
      await article.waitFor(() => (CSS.highlights.get('newslens-place')?.size ?? 0) === 0, undefined);
      expect(await article.evaluate(() => CSS.highlights.has('newslens-person'), undefined)).toBe(true);
      await options.click('[data-testid="kind-place"]');
      await article.waitFor(
        () => [...(CSS.highlights.get('newslens-place') ?? [])].some((r) => r.toString() === 'Moscow'),
        undefined,
      );
      expect(
        await article.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded, undefined),
      ).toBe(true);
      await options.screenshot(`${SCREENSHOT_DIR}/${name}-options.png`);
    });

    it('follows a dark page: dark highlights and a dark card', async () => {
      const dark = await browser.open(server.urlOf('seed-article', 'dark'));
      await dark.waitFor(() => CSS.highlights.has('newslens-person-on-dark'), undefined);
      expect(await dark.evaluate(() => CSS.highlights.has('newslens-person'), undefined)).toBe(false);
      await dark.screenshot(`${SCREENSHOT_DIR}/${name}-page-dark.png`);
      const word = await dark.evaluate(personRangeBox, 'Putin');
      await dark.mouseMove(word!.x, word!.y);
      await dark.waitFor(
        () =>
          document
            .querySelector('[data-newslens-card]')
            ?.shadowRoot?.querySelector('[data-testid="hover-card"]')
            ?.classList.contains('card--dark'),
        undefined,
      );
      await dark.screenshot(`${SCREENSHOT_DIR}/${name}-card-dark.png`);
      await dark.press('Escape');
      await article.bringToFront();
    });

    it('follows a dark system in the popup', async () => {
      const darkSystem = await launch({ colorScheme: 'dark' });
      try {
        const page = await darkSystem.open(server.urlOf('seed-article'));
        await page.waitFor(() => CSS.highlights.has('newslens-person'), undefined);
        const darkPopup = await darkSystem.openPopup();
        await darkPopup.waitFor(() => document.querySelector('[data-testid="headline"]'), undefined);
        expect(
          await darkPopup.evaluate(
            () => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
            undefined,
          ),
        ).toBe(POPUP_DARK_BACKGROUND);
        await darkPopup.screenshot(`${SCREENSHOT_DIR}/${name}-popup-dark.png`);
      } finally {
        await darkSystem.close();
      }
    });

    it('reads again when a single-page app swaps the story and pushes a new URL', async () => {
      await article.evaluate(replaceText, ['Vladimir Putin', 'Angela Merkel'] as [string, string]);
      await article.evaluate(replaceText, ['Putin', 'Merkel'] as [string, string]);
      await article.evaluate(() => history.pushState({}, '', `${location.pathname}?story=2`), undefined);
      await article.waitFor(personPainted, 'Angela Merkel');
    });

    it('reads again when the story is swapped in place, without a URL change', async () => {
      const url = await article.evaluate(() => location.href, undefined);
      await article.evaluate(replaceText, ['Angela Merkel', 'Olaf Scholz'] as [string, string]);
      await article.evaluate(replaceText, ['Merkel', 'Scholz'] as [string, string]);
      await article.waitFor(personPainted, 'Olaf Scholz');
      expect(await article.evaluate(() => location.href, undefined)).toBe(url);
    });

    /** Open a page that is no article: left a while, it has no highlight, and the popup says it is not an article. */
    const openNonArticle = async (slug: string): Promise<{ page: E2EPage; pagePopup: E2EPage }> => {
      const page = await browser.open(server.urlOf(slug));
      await new Promise((done) => setTimeout(done, QUIET_PERIOD_MS));
      expect(await page.evaluate(highlightTexts, undefined)).toEqual({});
      const pagePopup = await browser.openPopup();
      // The popup settles on "not an article", or on a summary where the page was read as one.
      await pagePopup.waitFor(
        () => document.querySelector('[data-testid="not-article"], [data-testid="summary"]'),
        undefined,
      );
      expect(
        await pagePopup.evaluate(() => document.querySelector('[data-testid="not-article"]') !== null, undefined),
        `${slug} is no article`,
      ).toBe(true);
      return { page, pagePopup };
    };

    it('leaves a page that is not an article untouched', async () => {
      const { page, pagePopup } = await openNonArticle('non-article');
      expect(await page.evaluate(domAsServed, undefined)).toMatchObject({ same: true });
      expect(
        await pagePopup.evaluate(() => document.querySelector('[data-testid="read-anyway"]') !== null, undefined),
      ).toBe(true);
      expect(await pagePopup.evaluate(badgeOfReportedTab, undefined), 'no badge on a page that is not an article').toBe(
        '',
      );
      await pagePopup.screenshot(`${SCREENSHOT_DIR}/${name}-popup-not-article.png`);

      // "Read this page anyway": the popup shows what was read, and the page is painted.
      await pagePopup.click('[data-testid="read-anyway"]');
      await pagePopup.waitFor(() => document.querySelector('[data-testid="read-on-request"]'), undefined);
      await page.waitFor(() => [...CSS.highlights.keys()].some((n) => n.startsWith('newslens-')), undefined);
    });

    it('takes no <noscript> image fallback for prose: a section front of lazy pictures is no article', async () => {
      // The browser, running scripts, parses each fallback as text ("<img alt=… src=…>"), where
      // Node sees an image: counted, the cards read as paragraphs of prose here only.
      const { pagePopup } = await openNonArticle('section-lazy-images');
      expect(await pagePopup.evaluate(badgeOfReportedTab, undefined)).toBe('');
    });

    it('says a home page is no article from its address alone, and reads a story its app opens in place', async () => {
      const home = await browser.open(server.homeUrl());
      const homePopup = await browser.openPopup();
      await homePopup.waitFor(() => document.querySelector('[data-testid="not-article"]'), undefined);
      await home.evaluate(openStoryInPlace, server.urlOf('seed-article'));
      await home.waitFor(personPainted, 'Vladimir Putin');
    });
  });
}
