import { describe, expect, it } from 'vitest';
import { reachesNetwork } from '../../tooling/browser/chromium';

describe('reachesNetwork: what the safety checks count as a request of the extension', () => {
  it.each(['http://127.0.0.1:8080/page.html', 'https://tracker.example/pixel', 'wss://socket.example/'])(
    'counts %s',
    (url) => expect(reachesNetwork(url)).toBe(true),
  );

  it.each([
    'chrome-extension://abcdef/memory-card.html',
    'moz-extension://0b1c/memory-card.js',
    'data:text/plain,hi',
    'not an address',
  ])('leaves out %s: no network is reached', (url) => expect(reachesNetwork(url)).toBe(false));
});
