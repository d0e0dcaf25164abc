/**
 * The address of the card's memory frame: the extension page and, in its fragment (never sent
 * anywhere), the one-time ticket and the page's colour scheme. The reader writes it, the frame's
 * page reads it.
 */
import type { PageScheme } from '../paint/page-scheme';

/** The frame's page, web-accessible (wxt.config.ts) so a story's card can hold it. */
export const MEMORY_FRAME_PAGE = '/memory-card.html';

export function memoryFrameAddress(pageUrl: string, ticket: string, scheme: PageScheme): string {
  return `${pageUrl}#${new URLSearchParams({ ticket, scheme })}`;
}

/** The ticket and scheme of the frame's own address; an empty ticket when there is none. */
export function readMemoryFrameAddress(hash: string): { ticket: string; scheme: PageScheme } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { ticket: params.get('ticket') ?? '', scheme: params.get('scheme') === 'dark' ? 'dark' : 'light' };
}
