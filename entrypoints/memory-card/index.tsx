/**
 * The card's memory frame: an extension page the story's card holds in a frame, so what the
 * memory knows stays in a document of the extension's origin, out of the story's scripts' reach.
 * The reader makes it, empty (when: entrypoints/reader/memory-frame.ts). On the reader's own
 * hover it is posted a one-time ticket: it asks the background what the memory holds for it and
 * renders `AlsoInReading`; posted no ticket (the card closed), it goes back to empty. A story's
 * link opens it in a new tab.
 *
 * One classic script in a static page (public/memory-card.html), not a module page: the frame
 * may be made as late as the reader's first move, and a module with its shared chunks and style
 * sheet took four fetches before a ticket could be read.
 *
 * The message listener is added as the script runs, before the frame's load event, which is when
 * the reader starts posting: a listener added in a Preact effect would come after the first paint,
 * and in a hidden frame (whose frames the browser may not run) up to 100 ms after it, and a ticket
 * posted meanwhile would be lost.
 */
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { AlsoInReading } from '../../components/AlsoInReading';
import { sendToBackground } from '../../lib/extension/messages';
import { readFrameTicket } from '../../lib/memory/frame-ticket';
import type { AlsoInReading as Answer } from '../../lib/memory/types';

export default defineUnlistedScript(() => {
  const root = document.getElementById('app');

  /** Draw the memory's answer (undefined while asking, or with no ticket). */
  const show = (answer: Answer | null | undefined): void => {
    if (root) render(<AlsoInReading answer={answer} />, root);
  };

  /** The ticket last handed: an answer for an earlier one (a card since closed) is dropped. */
  let latest: string | null = null;

  addEventListener('message', (event) => {
    // Only the story's window holds this frame: a message from any other frame is dropped. This cannot
    // tell the reader from the story's own scripts, which share that window: the ticket is the only
    // authentication (one-time, unguessable, granted only on the reader's own input).
    if (event.source !== window.parent) return;
    const handed = readFrameTicket(event.data);
    if (!handed) return;
    document.documentElement.classList.toggle('dark', handed.scheme === 'dark');
    const { ticket } = handed;
    latest = ticket;
    show(undefined);
    if (!ticket) return;
    const answered = (answer: Answer | null) => {
      if (latest === ticket) show(answer);
    };
    void sendToBackground({ type: 'memory-for-ticket', ticket }).then(answered, () => answered(null));
  });

  show(undefined);
});
