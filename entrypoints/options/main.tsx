/**
 * The options page: reads the settings' storage items, renders `OptionsForm`, and writes each
 * change at once; open pages pick it up through the items' watchers. The reading memory's
 * actions (forget, export) go to the background, which owns the database.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../assets/popup.css';
import { OptionsForm } from '../../components/OptionsForm';
import { fromJson, sendToBackground } from '../../lib/extension/messages';
import type { MemoryStatus } from '../../lib/memory/types';
import {
  ALL_KINDS_ON,
  highlightKinds,
  memoryKeepDays,
  memoryPaused,
  readingMode,
  skippedSites,
} from '../../lib/extension/settings';
import { normalizeSite, parseKeepDays, parseSiteList, type ReadingMode } from '../../lib/extension/setting-values';
import type { HighlightKinds } from '../../lib/paint/highlight';

/** The memory's state as the background tells it; off (with why) when the background cannot say. */
async function memoryStatus(): Promise<MemoryStatus> {
  try {
    return await sendToBackground({ type: 'memory-status' });
  } catch (error) {
    return { on: false, paused: false, reason: String(error), stories: 0 };
  }
}

/**
 * How long the export's object URL lives after the click, in ms: Firefox reads the blob after the
 * click returns, and a URL revoked at once can leave an empty download.
 */
const EXPORT_URL_LIFETIME_MS = 60_000;

/** Hand the reader a file: the export as a download, named by its day. */
function download(json: string, now: Date): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = `newslens-memory-${now.toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), EXPORT_URL_LIFETIME_MS);
}

function App() {
  const [kinds, setKinds] = useState<HighlightKinds>(ALL_KINDS_ON);
  const [mode, setMode] = useState<ReadingMode>('automatic');
  const [sitesText, setSitesText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [memory, setMemory] = useState<MemoryStatus | null>(null);
  const [keepDaysText, setKeepDaysText] = useState('');

  const refreshMemory = () => void memoryStatus().then(setMemory);
  useEffect(() => {
    void (async () => {
      setKinds(await highlightKinds.getValue());
      setMode(await readingMode.getValue());
      setSitesText((await skippedSites.getValue()).join('\n'));
      setKeepDaysText(String(await memoryKeepDays.getValue()));
    })();
    refreshMemory();
  }, []);

  /** Say the change was saved; `then`: what else to do once it is (the memory's status, for a change to the memory). */
  const saved = (promise: Promise<unknown>, done = 'Saved', then?: () => void) =>
    void promise.then(
      () => {
        setStatus(done);
        then?.();
      },
      () => setStatus('Saving failed'),
    );
  /** A change to the memory (a setting of its, or what it keeps): saved, then its status read anew. */
  const savedMemory = (promise: Promise<unknown>, done = 'Saved') => saved(promise, done, refreshMemory);

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
      memory={memory}
      keepDaysText={keepDaysText}
      onKeepDaysChange={setKeepDaysText}
      onKeepDaysCommit={(text) => {
        // Saved only once typed: on the way from 90 to 120 the field reads 1, and saving that would
        // forget every story older than a day.
        const days = parseKeepDays(text);
        if (days === null) {
          // No number: the field shows again the days kept.
          void memoryKeepDays.getValue().then((kept) => setKeepDaysText(String(kept)));
          return;
        }
        // The field shows what is kept: 0 typed keeps a day, 99999 ten years.
        setKeepDaysText(String(days));
        savedMemory(memoryKeepDays.setValue(days));
      }}
      onMemoryPausedChange={(paused) =>
        savedMemory(memoryPaused.setValue(paused), paused ? 'Memory paused' : 'Memory on')
      }
      onForgetSite={(site) => {
        const host = normalizeSite(site);
        savedMemory(sendToBackground({ type: 'memory-forget-site', site: host }), `Forgot the stories of ${host}`);
      }}
      onForgetEverything={() => savedMemory(sendToBackground({ type: 'memory-forget-all' }), 'Forgot everything')}
      onExport={() =>
        saved(
          sendToBackground({ type: 'memory-export' }).then((json) => {
            if (json) download(JSON.stringify(fromJson(json), null, 2), new Date());
          }),
          'Exported',
        )
      }
    />
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
