/**
 * Who speaks in the story, in one line under its header: how many voices of each kind, and who
 * has the first and the last word. A view: the Analysis's voices come in through props.
 */
import type { Voices } from '../lib/analysis';
import { describeVoices } from '../lib/summary/view';

export interface VoicesRowProps {
  /** `Analysis.voices`; absent in an Analysis made before voices were counted. */
  voices: Voices | undefined;
}

export function VoicesRow({ voices }: VoicesRowProps) {
  const description = describeVoices(voices);
  if (!description) return null;
  return (
    <p class="voices" data-testid="voices">
      <span class="voices__label">Voices</span> {description}
    </p>
  );
}
