import { afterEach, describe, expect, it } from 'vitest';
import { pageChangeCount, watchPageChanges } from '../../tooling/browser/in-page';

/** Mutation records come in a microtask: let them. */
const recordsDelivered = () => new Promise((done) => setTimeout(done, 0));

describe('watchPageChanges (the corpus control after highlights go off)', () => {
  afterEach(() => {
    for (const element of document.querySelectorAll('[data-test-page]')) element.remove();
  });

  it('counts the page’s own changes, not a value set to what it was nor NewsLens’s card host', async () => {
    const story = document.createElement('p');
    story.setAttribute('data-test-page', '');
    story.setAttribute('class', 'lazy');
    story.textContent = 'A story.';
    document.body.append(story);
    watchPageChanges();
    story.setAttribute('class', 'lazy');
    const host = document.createElement('div');
    host.setAttribute('data-newslens-card', '');
    document.documentElement.append(host);
    host.remove();
    await recordsDelivered();
    expect(pageChangeCount()).toBe(0);
    story.setAttribute('class', 'lazyloaded');
    await recordsDelivered();
    expect(pageChangeCount()).toBe(1);
    story.append(document.createElement('img'));
    await recordsDelivered();
    expect(pageChangeCount()).toBe(2);
  });
});
