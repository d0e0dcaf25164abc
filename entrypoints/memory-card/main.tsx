/**
 * The card's memory frame: an extension page the story's card holds in a frame, so what the
 * memory knows stays in a document of the extension's origin, out of the story's scripts' reach.
 * The reader makes it once per story, empty, ahead of any hover. On the reader's own hover it is
 * posted a one-time ticket: it asks the background what the memory holds for it and renders
 * `AlsoInReading`; posted no ticket (the card closed), it goes back to empty. A story's link opens
 * it in a new tab.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../assets/memory-card.css';
import { AlsoInReading } from '../../components/AlsoInReading';
import { sendToBackground } from '../../lib/extension/messages';
import { readFrameTicket } from '../../lib/memory/frame-ticket';
import type { AlsoInReading as Answer } from '../../lib/memory/types';

function App() {
  const [answer, setAnswer] = useState<Answer | null | undefined>(undefined);
  useEffect(() => {
    // The ticket last handed: an answer for an earlier one (a card since closed) is dropped.
    let latest: string | null = null;
    const onMessage = (event: MessageEvent) => {
      // Only the story's window holds this frame; a message from any other frame is not the reader's.
      if (event.source !== window.parent) return;
      const handed = readFrameTicket(event.data);
      if (!handed) return;
      document.documentElement.classList.toggle('dark', handed.scheme === 'dark');
      const { ticket } = handed;
      latest = ticket;
      setAnswer(undefined);
      if (!ticket) return;
      const show = (shown: Answer | null) => {
        if (latest === ticket) setAnswer(shown);
      };
      void sendToBackground({ type: 'memory-for-ticket', ticket }).then(show, () => show(null));
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, []);
  return <AlsoInReading answer={answer} />;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
