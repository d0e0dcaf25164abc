/**
 * Quotes grouped by speaker; each quote is a button that asks to be shown on the page. A speaker's
 * first few quotes are shown, the others one click away, so one talkative source (a profile quotes
 * its subject thirty times) does not push every other voice out of reach.
 */
import type { Quote } from '../lib/analysis';
import { speakerHeading } from '../lib/summary/speaker-heading';
import type { QuoteGroup } from '../lib/summary/view';

export interface QuoteListProps {
  /** From `groupQuotesBySpeaker`: speakers who said more first, unnamed speakers last. */
  groups: QuoteGroup[];
  /** The reader chose a quote: show it on the page. */
  onSelectQuote: (quoteId: string) => void;
}

/** Quotes shown for each speaker before "N more". */
export const QUOTES_SHOWN_PER_SPEAKER = 3;

export function QuoteList({ groups, onSelectQuote }: QuoteListProps) {
  if (groups.length === 0) return null;
  const total = groups.reduce((sum, group) => sum + group.quotes.length, 0);
  const items = (quotes: Quote[]) => (
    <ul class="quote-group__quotes">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <QuoteButton quote={quote} onSelectQuote={onSelectQuote} />
        </li>
      ))}
    </ul>
  );
  return (
    <section class="section" aria-labelledby="quotes-heading" data-testid="quotes">
      <h2 class="section__heading" id="quotes-heading">
        Quotes <span class="section__count">{total}</span>
      </h2>
      {groups.map((group, index) => {
        const more = group.quotes.slice(QUOTES_SHOWN_PER_SPEAKER);
        return (
          <div
            class="quote-group"
            key={group.entity?.id ?? group.speaker ?? `unnamed-${index}`}
            data-testid="quote-group"
          >
            <h3 class="quote-group__speaker">
              {speakerHeading(group)}
              {group.entity?.role && <span class="quote-group__role"> · {group.entity.role}</span>}
            </h3>
            {items(group.quotes.slice(0, QUOTES_SHOWN_PER_SPEAKER))}
            {more.length > 0 && (
              <details class="more more--quotes" data-testid="quotes-more">
                <summary class="more__toggle">{more.length} more</summary>
                {items(more)}
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}

function QuoteButton({ quote, onSelectQuote }: { quote: Quote } & Pick<QuoteListProps, 'onSelectQuote'>) {
  return (
    <button
      type="button"
      class={`quote quote--${quote.kind}`}
      data-testid="quote"
      data-quote-id={quote.id}
      onClick={() => onSelectQuote(quote.id)}
    >
      <q>{quote.text}</q>
      {quote.cue && <span class="quote__cue"> {quote.cue}</span>}
    </button>
  );
}
