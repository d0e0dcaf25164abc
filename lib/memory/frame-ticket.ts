/**
 * The card's memory frame: the extension page a story's card holds (when it is made and how long
 * it lives: entrypoints/reader/memory-frame.ts), and what the reader hands it. The frame opens
 * empty; on the reader's own hover the reader posts it a one-time ticket (never in its address,
 * which the story's scripts can read), and the frame redeems it with the background. On close the
 * reader posts no ticket, and the frame goes back to empty.
 */
import type { PageScheme } from '../paint/page-scheme';

/** The frame's page, web-accessible (wxt.config.ts) so a story's card can hold it. */
export const MEMORY_FRAME_PAGE = '/memory-card.html';

/** The message's mark, so the frame ignores any other message posted to it. */
const HANDOVER_KIND = 'newslens-memory-ticket';

/** What the reader posts to the frame. */
export interface FrameTicket {
  kind: typeof HANDOVER_KIND;
  /** The one-time ticket to redeem; null: the card closed, show nothing. */
  ticket: string | null;
  /** The page's colour scheme under the card, which the frame wears. */
  scheme: PageScheme;
}

export function frameTicket(ticket: string | null, scheme: PageScheme): FrameTicket {
  return { kind: HANDOVER_KIND, ticket, scheme };
}

/** A message the frame received, as a ticket; null for anything else. */
export function readFrameTicket(data: unknown): FrameTicket | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kind, ticket, scheme } = data as Record<string, unknown>;
  if (kind !== HANDOVER_KIND) return null;
  if (ticket !== null && (typeof ticket !== 'string' || ticket === '')) return null;
  return frameTicket(ticket, scheme === 'dark' ? 'dark' : 'light');
}
