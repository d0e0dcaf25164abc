/**
 * Stories from the reading memory as a list: headline, site and date. The headline is a plain
 * link to a new tab, which needs no extension API in the card's frame or the popup; it sends no
 * referrer, so a story's site does not learn where the reader came from.
 */
import type { StoryLink } from '../lib/memory/types';
import { storyDateLabel } from '../lib/memory/view';

export interface StoryLinksProps {
  stories: StoryLink[];
}

export function StoryLinks({ stories }: StoryLinksProps) {
  return (
    <ul class="stories" data-testid="story-links">
      {stories.map((story) => (
        <li key={story.url} class="stories__item">
          <a
            href={story.url}
            class="stories__headline"
            target="_blank"
            rel="noopener noreferrer"
            data-testid="story-headline"
          >
            {story.headline}
          </a>
          <span class="stories__meta">
            {story.site} · {storyDateLabel(story)}
          </span>
        </li>
      ))}
    </ul>
  );
}
