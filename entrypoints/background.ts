/**
 * The background: runs the NLP half of the pipeline (compromise lives only here), caches each
 * analysis by URL and text, sets the toolbar badge, and passes the keyboard command to the page.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Analysis } from '../lib/analysis';
import { AnalysisCache, cacheKey } from '../lib/analysis-cache';
import { isExtensionMessage, sendToTab, type ContentToBackground, type ResponseTo } from '../lib/messages';
import { analyzeReading } from '../lib/pipeline';

/** The manifest's command (see wxt.config.ts) that turns highlights on or off for the site. */
export const TOGGLE_COMMAND = 'toggle-highlights';

/** The badge's colour: the person colour's ink, quiet next to most toolbars. */
const BADGE_COLOR = '#1d4ed8';

export default defineBackground(() => {
  const cache = new AnalysisCache();
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isExtensionMessage(message)) return undefined;
    if (message.type === 'analyze-page' || message.type === 'page-cleared') {
      return answerContent(message, sender.tab?.id, cache);
    }
    return undefined;
  });
  browser.commands?.onCommand.addListener((command: string) => {
    if (command === TOGGLE_COMMAND) void toggleHighlightsInActiveTab();
  });
});

async function answerContent<M extends ContentToBackground>(
  message: M,
  tabId: number | undefined,
  cache: AnalysisCache,
): Promise<ResponseTo<ContentToBackground>> {
  switch (message.type) {
    case 'analyze-page': {
      const key = cacheKey(message.url, message.page.text);
      const analysis = cache.get(key) ?? analyzeReading(message.page);
      cache.set(key, analysis);
      if (tabId !== undefined) await showBadge(tabId, badgeTextFor(analysis));
      return analysis;
    }
    case 'page-cleared':
      if (tabId !== undefined) await showBadge(tabId, '');
      return undefined;
  }
}

/**
 * The number of quotes once a text was analysed (an article, or a page the reader asked to read
 * anyway); nothing where nothing was analysed.
 */
export function badgeTextFor(analysis: Analysis): string {
  if (analysis.skipped || analysis.text === '') return '';
  return String(analysis.quotes.length);
}

async function showBadge(tabId: number, text: string): Promise<void> {
  // The action API is `browserAction` in MV2 builds; badges are cosmetic, so a failure is only logged.
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  } catch (error) {
    console.warn('NewsLens: badge not set:', error);
  }
}

async function toggleHighlightsInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    await sendToTab(tab.id, { type: 'toggle-highlights' });
  } catch {
    // No content script in this tab (a browser page, a skipped site): nothing to toggle.
  }
}
