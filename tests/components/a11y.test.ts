import { describe, expect, it } from 'vitest';
import { expectAccessible } from './a11y';

/** The check the component tests end with must itself catch what it claims to. */
describe('expectAccessible', () => {
  it.each([
    ['an unnamed button', '<button type="button"></button>'],
    ['an unlabelled checkbox', '<input type="checkbox">'],
    ['a dangling aria-labelledby', '<section aria-labelledby="nowhere"></section>'],
    ['duplicate ids', '<p id="a"></p><p id="a"></p>'],
    ['a switch without a state', '<button role="switch">Highlights</button>'],
  ])('fails on %s', (_label, html) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    expect(() => expectAccessible(root)).toThrow();
  });

  it('passes named, labelled controls', () => {
    const root = document.createElement('div');
    root.innerHTML = '<label><input type="checkbox"> People</label><button aria-label="Close">×</button>';
    expect(() => expectAccessible(root)).not.toThrow();
  });
});
