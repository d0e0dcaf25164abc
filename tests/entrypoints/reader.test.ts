import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import reader from '../../entrypoints/reader';
import type { ArticleDetection } from '../../lib/detect';
import { markDetectorStarted, publishDetection, readInPage } from '../../utils/isolated-world';

/** The isolated world's meeting points (see utils/isolated-world.ts), emptied between tests. */
const WORLD_KEYS = ['__newslensReader', '__newslensDetection', '__newslensDetectorStarted'];

const ARTICLE: ArticleDetection = { isArticle: true, score: 0.9, reasons: ['story markup'], lang: 'en' };
const NOT_ARTICLE: ArticleDetection = { isArticle: false, score: 0.1, reasons: ['a section page address'], lang: 'en' };

let send: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  for (const key of WORLD_KEYS) delete (globalThis as Record<string, unknown>)[key];
  history.replaceState(null, '', '/2024/05/a-story');
  document.body.innerHTML = '<article><p>Vladimir Putin met NATO envoys in Moscow on Tuesday.</p></article>';
  // The background finds no story in the copy: the reading ends there.
  send = vi.fn().mockResolvedValue(JSON.stringify(null));
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(send as never);
});

afterEach(() => {
  for (const key of WORLD_KEYS) delete (globalThis as Record<string, unknown>)[key];
});

/** A detector ran in the frame and published what it found at `url` (this address unless told). */
function detectorFound(detection: ArticleDetection, url = location.href): void {
  markDetectorStarted();
  publishDetection({ url, detection });
}

/** The messages the reader sent the background, by type. */
function sentTypes(): string[] {
  return send.mock.calls.map(([message]) => (message as { type: string }).type);
}

it('starts reading an article the detector found at this address as it is injected, with no call to start it', async () => {
  detectorFound(ARTICLE);
  expect(reader.main()).toEqual({ styled: true });
  await vi.waitFor(() => expect(sentTypes()).toContain('extract-page'));
});

it('joins the reading it started as injected when the popup asks to read the page anyway', async () => {
  detectorFound(ARTICLE);
  reader.main();
  const state = JSON.parse((await readInPage(true))!);
  expect(state.status).toBe('done');
  expect(sentTypes().filter((type) => type === 'extract-page')).toHaveLength(1);
});

it('waits to be asked on a page the detector did not take for an article, then reads as forced', async () => {
  detectorFound(NOT_ARTICLE);
  expect(reader.main()).toEqual({ styled: true });
  await new Promise((done) => setTimeout(done, 20));
  expect(sentTypes()).toEqual([]);
  const state = JSON.parse((await readInPage(true))!);
  expect(sentTypes()).toContain('extract-page');
  expect(state.status).toBe('done');
});

it('says the frame has no style sheet where no detector ran, and waits to be asked', async () => {
  expect(reader.main()).toEqual({ styled: false });
  await new Promise((done) => setTimeout(done, 20));
  expect(sentTypes()).toEqual([]);
});

it('starts reading where the page moved on since the detector found an article, detecting anew', async () => {
  const paragraph = `<p>${'Officials met in the capital on Tuesday to talk about the budget and the roads. '.repeat(5)}</p>`;
  document.body.innerHTML = `<article>${paragraph.repeat(4)}</article>`;
  detectorFound(ARTICLE, `${location.origin}/an-earlier-story`);
  expect(reader.main()).toEqual({ styled: true });
  await vi.waitFor(() => expect(sentTypes()).toContain('extract-page'));
});

it('keeps the first reader of a frame injected twice, which says the style sheet is there', async () => {
  detectorFound(ARTICLE);
  reader.main();
  expect(reader.main()).toEqual({ styled: true });
  await vi.waitFor(() => expect(sentTypes()).toContain('extract-page'));
  expect(sentTypes().filter((type) => type === 'extract-page')).toHaveLength(1);
});
