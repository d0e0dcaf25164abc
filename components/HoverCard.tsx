/**
 * The card shown next to a highlighted mention or quote. It renders inside the content script's
 * open shadow root, so page CSS cannot reach it; sizes are in px so the page's root font size
 * cannot resize it. A view: the content script positions it and handles its callbacks.
 * "Also in your reading" is not drawn here: it is a frame of the extension's own page, whose
 * content the page's scripts cannot read (they can read this root). The card keeps its place, a
 * slot of fixed height at its foot that never scrolls away, and the reader lays the frame over it.
 */
import type { Entity, Quote } from '../lib/analysis';
import type { PageScheme } from '../lib/paint/page-scheme';
import { ENTITY_TYPE_LABELS, countLabel } from '../lib/summary/view';

/** What the card is about. */
export type CardSubject =
  /** A mention of an entity: which one of its mentions, and what the entity said in the story. */
  | { kind: 'entity'; entity: Entity; mentionIndex: number; quotes: Quote[] }
  /** A quote outside any entity mention, and its speaker's entity where known. */
  | { kind: 'quote'; quote: Quote; speaker: Entity | null };

export interface HoverCardProps {
  subject: CardSubject;
  /** The page's scheme under the card: the card is light on a light page, dark on a dark one. */
  scheme: PageScheme;
  /** Viewport position from `placeCard`; null while the card is being measured (kept invisible). */
  position: { top: number; left: number; maxHeight: number } | null;
  /**
   * The id of the memory frame the card's slot is for ("Also in your reading"), in the same shadow
   * root; null for a card without its memory part.
   */
  memoryFrame?: string | null;
  /** Step to the entity's previous or next mention in the story; `trusted`: the reader clicked. */
  onStep: (direction: -1 | 1, trusted: boolean) => void;
  onClose: () => void;
}

/** Quotes listed on a card before "and N more": a card is a glance, the popup has them all. */
export const CARD_QUOTE_LIMIT = 3;

export function HoverCard({ subject, scheme, position, memoryFrame, onStep, onClose }: HoverCardProps) {
  const style = position
    ? { top: `${position.top}px`, left: `${position.left}px`, maxHeight: `${position.maxHeight}px` }
    : { top: '0px', left: '0px', visibility: 'hidden' };
  const type = subject.kind === 'entity' ? subject.entity.type : 'quote';
  return (
    <div
      class={`card card--${type}${scheme === 'dark' ? ' card--dark' : ''}`}
      role="dialog"
      aria-label={subject.kind === 'entity' ? subject.entity.name : 'Quote'}
      data-testid="hover-card"
      style={style}
      aria-owns={memoryFrame ?? undefined}
    >
      <div class="card__top">
        <span class="card__type" data-testid="card-type">
          {subject.kind === 'entity' ? ENTITY_TYPE_LABELS[subject.entity.type] : 'Quote'}
        </span>
        <button type="button" class="card__close" aria-label="Close" data-testid="card-close" onClick={onClose}>
          ×
        </button>
      </div>
      <div class="card__body">
        {subject.kind === 'entity' ? <EntityBody {...subject} onStep={onStep} /> : <QuoteBody {...subject} />}
      </div>
      {memoryFrame && <div class="card__memory" data-testid="card-memory" />}
    </div>
  );
}

function EntityBody({
  entity,
  mentionIndex,
  quotes,
  onStep,
}: Extract<CardSubject, { kind: 'entity' }> & Pick<HoverCardProps, 'onStep'>) {
  const total = entity.mentions.length;
  const hidden = quotes.length - CARD_QUOTE_LIMIT;
  return (
    <>
      <p class="card__name" data-testid="card-name">
        {entity.name}
      </p>
      {entity.role && (
        <p class="card__role" data-testid="card-role">
          {entity.role}
        </p>
      )}
      <p class="card__meta" data-testid="card-mentions">
        {countLabel(total, 'mention')} in this story{total > 1 ? ` · this is ${mentionIndex + 1} of ${total}` : ''}
      </p>
      {quotes.length > 0 && (
        <div class="card__quotes" data-testid="card-quotes">
          <p class="card__label">Said in this story</p>
          <ul>
            {quotes.slice(0, CARD_QUOTE_LIMIT).map((quote) => (
              <li key={quote.id}>
                <q>{quote.text}</q>
              </li>
            ))}
          </ul>
          {hidden > 0 && <p class="card__more">and {hidden} more in the popup</p>}
        </div>
      )}
      {total > 1 && (
        <div class="card__steps" role="group" aria-label="Mentions">
          <button
            type="button"
            class="card__step"
            data-testid="card-previous"
            disabled={mentionIndex === 0}
            onClick={(event) => onStep(-1, event.isTrusted === true)}
          >
            ‹ Previous
          </button>
          <button
            type="button"
            class="card__step"
            data-testid="card-next"
            disabled={mentionIndex === total - 1}
            onClick={(event) => onStep(1, event.isTrusted === true)}
          >
            Next ›
          </button>
        </div>
      )}
    </>
  );
}

function QuoteBody({ quote, speaker }: Extract<CardSubject, { kind: 'quote' }>) {
  const name = speaker?.name ?? quote.speaker;
  return (
    <>
      <p class="card__name" data-testid="card-name">
        {name ?? 'Speaker not named'}
      </p>
      {speaker?.role && (
        <p class="card__role" data-testid="card-role">
          {speaker.role}
        </p>
      )}
      <p class="card__meta" data-testid="card-cue">
        {quote.cue ? `${quote.cue} · ` : ''}
        {quote.kind === 'direct' ? 'direct quote' : 'quoted phrase'}
      </p>
    </>
  );
}
