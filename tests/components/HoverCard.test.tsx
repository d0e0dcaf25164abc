import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_QUOTE_LIMIT, HoverCard, type CardSubject } from '../../components/HoverCard';
import type { PageScheme } from '../../lib/paint/page-scheme';
import { quotesBy } from '../../lib/summary/view';
import { expectAccessible } from './a11y';
import { cleanup, click, renderView } from './render';
import { sampleAnalysis } from './sample-analysis';

afterEach(cleanup);

const analysis = sampleAnalysis();
const putin = analysis.entities[0]!;

function renderCard(
  subject: CardSubject,
  position: { top: number; left: number; maxHeight: number } | null = { top: 10, left: 20, maxHeight: 300 },
  scheme: PageScheme = 'light',
) {
  const onStep = vi.fn();
  const onClose = vi.fn();
  const root = renderView(
    <HoverCard subject={subject} scheme={scheme} position={position} onStep={onStep} onClose={onClose} />,
  );
  const card = root.querySelector<HTMLElement>('[data-testid="hover-card"]')!;
  return { root, card, onStep, onClose };
}

const text = (root: HTMLElement, testId: string) =>
  root.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null;

describe('HoverCard for an entity', () => {
  const subject: CardSubject = { kind: 'entity', entity: putin, mentionIndex: 0, quotes: quotesBy(analysis, putin.id) };

  it('names the entity, its type, role and mentions, and what it said', () => {
    const { root, card } = renderCard(subject);
    expect(text(root, 'card-name')).toBe('Vladimir Putin');
    expect(text(root, 'card-type')).toBe('Person');
    expect(text(root, 'card-role')).toBe('President of Russia');
    expect(text(root, 'card-mentions')).toBe('2 mentions in this story · this is 1 of 2');
    expect([...root.querySelectorAll('[data-testid="card-quotes"] q')].map((q) => q.textContent)).toEqual([
      'We are ready,',
      'Talks go on,',
    ]);
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Vladimir Putin');
    expect(card.style.top).toBe('10px');
    expectAccessible(root);
  });

  it('steps between mentions, with no step past either end', () => {
    const { root, onStep } = renderCard(subject);
    expect(root.querySelector<HTMLButtonElement>('[data-testid="card-previous"]')?.disabled).toBe(true);
    click(root.querySelector('[data-testid="card-next"]'));
    // A script's click (as here) is not the reader's own: the card says so with the step.
    expect(onStep).toHaveBeenCalledWith(1, false);
  });

  it('keeps a slot at its foot for the memory frame it is given, and owns that frame; none otherwise', () => {
    const plain = renderCard(subject).root;
    expect(plain.querySelector('[data-testid="card-memory"]')).toBeNull();
    expect(plain.querySelector('[data-testid="hover-card"]')?.hasAttribute('aria-owns')).toBe(false);
    const root = renderView(
      <HoverCard
        subject={subject}
        scheme="light"
        position={null}
        memoryFrame="memory-frame-id"
        onStep={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const card = root.querySelector('[data-testid="hover-card"]');
    expect(card?.getAttribute('aria-owns')).toBe('memory-frame-id');
    // The slot is the card's last part, after what the story says (which scrolls in a short window).
    expect(card?.lastElementChild?.getAttribute('data-testid')).toBe('card-memory');
    expect(card?.lastElementChild?.children.length).toBe(0);
  });

  it('closes from its close button', () => {
    const { root, onClose } = renderCard(subject);
    click(root.querySelector('[data-testid="card-close"]'));
    expect(onClose).toHaveBeenCalled();
  });

  it('lists at most a few quotes and points to the popup for the rest', () => {
    const many = Array.from({ length: CARD_QUOTE_LIMIT + 2 }, (_, i) => ({ ...analysis.quotes[0]!, id: `m${i}` }));
    const { root } = renderCard({ ...subject, quotes: many });
    expect(root.querySelectorAll('[data-testid="card-quotes"] li')).toHaveLength(CARD_QUOTE_LIMIT);
    expect(root.textContent).toContain('and 2 more in the popup');
  });

  it('stays invisible while it is measured', () => {
    const { card } = renderCard(subject, null);
    expect(card.style.visibility).toBe('hidden');
  });

  it.each([
    ['light', false],
    ['dark', true],
  ] as const)('follows a %s page', (scheme, dark) => {
    const { card } = renderCard(subject, undefined, scheme);
    expect(card.classList.contains('card--dark')).toBe(dark);
  });

  it('leaves out the steps for a single mention', () => {
    const moscow = analysis.entities[2]!;
    const { root } = renderCard({ kind: 'entity', entity: moscow, mentionIndex: 0, quotes: [] });
    expect(root.querySelector('[data-testid="card-next"]')).toBeNull();
    expect(text(root, 'card-mentions')).toBe('1 mention in this story');
  });
});

describe('HoverCard for a quote', () => {
  it('names the speaker and the cue', () => {
    const { root } = renderCard({ kind: 'quote', quote: analysis.quotes[2]!, speaker: analysis.entities[1]! });
    expect(text(root, 'card-type')).toBe('Quote');
    expect(text(root, 'card-name')).toBe('Antony Blinken');
    expect(text(root, 'card-cue')).toBe('called · quoted phrase');
    expectAccessible(root);
  });

  it('says when nobody is named', () => {
    const { root } = renderCard({ kind: 'quote', quote: analysis.quotes[3]!, speaker: null });
    expect(text(root, 'card-name')).toBe('Speaker not named');
  });
});
