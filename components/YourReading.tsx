/**
 * The popup's "Your reading": the people, places and organizations met in the most stories over
 * the last days, each with its stories (each a link to a new tab). A view: the popup asks the
 * background for the overview.
 */
import type { ReadingEntity, ReadingOverview } from '../lib/memory/types';
import { storyCountLabel } from '../lib/memory/view';
import { StoryLinks } from './StoryLinks';

/** What the popup knows of the reading memory. */
export type ReadingContent =
  /** Still asking the background. */
  | { kind: 'loading' }
  /** The memory is off (it could not open); highlights, cards and the popup work without it. */
  | { kind: 'off'; reason: string | null }
  | { kind: 'overview'; overview: ReadingOverview };

export interface YourReadingProps {
  reading: ReadingContent;
}

const SECTIONS: Array<{ key: 'people' | 'places' | 'organizations'; heading: string }> = [
  { key: 'people', heading: 'People' },
  { key: 'places', heading: 'Places' },
  { key: 'organizations', heading: 'Organizations' },
];

export function YourReading({ reading }: YourReadingProps) {
  if (reading.kind === 'loading') return <p class="reading__intro">Looking through your reading…</p>;
  if (reading.kind === 'off') {
    return (
      <p class="notice" data-testid="memory-off">
        Memory is off{reading.reason ? ` (${reading.reason})` : ''}. Highlights, cards and this summary work without it.
      </p>
    );
  }
  const { overview } = reading;
  if (overview.storyCount === 0) {
    return (
      <p class="reading__intro" data-testid="reading-intro">
        No story read in the last {overview.days} days. Read a news article, and the people, places and organizations in
        it show here, with the stories you met them in.
      </p>
    );
  }
  return (
    <section aria-label="Your reading" data-testid="your-reading">
      <p class="reading__intro" data-testid="reading-intro">
        {storyCountLabel(overview.storyCount)} read in the last {overview.days} days, kept on this computer.
      </p>
      {SECTIONS.map(({ key, heading }) =>
        overview[key].length > 0 ? (
          <section key={key} class="section" aria-label={heading}>
            <h2 class="section__heading">{heading}</h2>
            {overview[key].map((entity) => (
              <ReadingItem key={entity.name} entity={entity} />
            ))}
          </section>
        ) : null,
      )}
    </section>
  );
}

function ReadingItem({ entity }: { entity: ReadingEntity }) {
  return (
    <div class="reading__entity" data-testid="reading-entity">
      <span class="reading__name">{entity.name}</span>{' '}
      <span class="reading__count">{storyCountLabel(entity.stories.length)}</span>
      <StoryLinks stories={entity.stories} />
    </div>
  );
}
