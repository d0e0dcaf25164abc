/**
 * The options page's form: kinds to highlight, when to read, sites to skip, and the reading memory
 * (pause, days kept, forget a site or everything, export). Changes apply as made.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightKind } from '../lib/analysis';
import type { MemoryStatus } from '../lib/memory/types';
import { storyCountLabel } from '../lib/memory/view';
import { KEEP_DAYS_RANGE, type ReadingMode } from '../lib/extension/setting-values';
import type { HighlightKinds } from '../lib/paint/highlight';

export interface OptionsFormProps {
  kinds: HighlightKinds;
  onKindChange: (kind: HighlightKind, on: boolean) => void;
  mode: ReadingMode;
  onModeChange: (mode: ReadingMode) => void;
  /** The sites to skip, one a line, as the reader typed them. */
  skippedSitesText: string;
  onSkippedSitesChange: (text: string) => void;
  /** "Saved" after a change; null before any. */
  status: string | null;
  /** The reading memory's state; null while it is asked. */
  memory: MemoryStatus | null;
  /** The days stories are kept, as the reader typed them. */
  keepDaysText: string;
  onKeepDaysChange: (text: string) => void;
  /** The days typed are final (the field left, or Enter): fewer days forget older stories at once. */
  onKeepDaysCommit: (text: string) => void;
  onMemoryPausedChange: (paused: boolean) => void;
  /** Forget every story of the site the reader typed. */
  onForgetSite: (site: string) => void;
  onForgetEverything: () => void;
  /** Download everything the memory keeps, as JSON. */
  onExport: () => void;
}

const KIND_LABELS: Array<{ kind: HighlightKind; label: string }> = [
  { kind: 'person', label: 'People' },
  { kind: 'place', label: 'Places' },
  { kind: 'organization', label: 'Organizations' },
  { kind: 'quote', label: 'Quotes' },
];

const MODE_LABELS: Array<{ mode: ReadingMode; label: string; hint: string }> = [
  { mode: 'automatic', label: 'Automatically', hint: 'Every news article is read as it loads.' },
  { mode: 'on-click', label: 'When I ask', hint: 'Pages are read only from the toolbar popup.' },
];

export function OptionsForm(props: OptionsFormProps) {
  return (
    <form class="options" data-testid="options" onSubmit={(event) => event.preventDefault()}>
      <h1 class="options__title">NewsLens options</h1>
      <fieldset class="options__group">
        <legend>Highlight on the page</legend>
        {KIND_LABELS.map(({ kind, label }) => (
          <label class="options__check" key={kind}>
            <input
              type="checkbox"
              data-testid={`kind-${kind}`}
              checked={props.kinds[kind]}
              onChange={(event) => props.onKindChange(kind, event.currentTarget.checked)}
            />
            <span class={`swatch swatch--${kind}`} aria-hidden="true" />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset class="options__group">
        <legend>Read articles</legend>
        {MODE_LABELS.map(({ mode, label, hint }) => (
          <label class="options__radio" key={mode}>
            <input
              type="radio"
              name="mode"
              value={mode}
              data-testid={`mode-${mode}`}
              checked={props.mode === mode}
              onChange={() => props.onModeChange(mode)}
            />
            <span>
              {label}
              <span class="options__hint">{hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="options__group">
        <legend>
          <label for="skipped-sites">Sites to skip</label>
        </legend>
        <p class="options__hint" id="skipped-sites-hint">
          One site a line, e.g. example.com; its subdomains are skipped too, but for one written with a “!” before it
          (!blog.example.com).
        </p>
        <textarea
          id="skipped-sites"
          data-testid="skipped-sites"
          rows={5}
          aria-describedby="skipped-sites-hint"
          value={props.skippedSitesText}
          onInput={(event) => props.onSkippedSitesChange(event.currentTarget.value)}
        />
      </fieldset>
      <MemorySettings {...props} />
      <p class="options__hint">
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd> turns highlights on or off for the site you are reading; the
        toolbar popup has the same switch.
      </p>
      <p class="options__status" role="status" aria-live="polite">
        {props.status ?? ''}
      </p>
    </form>
  );
}

/** What the memory's state says in one line. */
export function memoryStatusLine(memory: MemoryStatus | null): string {
  if (!memory) return 'Asking the memory…';
  if (!memory.on) {
    return `Memory is off${memory.reason ? ` (${memory.reason})` : ''}: highlights, cards and the popup work as before.`;
  }
  const kept = `${storyCountLabel(memory.stories)} kept on this computer`;
  return memory.paused ? `Memory is paused: ${kept}, none added.` : `Memory is on: ${kept}.`;
}

function MemorySettings(props: OptionsFormProps) {
  const [site, setSite] = useState('');
  /** "Forget everything" was pressed: it asks once more, since nothing brings the stories back. */
  const [confirming, setConfirming] = useState(false);
  /** "Forget everything", where the focus goes back when the reader keeps the stories. */
  const forgetAll = useRef<HTMLButtonElement>(null);
  const off = props.memory?.on === false;
  return (
    <fieldset class="options__group" data-testid="memory-settings">
      <legend>Reading memory</legend>
      <p class="options__hint">
        Who you met in the stories you read, kept on this computer only, so a card can say where else you read about
        them. Private windows are never kept.
      </p>
      <p class="options__status" data-testid="memory-status">
        {memoryStatusLine(props.memory)}
      </p>
      <label class="options__check">
        <input
          type="checkbox"
          data-testid="memory-paused"
          checked={props.memory?.paused ?? false}
          disabled={off}
          onChange={(event) => props.onMemoryPausedChange(event.currentTarget.checked)}
        />
        Pause: keep no new stories
      </label>
      <label class="options__label" for="memory-keep-days">
        Keep stories for (days)
      </label>
      <input
        id="memory-keep-days"
        type="number"
        inputMode="numeric"
        min={KEEP_DAYS_RANGE.min}
        max={KEEP_DAYS_RANGE.max}
        data-testid="memory-keep-days"
        value={props.keepDaysText}
        onInput={(event) => props.onKeepDaysChange(event.currentTarget.value)}
        onChange={(event) => props.onKeepDaysCommit(event.currentTarget.value)}
      />
      <label class="options__label" for="memory-forget-site">
        Forget one site
      </label>
      <div class="options__row">
        <input
          id="memory-forget-site"
          type="text"
          placeholder="example.com"
          data-testid="memory-forget-site-input"
          value={site}
          onInput={(event) => setSite(event.currentTarget.value)}
        />
        <button
          type="button"
          class="button"
          data-testid="memory-forget-site"
          disabled={off || site.trim() === ''}
          onClick={() => {
            props.onForgetSite(site);
            setSite('');
          }}
        >
          Forget this site
        </button>
      </div>
      <div class="options__row">
        <button type="button" class="button" data-testid="memory-export" disabled={off} onClick={props.onExport}>
          Export everything (JSON)
        </button>
        <button
          type="button"
          class="button"
          data-testid="memory-forget-all"
          ref={forgetAll}
          disabled={off}
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          Forget everything
        </button>
      </div>
      {confirming && (
        <ForgetEverythingConfirmation
          stories={props.memory?.stories ?? 0}
          onForget={() => {
            setConfirming(false);
            props.onForgetEverything();
          }}
          onKeep={() => {
            setConfirming(false);
            forgetAll.current?.focus();
          }}
        />
      )}
    </fieldset>
  );
}

interface ForgetEverythingConfirmationProps {
  /** How many stories the memory keeps. */
  stories: number;
  onForget: () => void;
  onKeep: () => void;
}

/** The question "Forget everything" asks before it forgets; focus starts on the answer that keeps. */
function ForgetEverythingConfirmation({ stories, onForget, onKeep }: ForgetEverythingConfirmationProps) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div class="options__confirm" role="group" aria-labelledby="forget-everything-question">
      <p id="forget-everything-question">Forget {storyCountLabel(stories)}? This cannot be undone.</p>
      <div class="options__row">
        <button type="button" class="button button--danger" data-testid="memory-forget-all-confirm" onClick={onForget}>
          Forget them
        </button>
        <button type="button" class="button" data-testid="memory-forget-all-keep" ref={keep} onClick={onKeep}>
          Keep them
        </button>
      </div>
    </div>
  );
}
