/**
 * The options page: reads the settings' storage items, renders `OptionsForm`, and writes each
 * change at once; open pages pick it up through the items' watchers.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../assets/popup.css';
import { OptionsForm } from '../../components/OptionsForm';
import {
  ALL_KINDS_ON,
  highlightKinds,
  parseSiteList,
  readingMode,
  skippedSites,
  type ReadingMode,
} from '../../lib/extension/settings';
import type { HighlightKinds } from '../../lib/paint/highlight';

function App() {
  const [kinds, setKinds] = useState<HighlightKinds>(ALL_KINDS_ON);
  const [mode, setMode] = useState<ReadingMode>('automatic');
  const [sitesText, setSitesText] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      setKinds(await highlightKinds.getValue());
      setMode(await readingMode.getValue());
      setSitesText((await skippedSites.getValue()).join('\n'));
    })();
  }, []);

  const saved = (promise: Promise<void>) =>
    void promise.then(
      () => setStatus('Saved'),
      () => setStatus('Saving failed'),
    );

  return (
    <OptionsForm
      kinds={kinds}
      onKindChange={(kind, on) => {
        const next = { ...kinds, [kind]: on };
        setKinds(next);
        saved(highlightKinds.setValue(next));
      }}
      mode={mode}
      onModeChange={(next) => {
        setMode(next);
        saved(readingMode.setValue(next));
      }}
      skippedSitesText={sitesText}
      onSkippedSitesChange={(text) => {
        setSitesText(text);
        saved(skippedSites.setValue(parseSiteList(text)));
      }}
      status={status}
    />
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
