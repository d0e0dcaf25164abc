/**
 * GUM's documents with their human summaries (`# meta::summaryN = (humanN) …`; summaries a model
 * wrote are no reference). A document's body is its running text: paragraphs, speaker turns, list
 * items and block quotes, a line each; headings, figures, captions and tables are left out, as a
 * reader of the page skips them. Sentences are GUM's own (`# text =`), for lead-3.
 */
import { gumDocumentBlocks, gumDocumentHeader } from '../../lib/analyze/ner/corpora/gum';
import { readGumFiles } from '../ner/sources';

export interface SummarisedDocument {
  id: string;
  genre: string;
  title: string;
  /** The body's paragraphs, each a list of GUM's sentences. */
  paragraphs: string[][];
  /** Summaries people wrote, one sentence each. */
  summaries: string[];
}

/** Blocks that are not running text: a page reader does not take them for the story. */
const NOT_BODY = /^(head|figure|caption|table|row|cell)\b/;

export function readSummarisedDocuments(dataDir: string): SummarisedDocument[] {
  return readGumFiles(dataDir)
    .flatMap(gumDocumentBlocks)
    .map(readDocument)
    .filter((document) => document.summaries.length > 0);
}

/** The body as the pipeline reads it: paragraphs joined by "\n", sentences by a space. */
export function bodyText(document: SummarisedDocument): string {
  return document.paragraphs.map((sentences) => sentences.join(' ')).join('\n');
}

function readDocument(block: string): SummarisedDocument {
  const { id, genre } = gumDocumentHeader(block);
  const title = /^# meta::title = (.*)$/mu.exec(block)?.[1].trim();
  const summaries = [...block.matchAll(/^# meta::summary\d+ = \(human\d*\) (.*)$/gmu)].map((m) => m[1].trim());
  const paragraphs: string[][] = [];
  let inBody = false;
  for (const line of block.split('\n')) {
    if (line.startsWith('# newpar_block = ')) {
      inBody = !NOT_BODY.test(line.slice('# newpar_block = '.length));
      if (inBody) paragraphs.push([]);
    } else if (line.startsWith('# text = ') && inBody) {
      paragraphs.at(-1)!.push(line.slice('# text = '.length).trim());
    }
  }
  return {
    id,
    genre,
    title: title ?? '',
    paragraphs: paragraphs.filter((sentences) => sentences.length > 0),
    summaries,
  };
}
