import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MIN_CHANGED_CHARS,
  articleContainer,
  changedLength,
  createContentWatch,
} from '../../entrypoints/reader/content-watch';

/** The settle time the tests give the watch, in ms (fake timers: any value works). */
const SETTLE_MS = 800;

const STORY = 'Putin met Xi in Moscow on Tuesday, and the two leaders spoke of a new era.';
const OTHER_STORY = 'Merkel met Macron in Berlin on Friday to talk about the budget of the union.';

let page: HTMLElement;
let article: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  page = document.createElement('main');
  article = document.createElement('article');
  article.append(Object.assign(document.createElement('p'), { textContent: STORY }));
  page.append(article);
  document.body.append(page);
});

afterEach(() => {
  page.remove();
  vi.useRealTimers();
});

function makeWatch() {
  const onChange = vi.fn();
  const watch = createContentWatch({
    setTimeout: (fn, ms) => window.setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id) => window.clearTimeout(id),
    settleMs: SETTLE_MS,
    onChange,
  });
  watch.watch(article);
  return { watch, onChange };
}

/** Let the observer's callback run, then the settle timer. */
async function settle(): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(SETTLE_MS + 1);
}

describe('createContentWatch', () => {
  it.each([
    [
      'text edited in place',
      () => {
        article.firstChild!.firstChild!.textContent = OTHER_STORY;
      },
    ],
    [
      'a paragraph added',
      () => {
        article.append(Object.assign(document.createElement('p'), { textContent: OTHER_STORY }));
      },
    ],
    [
      'the container replaced whole',
      () => {
        article.replaceWith(Object.assign(document.createElement('article'), { textContent: 'New.' }));
      },
    ],
  ])('asks for a new reading once the page settles after %s', async (_label, mutate) => {
    const { onChange } = makeWatch();
    mutate();
    await Promise.resolve();
    expect(onChange).not.toHaveBeenCalled();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stays quiet when the mutations leave the article text as it was, or tick a clock in it', async () => {
    const { onChange } = makeWatch();
    const paragraph = article.firstElementChild!;
    paragraph.replaceWith(paragraph.cloneNode(true));
    page.append(document.createElement('aside'));
    const clock = Object.assign(document.createElement('time'), { textContent: '10:41' });
    article.append(clock);
    await settle();
    clock.textContent = '10:42';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('waits for a burst of mutations to end, then asks once', async () => {
    const { onChange } = makeWatch();
    for (let step = 0; step < 5; step += 1) {
      article.append(document.createTextNode(` ${OTHER_STORY}`));
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(SETTLE_MS / 2);
    }
    expect(onChange).not.toHaveBeenCalled();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('sees nothing after stop', async () => {
    const { watch, onChange } = makeWatch();
    article.append(document.createTextNode(OTHER_STORY));
    watch.stop();
    await settle();
    article.append(document.createTextNode(OTHER_STORY));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('changedLength', () => {
  it.each([
    ['same', 'abc', 'abc', 0],
    ['one character edited', 'at 10:41 today', 'at 10:42 today', 1],
    ['a word inserted', 'Putin met Xi', 'Putin then met Xi', 5],
    ['all new', 'abc', 'xyz', 3],
    ['appended', 'ab', 'abab', 2],
  ])('%s', (_label, before, after, expected) => {
    expect(changedLength(before, after)).toBe(expected);
  });

  it('counts a story swap as a change', () => {
    expect(changedLength(STORY, OTHER_STORY)).toBeGreaterThanOrEqual(MIN_CHANGED_CHARS);
  });
});

describe('articleContainer', () => {
  it('is the common ancestor of the first and last characters that have DOM text', () => {
    const paragraph = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
    const first = paragraph('Putin met Xi.');
    const second = paragraph('Talks went on.');
    article.replaceChildren(first, second);
    const points = [
      null,
      { node: first.firstChild as Text, offset: 0 },
      { node: second.firstChild as Text, offset: 3 },
      null,
    ];
    expect(articleContainer((index) => points[index] ?? null, points.length)).toBe(article);
  });

  it('is null when no character has DOM text', () => {
    expect(articleContainer(() => null, 3)).toBeNull();
  });
});
