import { describe, expect, it } from 'vitest';
import { readUnerDocuments } from '../../../../../lib/analyze/ner/corpora/uner';

/** A made-up file in UNER's IOB2 layout: index, token, tag, two annotator columns. */
const FILE = [
  '# newdoc id = answers-1',
  '# sent_id = answers-1-0001',
  '# text = where in tampa bay can I eat?',
  '1\twhere\tO\t-\t-',
  '2\tin\tO\t-\t-',
  '3\ttampa\tB-LOC\t-\t-',
  '4\tbay\tI-LOC\t-\t-',
  '5\tcan\tO\t-\t-',
  '6\tI\tO\t-\t-',
  '7\teat\tO\t-\t-',
  '8\t?\tO\t-\t-',
  '',
  '# sent_id = answers-1-0002',
  "# text = Ask Enron's Debra.",
  '1\tAsk\tO\t-\t-',
  '2\tEnron\tB-ORG\t-\t-',
  "3\t's\tO\t-\t-",
  '4\tDebra\tB-PER\t-\t-',
  '5\t.\tO\t-\t-',
  '',
  '# newdoc id = email-2',
  '# sent_id = email-2-0001',
  '# text = Hi',
  '1\tHi\tO\t-\t-',
  '',
].join('\n');

describe('readUnerDocuments', () => {
  const documents = readUnerDocuments(FILE);

  it('reads each document, a sentence a line as written', () => {
    expect(documents.map(({ text }) => text)).toEqual(["where in tampa bay can I eat?\nAsk Enron's Debra.", 'Hi']);
  });

  it('finds each name at its place in the text', () => {
    const [{ text, names }] = documents;
    expect(names.map(({ label, start, end }) => `${label} ${text.slice(start, end)}`)).toEqual([
      'LOC tampa bay',
      'ORG Enron',
      'PER Debra',
    ]);
  });
});
