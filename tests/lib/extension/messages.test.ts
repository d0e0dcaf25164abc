import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isExtensionMessage, unhandledMessage, sendToBackground, sendToTab } from '../../../lib/extension/messages';
import { sampleAnalysis } from '../../components/sample-analysis';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('isExtensionMessage', () => {
  it.each([
    // Every message type of every direction.
    [{ type: 'analyze-page', url: 'https://a.test/', page: {} }, true],
    [{ type: 'page-cleared' }, true],
    [{ type: 'article-found' }, true],
    [{ type: 'inspect-page', tabId: 1 }, true],
    [{ type: 'read-anyway', tabId: 1 }, true],
    [{ type: 'get-state' }, true],
    [{ type: 'reveal', target: { kind: 'entity', id: 'e1' } }, true],
    // Another extension's or a page's messages are not ours.
    [{ type: 'something-else' }, false],
    [{ kind: 'get-state' }, false],
    ['get-state', false],
    [null, false],
  ])('%j → %s', (message, expected) => {
    expect(isExtensionMessage(message)).toBe(expected);
  });
});

describe('senders', () => {
  it('send content messages through runtime.sendMessage and return the answer', async () => {
    const analysis = sampleAnalysis();
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(analysis as never);
    const message = {
      type: 'analyze-page' as const,
      url: 'https://a.test/',
      page: { isArticle: true, detection: analysis.detection, metadata: analysis.article, text: analysis.text },
      lead: false,
    };
    await expect(sendToBackground(message)).resolves.toBe(analysis);
    expect(send).toHaveBeenCalledWith(message);
  });

  it('send popup messages to one tab through tabs.sendMessage', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(true as never);
    await expect(sendToTab(7, { type: 'reveal', target: { kind: 'quote', id: 'q1' } })).resolves.toBe(true);
    expect(send).toHaveBeenCalledWith(7, { type: 'reveal', target: { kind: 'quote', id: 'q1' } });
  });
});

describe('unhandledMessage', () => {
  it('throws with the message it was given, which the type check keeps from ever happening', () => {
    expect(() => unhandledMessage({ type: 'unknown' } as never)).toThrow(
      'no handler for the message {"type":"unknown"}',
    );
  });
});
