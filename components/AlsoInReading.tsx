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
  if (answer === undefined) return <Note title="Looking…" />;
  if (answer === null) return <Note title="Nothing to show." />;
  if (answer.stories.length === 0) {
    return <Note title="Not in your other reading yet." hint={whatWillShow(answer)} testId="memory-empty" />;
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

/**
 * A part with no stories to list: its note in the middle of the part's fixed height (the card's
 * size must not tell the page whether there is a history), so the part looks finished, not cut.
 */
function Note({ title, hint, testId }: { title: string; hint?: string; testId?: string }) {
  return (
    <div class="memory__note" data-testid={testId}>
      <p class="memory__note-title">{title}</p>
      {hint && <p class="memory__note-hint">{hint}</p>}
    </div>
  );
}

/** What the part will show of this entity once another story names it. */
function whatWillShow({ name, type }: Answer): string {
  const quoted = type === 'place' ? '' : ', with what they were last quoted saying';
  return `Other stories you read that name ${name} will appear here${quoted}. Kept on this computer only.`;
}
