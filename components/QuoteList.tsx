/** Quotes grouped by speaker; each quote is a button that asks to be shown on the page. */
import type { QuoteGroup } from '../lib/summary/view';

export interface QuoteListProps {
  /** From `groupQuotesBySpeaker`: speakers who said more first, unnamed speakers last. */
  groups: QuoteGroup[];
  /** The reader chose a quote: show it on the page. */
  onSelectQuote: (quoteId: string) => void;
}

export function QuoteList({ groups, onSelectQuote }: QuoteListProps) {
  if (groups.length === 0) return null;
  const total = groups.reduce((sum, group) => sum + group.quotes.length, 0);
  return (
    <section class="section" aria-labelledby="quotes-heading" data-testid="quotes">
      <h2 class="section__heading" id="quotes-heading">
        Quotes <span class="section__count">{total}</span>
      </h2>
      {groups.map((group, index) => (
        <div
          class="quote-group"
          key={group.entity?.id ?? group.speaker ?? `unnamed-${index}`}
          data-testid="quote-group"
        >
          <h3 class="quote-group__speaker">
            {group.speaker ?? 'Speaker not named'}
            {group.entity?.role && <span class="quote-group__role"> · {group.entity.role}</span>}
          </h3>
          <ul class="quote-group__quotes">
            {group.quotes.map((quote) => (
              <li key={quote.id}>
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
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
