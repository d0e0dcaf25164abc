/**
 * Stories from the reading memory as a list: headline (a link that opens the story), site and
 * date. A view: the page holding it opens the story through `onOpenStory`.
 */
import type { StoryLink } from '../lib/memory/types';
import { storyDateLabel } from '../lib/memory/view';

export interface StoryLinksProps {
  stories: StoryLink[];
  /** Open the story (in a new tab). */
  onOpenStory: (url: string) => void;
}

export function StoryLinks({ stories, onOpenStory }: StoryLinksProps) {
  return (
    <ul class="stories" data-testid="story-links">
      {stories.map((story) => (
        <li key={story.url} class="stories__item">
          <a
            href={story.url}
            class="stories__headline"
            data-testid="story-headline"
            onClick={(event) => {
              event.preventDefault();
              onOpenStory(story.url);
            }}
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
