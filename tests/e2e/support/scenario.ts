/**
 * What the built extension must do in a real browser, written once for both browsers: the seed
 * article lights up, hovering a name opens its card (beside the word, closed by Escape), the popup
 * shows the story, the non-article page stays untouched, and switching highlights off leaves the
 * page's DOM exactly as the page itself would have it. Screenshots go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const SCREENSHOT_DIR = 'test-results';

/** How long the seed article may take from load to painted highlights (detect, extract, NLP) in ms. */
const PAINT_TIMEOUT_MS = 30_000;
/** A card must appear within this after the pointer reaches the word, in ms (the aim is < 100 ms; CI machines are slow). */
const CARD_TIMEOUT_MS = 2_000;
/** A URL change is noticed within ~1 s (WXT polls), then the page settles before it is read again, in ms. */
const SPA_TIMEOUT_MS = 10_000;
/** How long the non-article page is watched for highlights that should never come, in ms. */
const QUIET_PERIOD_MS = 2_500;

/** Names the highlight registry must hold, and text each must cover on the seed article. */
const EXPECTED_HIGHLIGHTS: Array<{ name: string; text: string }> = [
  { name: 'newslens-person', text: 'Vladimir Putin' },
  { name: 'newslens-place', text: 'Moscow' },
  { name: 'newslens-organization', text: 'NATO' },
];

interface CardState {
  name: string;
  type: string;
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

/** In the page: scroll the first person range reading exactly `text` into view; its first line box. */
function personRangeBox(text: string): { x: number; y: number; top: number; bottom: number; left: number; right: number } | null {
  const highlight = CSS.highlights.get('newslens-person');
  const range = [...(highlight ?? [])].find((r) => r.toString() === text) as Range | undefined;
  if (!range) return null;
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  if (!rect) return null;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
}

/** In the page: the open hover card, read through its open shadow root. */
function openCard(): CardState | null {
  const card = document.querySelector('newslens-card')?.shadowRoot?.querySelector('[data-testid="hover-card"]');
  if (!card || getComputedStyle(card).visibility === 'hidden') return null;
  const rect = card.getBoundingClientRect();
  return {
    name: card.querySelector('[data-testid="card-name"]')?.textContent ?? '',
    type: card.querySelector('[data-testid="card-type"]')?.textContent ?? '',
    card: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right },
  };
}

/** In the page: does the live DOM equal the page's own HTML parsed afresh (fixtures run no scripts)? */
async function domAsServed(): Promise<{ same: boolean; live: number; served: number }> {
  const html = await (await fetch(location.href)).text();
  const served = new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
  const live = document.documentElement.outerHTML;
  return { same: live === served, live: live.length, served: served.length };
}

export function describeExtension(name: string, launch: () => Promise<E2EBrowser>): void {
  describe(`NewsLens in ${name}`, () => {
    let browser: E2EBrowser;
    let server: FixtureServer;
    let article: E2EPage;
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
        PAINT_TIMEOUT_MS,
      );
      const texts = await article.evaluate(highlightTexts, undefined);
      for (const { name: highlight, text } of EXPECTED_HIGHLIGHTS) expect(texts[highlight]).toContain(text);
      await article.screenshot(`${SCREENSHOT_DIR}/${name}-page.png`);
    });

    it('opens a card naming Vladimir Putin beside the word when "Putin" is hovered', async () => {
      const word = await article.evaluate(personRangeBox, 'Putin');
      expect(word, 'a person highlight reading "Putin"').not.toBeNull();
      const started = Date.now();
      await article.mouseMove(word!.x, word!.y);
      await article.waitFor(() => Boolean(document.querySelector('newslens-card')?.shadowRoot
        ?.querySelector('[data-testid="hover-card"]')), undefined, CARD_TIMEOUT_MS);
      const elapsed = Date.now() - started;
      console.info(`${name}: the card was up ${elapsed} ms after the pointer reached the word (driver round trips included)`);
      const card = await article.evaluate(openCard, undefined);
      expect(card?.name).toBe('Vladimir Putin');
      expect(card?.type).toBe('Person');
      const overlaps = card!.card.left < word!.right && card!.card.right > word!.left
        && card!.card.top < word!.bottom && card!.card.bottom > word!.top;
      expect(overlaps, 'the card covers the word').toBe(false);
      expect(elapsed).toBeLessThan(CARD_TIMEOUT_MS);
      await article.screenshot(`${SCREENSHOT_DIR}/${name}-card.png`);
    });

    it('steps to the next mention from the card', async () => {
      const mentionNumber = () => {
        const text = document.querySelector('newslens-card')?.shadowRoot?.querySelector('[data-testid="card-mentions"]')?.textContent ?? '';
        return Number(/this is (\d+) of/.exec(text)?.[1] ?? 0);
      };
      const before = await article.evaluate(mentionNumber, undefined);
      expect(before).toBeGreaterThan(0);
      await article.evaluate(() => {
        document.querySelector('newslens-card')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="card-next"]')?.click();
      }, undefined);
      await article.waitFor((expected: number) => {
        const text = document.querySelector('newslens-card')?.shadowRoot?.querySelector('[data-testid="card-mentions"]')?.textContent ?? '';
        return text.includes(`this is ${expected} of`);
      }, before + 1, CARD_TIMEOUT_MS);
      expect((await article.evaluate(openCard, undefined))?.name).toBe('Vladimir Putin');
    });

    it('closes the card on Escape', async () => {
      await article.press('Escape');
      await article.waitFor(() => !document.querySelector('newslens-card')?.shadowRoot
        ?.querySelector('[data-testid="hover-card"]'), undefined, CARD_TIMEOUT_MS);
      expect(await article.evaluate(openCard, undefined)).toBeNull();
    });

    it('opens a card from the keyboard: a caret placed in a mention (caret browsing) shows it', async () => {
      await article.evaluate(() => {
        const range = [...(CSS.highlights.get('newslens-place') ?? [])].find((r) => r.toString() === 'Moscow') as Range | undefined;
        if (range) document.getSelection()?.collapse(range.startContainer, range.startOffset + 1);
      }, undefined);
      await article.waitFor(() => document.querySelector('newslens-card')?.shadowRoot
        ?.querySelector('[data-testid="card-name"]')?.textContent === 'Moscow', undefined, CARD_TIMEOUT_MS);
      expect((await article.evaluate(openCard, undefined))?.type).toBe('Place');
      await article.press('Escape');
      await article.evaluate(() => document.getSelection()?.removeAllRanges(), undefined);
    });

    it('lists the headline and the people in the popup', async () => {
      await article.bringToFront();
      const popup = await browser.openPopup();
      await popup.waitFor(() => document.querySelector('[data-testid="headline"]'), undefined, PAINT_TIMEOUT_MS);
      const shown = await popup.evaluate(() => ({
        headline: document.querySelector('[data-testid="headline"]')?.textContent ?? '',
        people: [...document.querySelectorAll('[data-testid="entities-person"] .entity__name')].map((e) => e.textContent),
      }), undefined);
      expect(shown.headline).toContain('China, Russia hail');
      expect(shown.people).toContain('Vladimir Putin');
      await popup.screenshot(`${SCREENSHOT_DIR}/${name}-popup.png`);
      await popup.screenshot(`${SCREENSHOT_DIR}/${name}-popup-full.png`, true);

      // Choosing an organization in the popup flashes it on the page.
      await popup.click('[data-testid="entities-organization"] [data-testid="entity"]');
      await article.waitFor(() => CSS.highlights.has('newslens-flash'), undefined, CARD_TIMEOUT_MS);

      // The site switch: highlights off takes every highlight and the card's host off the page.
      await popup.click('[data-testid="highlights-switch"]');
      await article.bringToFront();
      await article.waitFor(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('newslens-')), undefined, CARD_TIMEOUT_MS);
      const dom = await article.evaluate(domAsServed, undefined);
      expect(dom, 'the DOM after highlights off equals the served page').toMatchObject({ same: true });
      await popup.click('[data-testid="highlights-switch"]');
      await article.waitFor(() => CSS.highlights.has('newslens-person'), undefined, CARD_TIMEOUT_MS);
    });

    it('reads again when a single-page app swaps the story and pushes a new URL', async () => {
      await article.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          node.textContent = (node.textContent ?? '').replaceAll('Vladimir Putin', 'Angela Merkel').replaceAll('Putin', 'Merkel');
        }
        history.pushState({}, '', `${location.pathname}?story=2`);
      }, undefined);
      await article.waitFor(() => [...(CSS.highlights.get('newslens-person') ?? [])]
        .some((range) => range.toString() === 'Angela Merkel'), undefined, SPA_TIMEOUT_MS);
    });

    it('leaves a page that is not an article untouched', async () => {
      const page = await browser.open(server.urlOf('non-article'));
      await new Promise((done) => setTimeout(done, QUIET_PERIOD_MS));
      expect(await page.evaluate(highlightTexts, undefined)).toEqual({});
      expect(await page.evaluate(domAsServed, undefined)).toMatchObject({ same: true });
      const popup = await browser.openPopup();
      await popup.waitFor(() => document.querySelector('[data-testid="not-article"]'), undefined, PAINT_TIMEOUT_MS);
      expect(await popup.evaluate(() => document.querySelector('[data-testid="read-anyway"]') !== null, undefined)).toBe(true);
      await popup.screenshot(`${SCREENSHOT_DIR}/${name}-popup-not-article.png`);

      // "Read this page anyway": the popup shows what was read, and the page is painted.
      await popup.click('[data-testid="read-anyway"]');
      await popup.waitFor(() => document.querySelector('[data-testid="read-on-request"]'), undefined, PAINT_TIMEOUT_MS);
      await page.waitFor(() => [...CSS.highlights.keys()].some((n) => n.startsWith('newslens-')), undefined, CARD_TIMEOUT_MS);
    });
  });
}
