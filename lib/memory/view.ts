/** How the memory's lists name a story's date and count its stories. */
import type { StoryLink } from './types';

const DATE_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** The story's date as the lists show it: when it was published where it says, else when it was read. */
export function storyDateLabel(story: StoryLink, locale = 'en-GB', timeZone?: string): string {
  const published = story.publishedTime ? Date.parse(story.publishedTime) : Number.NaN;
  const time = Number.isNaN(published) ? story.readAt : published;
  return new Date(time).toLocaleDateString(locale, { ...DATE_FORMAT, timeZone });
}

/** "1 story", "3 stories". */
export function storyCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'story' : 'stories'}`;
}
