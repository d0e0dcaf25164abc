/** The options page's form: kinds to highlight, when to read, sites to skip. Changes apply as made. */
import type { HighlightKind } from '../lib/analysis';
import type { ReadingMode } from '../lib/extension/settings';
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
      <div class="options__group">
        <label for="skipped-sites" class="options__label">
          Sites to skip
        </label>
        <p class="options__hint" id="skipped-sites-hint">
          One a line, e.g. example.com (covers its subdomains).
        </p>
        <textarea
          id="skipped-sites"
          data-testid="skipped-sites"
          rows={5}
          aria-describedby="skipped-sites-hint"
          value={props.skippedSitesText}
          onInput={(event) => props.onSkippedSitesChange(event.currentTarget.value)}
        />
      </div>
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
