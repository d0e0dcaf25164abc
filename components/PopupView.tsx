/**
 * The whole popup as one view: the page's state in, the reader's intents out through callbacks.
 * The popup entrypoint owns messaging, storage and the clipboard. Sizes are in px so a browser's
 * popup zoom cannot reflow it into a different layout.
 */
import type { Analysis } from '../lib/analysis';
import type { RevealTarget } from '../lib/extension/messages';
import { normalizeSite } from '../lib/extension/setting-values';
import type { PageState } from '../lib/reading/page-state';
import {
  ENTITY_SECTIONS,
  entitiesOfType,
  firstScreenPoints,
  groupQuotesBySpeaker,
  leadParagraphs,
} from '../lib/summary/view';
import { EntityList } from './EntityList';
import { KeyPoints } from './KeyPoints';
import { LeadDisclosure } from './LeadDisclosure';
import { NotArticle } from './NotArticle';
import { QuoteList } from './QuoteList';
import { Summary } from './Summary';
import { VoicesRow } from './VoicesRow';
import { YourReading, type ReadingContent } from './YourReading';

export type CopyFormat = 'markdown' | 'json';

/** People on the first screen, most salient first; the others are one click away. */
const FIRST_SCREEN_PEOPLE = 3;

/** What the popup knows about the active tab. */
export type PopupContent =
  /** Still asking the page. */
  | { kind: 'loading' }
  /** No reader in this tab (a browser page, a page loaded before the extension): `message` says so. */
  | { kind: 'unavailable'; message: string }
  /** The page's reader answered. */
  | { kind: 'page'; page: PageState };

export interface PopupViewProps {
  content: PopupContent;
  /** The "highlights on this site" switch. */
  highlightsOn: boolean;
  onToggleHighlights: (on: boolean) => void;
  /** Read the page although it was not read automatically. */
  onReadAnyway: () => void;
  /** Scroll the page to an entity or quote and flash it. */
  onReveal: (target: RevealTarget) => void;
  onCopy: (format: CopyFormat) => void;
  /** A short status line ("Copied as Markdown"), announced politely; null for none. */
  status: string | null;
  /** Which view the body shows: this story's summary, or "Your reading" across stories. */
  view?: PopupViewName;
  onShowView?: (view: PopupViewName) => void;
  /** The reading memory, for "Your reading". */
  reading?: ReadingContent;
}

export type PopupViewName = 'story' | 'reading';

export function PopupView(props: PopupViewProps) {
  const { content } = props;
  const page = content.kind === 'page' ? content.page : null;
  return (
    <div class="popup" data-testid="popup">
      <div class="popup__bar">
        <span class="brand">
          <span class="brand__mark" aria-hidden="true" />
          NewsLens
        </span>
        {page && (
          <button
            type="button"
            role="switch"
            class="switch"
            aria-checked={props.highlightsOn}
            data-testid="highlights-switch"
            onClick={() => props.onToggleHighlights(!props.highlightsOn)}
          >
            <span class="switch__track" aria-hidden="true">
              <span class="switch__thumb" />
            </span>
            {/* The site as the switch stores it: "cnn.com" for www.cnn.com, its subdomains too. */}
            <span class="switch__label">Highlights on {normalizeSite(page.host) || 'this site'}</span>
          </button>
        )}
      </div>
      {props.onShowView && <ViewSwitch view={props.view ?? 'story'} onShowView={props.onShowView} />}
      <main class="popup__body">
        {props.view === 'reading' ? (
          <YourReading reading={props.reading ?? { kind: 'loading' }} />
        ) : (
          <PopupBody {...props} />
        )}
      </main>
      <p class="popup__status" role="status" aria-live="polite" data-testid="status">
        {props.status ?? ''}
      </p>
    </div>
  );
}

const VIEW_LABELS: Array<{ view: PopupViewName; label: string }> = [
  { view: 'story', label: 'This story' },
  { view: 'reading', label: 'Your reading' },
];

/** Two views: this story's summary, and "Your reading" across the stories read. */
function ViewSwitch({ view, onShowView }: { view: PopupViewName; onShowView: (view: PopupViewName) => void }) {
  return (
    <div class="views" role="group" aria-label="Views">
      {VIEW_LABELS.map((item) => (
        <button
          key={item.view}
          type="button"
          class="views__tab"
          aria-pressed={view === item.view}
          data-testid={`view-${item.view}`}
          onClick={() => onShowView(item.view)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

function PopupBody(props: PopupViewProps) {
  const { content } = props;
  switch (content.kind) {
    case 'loading':
      return <Message text="Reading the page…" />;
    case 'unavailable':
      return <Message text={content.message} />;
    case 'page':
      return <PageBody {...props} page={content.page} />;
  }
}

function PageBody(props: PopupViewProps & { page: PageState }) {
  const { page } = props;
  switch (page.status) {
    case 'reading':
      return <Message text="Reading the page…" />;
    case 'site-skipped':
      return (
        <Message
          text="This site is in your sites to skip."
          action="Read this page anyway"
          onAction={props.onReadAnyway}
        />
      );
    case 'waiting':
      return (
        <Message
          text="Pages are read when you ask (see Options)."
          action="Read this page"
          onAction={props.onReadAnyway}
        />
      );
    case 'failed':
      return (
        <Message
          text={`Reading failed: ${page.error ?? 'unknown error'}.`}
          action="Try again"
          onAction={props.onReadAnyway}
        />
      );
    case 'done':
      return page.analysis ? <AnalysisBody {...props} analysis={page.analysis} /> : <Message text="Nothing to show." />;
  }
}

/**
 * The first screen is the story's structure: headline and source, who speaks, who is in it (people
 * with their roles) and at most three one-line points; the lead is one click away, and places,
 * organizations and the quotes by speaker follow.
 */
function AnalysisBody(props: PopupViewProps & { analysis: Analysis }) {
  const { analysis, onReveal } = props;
  const entityList = ({ type, heading }: (typeof ENTITY_SECTIONS)[number]) => (
    <EntityList
      key={type}
      heading={heading}
      type={type}
      entities={entitiesOfType(analysis, type)}
      onSelectEntity={(id) => onReveal({ kind: 'entity', id })}
      shown={type === 'person' ? FIRST_SCREEN_PEOPLE : undefined}
    />
  );
  const people = ENTITY_SECTIONS.filter(({ type }) => type === 'person');
  const others = ENTITY_SECTIONS.filter(({ type }) => type !== 'person');
  if (!analysis.isArticle && analysis.text === '') {
    return <NotArticle reasons={analysis.detection.reasons} onReadAnyway={props.onReadAnyway} />;
  }
  return (
    <>
      <Summary article={analysis.article} />
      {!analysis.isArticle && (
        <p class="notice notice--inline" role="note" data-testid="read-on-request">
          Read on request: NewsLens did not take this page for an article.
        </p>
      )}
      {analysis.skipped && (
        <p class="notice notice--inline" role="note" data-testid="skipped">
          Not analysed: {analysis.skipped}.
        </p>
      )}
      <VoicesRow voices={analysis.voices} />
      {people.map(entityList)}
      <KeyPoints points={firstScreenPoints(analysis)} />
      <LeadDisclosure paragraphs={leadParagraphs(analysis)} />
      {others.map(entityList)}
      <QuoteList groups={groupQuotesBySpeaker(analysis)} onSelectQuote={(id) => onReveal({ kind: 'quote', id })} />
      <div class="actions" role="group" aria-label="Copy the summary">
        <button type="button" class="button" data-testid="copy-markdown" onClick={() => props.onCopy('markdown')}>
          Copy as Markdown
        </button>
        <button type="button" class="button" data-testid="copy-json" onClick={() => props.onCopy('json')}>
          Copy JSON
        </button>
      </div>
    </>
  );
}

interface MessageProps {
  text: string;
  /** A button's label, shown with `onAction`. */
  action?: string;
  onAction?: () => void;
}

function Message({ text, action, onAction }: MessageProps) {
  return (
    <div class="notice" data-testid="message">
      <p>{text}</p>
      {action && onAction && (
        <button type="button" class="button button--primary" data-testid="read-anyway" onClick={onAction}>
          {action}
        </button>
      )}
    </div>
  );
}
