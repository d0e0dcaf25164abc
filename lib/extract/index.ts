/**
 * Which text on the page is the story, its metadata, and the map back to the live DOM.
 *
 * The page is copied (lib/extract/page-copy.ts) and the copy rebuilt in a detached document, where
 * Readability picks the story's container on a clone (it rewrites what it reads). The text is then
 * read from the rebuilt page's own Text nodes (block by block, boilerplate left out), and each
 * character's origin travels back by Text node index, so every character can be mapped to the live
 * page for highlighting. The live page is never modified; in the extension, everything between the
 * copy and the map runs in the background, off the page's main thread.
 */
import { originRunsOf } from '../reading/text-map';
import { readWithReadability } from './readable';
import { readBlockText, type BlockText } from './block-text';
import { readMetadata } from './metadata';
import { boilerplateIn, isBoilerplateParagraph } from './boilerplate';
import { copyPage, rebuildPage, type PageCopy } from '../reading/page-copy';
import { emptyDetachedDocument } from './detached-document';
import { mapCopiedExtraction, type CopiedExtraction } from '../reading/copied-extraction';
import type { ExtractedArticle, ExtractedMetadata } from '../reading/extracted';

/** The story on the page, or null when Readability finds none; by way of a copy, as in the extension. */
export function extractArticle(doc: Document): ExtractedArticle | null {
  const live = copyPage(doc, doc.URL);
  const extraction = live && extractCopiedPage(live.copy);
  return extraction && mapCopiedExtraction(doc, extraction, live.texts);
}

/** A short story's paragraph, long enough for Readability to take its container for the story. */
const WARM_UP_PARAGRAPH =
  'The city council voted on Tuesday to close the old bridge over the river for two years of repairs, officials said, after engineers found the steel failing faster than expected.';

/** A short story's copy, for the background's warm-up (see `warmUpExtraction`). */
const WARM_UP_COPY: PageCopy = {
  url: 'https://news.example/2024/05/bridge-closed-for-repairs',
  root: [
    'html',
    [],
    [
      [
        'body',
        [],
        [['article', [], [['h1', [], ['Bridge closed']], ...Array(4).fill(['p', [], [WARM_UP_PARAGRAPH]])]]],
      ],
    ],
  ],
};

/**
 * Extracts a short story's copy once, for the background to take while it waits: the first copy
 * after the service worker starts paid 25–75 ms for the rebuild's and Readability's first run,
 * against 7–54 ms later (Chromium, a busy 2-core machine). Its answer, for the tests.
 */
export function warmUpExtraction(): CopiedExtraction | null {
  return extractCopiedPage(WARM_UP_COPY);
}

/** The story in a copy of a page, with its origins by Text node index; null when there is none. */
export function extractCopiedPage(copy: PageCopy): CopiedExtraction | null {
  const doc = emptyDetachedDocument(copy.url);
  const texts = rebuildPage(copy, doc);
  const story = readStory(doc);
  if (!story) return null;
  const indexOf = new Map(texts.map((text, index) => [text, index]));
  return {
    metadata: story.metadata,
    text: story.body.text,
    originRuns: originRunsOf(story.body, (text) => indexOf.get(text)!),
  };
}

/** Readability's pick, read as text with each character's origin in `doc`; null when empty. */
function readStory(doc: Document): { metadata: ExtractedMetadata; body: BlockText } | null {
  const readable = readWithReadability(doc);
  if (!readable) return null;
  const body = readBlockText(readable.content, readable.toLive, {
    ...boilerplateIn(readable.content),
    skipParagraph: isBoilerplateParagraph,
  });
  if (!body.text) return null;
  return { metadata: readMetadata(doc, readable.metadata, body.text), body };
}
