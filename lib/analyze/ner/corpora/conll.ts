/**
 * Reads CoNLL-2003 files (one token a line: word, POS, chunk, BIO entity tag; "-DOCSTART-" between
 * documents) into documents laid out as text the way the evaluation feeds them to the pipeline:
 * tokens joined by single spaces, sentences by "\n". Used by the training script and the evaluation.
 */

export interface ConllName {
  /** PER, LOC, ORG or MISC. */
  label: string;
  start: number;
  end: number;
}

export interface ConllDocument {
  text: string;
  /** Every gold name, with offsets into `text`. */
  names: ConllName[];
}

const DOCUMENT_START = '-DOCSTART-';

/** Splits a CoNLL file into documents with their text and gold names. */
export function readConllDocuments(content: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: Array<Array<[string, string]>> = [];
  let sentence: Array<[string, string]> = [];
  const endSentence = (): void => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length) documents.push(layOut(sentences));
    sentences = [];
  };
  for (const line of content.split('\n')) {
    const fields = line.trim().split(' ');
    if (fields[0] === DOCUMENT_START) endDocument();
    else if (!fields[0]) endSentence();
    else sentence.push([fields[0], fields[fields.length - 1]]);
  }
  endDocument();
  return documents;
}

function layOut(sentences: Array<Array<[string, string]>>): ConllDocument {
  let text = '';
  const names: ConllName[] = [];
  sentences.forEach((sentence, s) => {
    if (s > 0) text += '\n';
    sentence.forEach(([word, tag], t) => {
      if (t > 0) text += ' ';
      const start = text.length;
      text += word;
      const open = names.at(-1);
      if (tag.startsWith('I-') && open && open.label === tag.slice(2) && open.end === start - 1 && t > 0) {
        open.end = text.length;
      } else if (tag !== 'O') {
        names.push({ label: tag.slice(2), start, end: text.length });
      }
    });
  });
  return { text, names };
}
