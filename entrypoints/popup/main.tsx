/**
 * The popup: finds the tab it is about, asks that tab's reader for its state, renders
 * `PopupView`, and carries out what the reader asks (reveal, read anyway, copy, the site switch).
 */
import { render } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../assets/popup.css';
import { PopupView, type CopyFormat, type PopupContent, type PopupViewName } from '../../components/PopupView';
import type { ReadingContent } from '../../components/YourReading';
import type { PageState } from '../../lib/reading/page-state';
import { fromJson, sendToBackground, sendToTab } from '../../lib/extension/messages';
import { sitesWithHighlightsOff } from '../../lib/extension/settings';
import { isHostListed, withSite } from '../../lib/extension/setting-values';
import { formatSummaryMarkdown } from '../../lib/summary/markdown';

const UNAVAILABLE_MESSAGE =
  'NewsLens cannot read this page. Browser pages are off limits, and a page opened before NewsLens was installed needs a reload.';

/**
 * Marks for the benchmark (scripts/bench-browser.ts): the popup's script starts, and the summary
 * first shows. Their difference is the popup's own work (asking the page for its cached analysis,
 * rendering).
 */
const POPUP_START_MARK = 'newslens:popup-start';
const SUMMARY_SHOWN_MARK = 'newslens:summary-shown';

/** How long a status line ("Copied as Markdown") stays, in ms. */
const STATUS_MS = 2500;

/**
 * The tab the popup is about: the active tab when it opens as a toolbar popup; when it runs in a
 * tab of its own (a test, or opened by hand) the most recently used other tab of the window.
 */
async function targetTabId(): Promise<number | undefined> {
  // Both asked at once: a toolbar popup (no tab of its own) needs only the active tab.
  const [own, [active]] = await Promise.all([
    browser.tabs.getCurrent(),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  if (!own) return active?.id;
  const tabs = await browser.tabs.query({ currentWindow: true });
  const others = tabs.filter((tab) => tab.id !== own.id).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

/** What the popup shows first: the tab it is about, the sites with highlights off, the page's state. */
interface Opening {
  tabId: number | undefined;
  offSites: string[];
  content: PopupContent;
}

async function openingState(): Promise<Opening> {
  const [tabId, offSites] = await Promise.all([targetTabId(), sitesWithHighlightsOff.getValue()]);
  const content: PopupContent =
    tabId === undefined ? { kind: 'unavailable', message: UNAVAILABLE_MESSAGE } : await askPage(() => pageState(tabId));
  return { tabId, offSites, content };
}

function App({ opening }: { opening: Promise<Opening> }) {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [content, setContent] = useState<PopupContent>({ kind: 'loading' });
  const [offSites, setOffSites] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [view, setView] = useState<PopupViewName>('story');
  const [reading, setReading] = useState<ReadingContent>({ kind: 'loading' });

  // A layout effect, not an effect: it runs as the first render commits, where an effect waits
  // for the next frame to be painted (30–70 ms in a popup that has just opened).
  useLayoutEffect(() => {
    void opening.then((opened) => {
      setTabId(opened.tabId);
      setOffSites(opened.offSites);
      setContent(opened.content);
    });
    return sitesWithHighlightsOff.watch(setOffSites);
  }, [opening]);

  const page = content.kind === 'page' ? content.page : null;
  const analysis = page?.status === 'done' ? page.analysis : null;
  // The same test as PopupView's: a page that was not read shows "not an article", not a summary.
  const summaryShown = analysis != null && (analysis.isArticle || analysis.text !== '');
  useLayoutEffect(() => {
    if (summaryShown && performance.getEntriesByName(SUMMARY_SHOWN_MARK).length === 0)
      performance.mark(SUMMARY_SHOWN_MARK);
  }, [summaryShown]);

  const announce = (text: string) => {
    setStatus(text);
    setTimeout(() => setStatus(null), STATUS_MS);
  };

  return (
    <PopupView
      content={content}
      status={status}
      view={view}
      onShowView={(next) => {
        setView(next);
        // Asked each time the view opens, so it counts the story just read.
        if (next === 'reading') void readingContent().then(setReading);
      }}
      reading={reading}
      highlightsOn={page ? !isHostListed(page.host, offSites) : true}
      onToggleHighlights={(on) => {
        if (page) void sitesWithHighlightsOff.setValue(withSite(offSites, page.host, !on));
      }}
      onReadAnyway={() => {
        if (tabId === undefined) return;
        setContent({ kind: 'loading' });
        void askPage(() => sendToBackground({ type: 'read-anyway', tabId })).then(setContent);
      }}
      onReveal={(target) => {
        if (tabId !== undefined) void sendToTab(tabId, { type: 'reveal', target }).catch(() => undefined);
      }}
      onCopy={(format) => {
        if (page?.analysis) void copy(format, page).then(announce, () => announce('Copying failed'));
      }}
    />
  );
}

/**
 * The page's state from its reader (the analysis is cached there); a page without a reader (not
 * an article, a skipped site, on-click reading) is described by the background from what the
 * detector found. Null where neither runs.
 */
async function pageState(tabId: number): Promise<PageState | null> {
  try {
    return fromJson(await sendToTab(tabId, { type: 'get-state' }));
  } catch {
    return sendToBackground({ type: 'inspect-page', tabId });
  }
}

/** "Your reading" from the background; off (with why) when the memory cannot open or nothing answers. */
async function readingContent(): Promise<ReadingContent> {
  try {
    const answer = await sendToBackground({ type: 'memory-overview' });
    return answer.on ? { kind: 'overview', overview: answer.overview } : { kind: 'off', reason: answer.reason };
  } catch (error) {
    return { kind: 'off', reason: String(error) };
  }
}

async function askPage(ask: () => Promise<PageState | null>): Promise<PopupContent> {
  try {
    const page = await ask();
    if (page) return { kind: 'page', page };
  } catch (error) {
    console.warn('NewsLens: the page did not answer:', error);
  }
  return { kind: 'unavailable', message: UNAVAILABLE_MESSAGE };
}

async function copy(format: CopyFormat, page: PageState): Promise<string> {
  if (!page.analysis) return 'Nothing to copy';
  const text = format === 'markdown' ? formatSummaryMarkdown(page.analysis) : JSON.stringify(page.analysis, null, 2);
  await navigator.clipboard.writeText(text);
  return format === 'markdown' ? 'Copied as Markdown' : 'Copied as JSON';
}

performance.mark(POPUP_START_MARK);
// Asked as the script starts, so the page's answer is on its way while Preact renders "loading".
const opening = openingState();
const root = document.getElementById('app');
if (root) render(<App opening={opening} />, root);
