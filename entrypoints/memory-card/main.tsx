/**
 * The card's memory frame: an extension page the reader's card holds in a frame, so what the
 * memory knows stays in a document of the extension's origin, out of the story's scripts' reach.
 * It reads the one-time ticket from its address, asks the background what the memory holds for
 * it, and renders `AlsoInReading`; a story's link opens it in a new tab.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../assets/memory-card.css';
import { AlsoInReading } from '../../components/AlsoInReading';
import { sendToBackground } from '../../lib/extension/messages';
import { readMemoryFrameAddress } from '../../lib/memory/frame-address';
import type { AlsoInReading as Answer } from '../../lib/memory/types';

const { ticket, scheme } = readMemoryFrameAddress(location.hash);
document.documentElement.classList.toggle('dark', scheme === 'dark');

function App() {
  const [answer, setAnswer] = useState<Answer | null | undefined>(undefined);
  useEffect(() => {
    if (!ticket) setAnswer(null);
    else void sendToBackground({ type: 'memory-for-ticket', ticket }).then(setAnswer, () => setAnswer(null));
  }, []);
  return <AlsoInReading answer={answer} />;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
