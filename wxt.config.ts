import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compromiseLexicon } from './tooling/build/compromise-lexicon';
import { compromiseMerge } from './tooling/build/compromise-merge';
import { cssomnomFormatter } from './tooling/build/cssomnom-formatter';
import { modelIndex } from './tooling/build/model-index';
import { MEMORY_FRAME_PAGE } from './lib/memory/frame-ticket';
import {
  COMPILE_ALL_FUNCTIONS_HINT,
  DETECTOR_SCRIPT,
  HIGHLIGHTS_STYLESHEET,
  HOME_PAGES,
  READ_PAGES,
} from './utils/isolated-world';

/** The Firefox add-on id; also the key tests use to give the add-on a fixed internal UUID. */
export const GECKO_ID = 'newslens@newslens.dev';

/**
 * Puts V8's compile hint on the detector's first line, after minifying (which drops comments).
 * The detector calls nearly all of its functions on every page it reads; compiled one by one on
 * first call, each is parsed twice (once skimmed with the script, once in full). Compiled with the
 * script, a page pays about half a millisecond less. Chromium 136+ reads the hint; Firefox sees a
 * comment.
 */
function hintEagerCompile(outDir: string): void {
  const path = join(outDir, DETECTOR_SCRIPT);
  const code = readFileSync(path, 'utf8');
  if (!code.startsWith(COMPILE_ALL_FUNCTIONS_HINT)) writeFileSync(path, `${COMPILE_ALL_FUNCTIONS_HINT}\n${code}`);
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:done': (wxt) => hintEagerCompile(wxt.config.outDir),
  },
  vite: () => ({
    // Non-ASCII characters escaped: one character beyond Latin-1 makes the browser decode a whole
    // script to two bytes a character, which held the service worker's 3.5 MB script 25–105 ms
    // before its first line on a loaded machine (2–10 ms as ASCII; docs/quality.md, issue 14).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    plugins: [preact(), compromiseMerge(), compromiseLexicon(), modelIndex(), cssomnomFormatter()],
  }),
  // The sources zip (for store review) is the project, not what the tests left behind.
  zip: { excludeSources: ['test-results/**', '.output/**'] },
  manifest: ({ browser }) => ({
    name: 'NewsLens',
    description:
      'Highlights the people, places, organizations and quotes in news articles, says who said what, and summarises the story. Nothing leaves your machine.',
    // storage: the options and the per-site switch. scripting: the reader (extraction, highlights,
    // the card) is injected only into pages taken for articles, so other pages never load it.
    permissions: ['storage', 'scripting'],
    // The same pages the detector runs on: injecting the reader into them needs them as hosts.
    host_permissions: READ_PAGES,
    // The detector is an unlisted script listed here by hand: WXT's content-script wrapper would
    // bring the browser API polyfill into every page, which costs more than detection itself.
    content_scripts: [
      {
        matches: READ_PAGES,
        // A site's root is its home page, which the address alone says is no story: no script at
        // all runs there (the background brings the detector if a single-page app leaves it).
        exclude_matches: HOME_PAGES,
        js: [DETECTOR_SCRIPT],
        // The highlights' colours, inert until the reader registers highlights. Given here, the
        // browser adds them before the page is first styled; inserted with the reader, after it,
        // they made the browser restyle the whole page (0.9 s on a page of 100,000 nodes).
        css: [HIGHLIGHTS_STYLESHEET],
        // As soon as the document is parsed (its DOMContentLoaded), not at idle, which Chromium
        // holds until the page's load event (200 ms after DOMContentLoaded at the latest): an
        // article's reading starts that much sooner.
        run_at: 'document_end',
      },
    ],
    // The card's "Also in your reading" is this extension page in a frame inside the card: a
    // document of the extension's origin, which the story's own scripts cannot read. Chromium's
    // dynamic address (a new id each session) keeps a page from probing the extension's fixed id
    // for it; Firefox's address is already the install's own (and the key unknown there).
    web_accessible_resources: [
      {
        resources: [MEMORY_FRAME_PAGE.slice(1)],
        matches: READ_PAGES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    action: { default_title: 'NewsLens: summary of this story' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Turn highlights on or off on this site',
      },
    },
    // Firefox only: Chromium warns about keys it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // The CSS Custom Highlight API arrived in Firefox 140.
              strict_min_version: '140.0',
              // Nothing is collected or sent anywhere: the analysis runs on the reader's machine.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
