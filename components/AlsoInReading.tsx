/**
 * "Also in your reading": the card's memory part, drawn in the extension's own page inside the
 * card (entrypoints/memory-card/), never in the story's document. The other stories where the
 * entity appeared, and the latest thing one of them quoted it saying.
 */
import type { AlsoInReading as Answer } from '../lib/memory/types';
import { StoryLinks } from './StoryLinks';

export interface AlsoInReadingProps {
  /** The memory's answer; null when it has none (memory off, or a used ticket); undefined while asking. */
  answer: Answer | null | undefined;
}

export function AlsoInReading({ answer }: AlsoInReadingProps) {
  return (
    <section class="memory" aria-label="Also in your reading" data-testid="also-in-reading">
      <p class="memory__label">Also in your reading</p>
      <AnswerBody answer={answer} />
    </section>
  );
}

function AnswerBody({ answer }: AlsoInReadingProps) {
  if (answer === undefined) return <p class="memory__note">Looking…</p>;
  if (answer === null) return <p class="memory__note">Nothing to show.</p>;
  if (answer.stories.length === 0) {
    return (
      <p class="memory__note" data-testid="memory-empty">
        Not in your other reading yet.
      </p>
    );
  }
  return (
    <>
      {answer.latestQuote && (
        <p class="memory__quote" data-testid="memory-latest-quote">
          <q>{answer.latestQuote.text}</q> <span class="memory__source">in {answer.latestQuote.story.headline}</span>
        </p>
      )}
      <StoryLinks stories={answer.stories} />
    </>
  );
}
