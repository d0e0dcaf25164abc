/**
 * Reads Universal NER's IOB2 files (index, token, tag, then annotator columns; `# newdoc id =`
 * and `# text =` comments) into documents of text and gold names. Each sentence is its `# text`
 * line, a line of the document, so the words keep the spacing they were written with; OTH (other
 * names) becomes CoNLL's MISC.
 */
import type { ConllDocument, ConllName } from './conll';

const LABEL_OF_UNER_CLASS: Record<string, string> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG', OTH: 'MISC' };

interface Sentence {
  text: string;
  tokens: Array<{ word: string; tag: string }>;
}

/** Splits a UNER file into its documents. */
export function readUnerDocuments(content: string): ConllDocument[] {
  const documents: Sentence[][] = [];
  let sentence: Sentence | null = null;
  for (const line of content.split('\n')) {
    if (line.startsWith('# newdoc id')) documents.push([]);
    else if (line.startsWith('# text = ')) {
      if (documents.length === 0) documents.push([]);
      sentence = { text: line.slice('# text = '.length), tokens: [] };
      documents.at(-1)!.push(sentence);
    } else if (sentence && line && !line.startsWith('#')) {
      const [, word, tag] = line.split('\t');
      sentence.tokens.push({ word, tag });
    }
  }
  return documents.filter((sentences) => sentences.length > 0).map(layOut);
}

/** The document's sentences a line each, with each name's offsets found by walking the tokens. */
function layOut(sentences: Sentence[]): ConllDocument {
  let text = '';
  const names: ConllName[] = [];
  for (const sentence of sentences) {
    if (text) text += '\n';
    const lineStart = text.length;
    text += sentence.text;
    let cursor = 0;
    for (const { word, tag } of sentence.tokens) {
      const at = sentence.text.indexOf(word, cursor);
      const start = lineStart + (at < 0 ? cursor : at);
      cursor = (at < 0 ? cursor : at) + word.length;
      const label = LABEL_OF_UNER_CLASS[tag.slice(2)];
      const open = names.at(-1);
      if (tag.startsWith('I-') && open && open.label === label) open.end = lineStart + cursor;
      else if (label) names.push({ label, start, end: lineStart + cursor });
    }
  }
  return { text, names };
}
