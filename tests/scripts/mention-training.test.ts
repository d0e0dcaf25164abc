import { describe, expect, it } from 'vitest';
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { classLogProbabilities, readMentionModel } from '../../lib/analyze/ner/mention-classifier';
import { mentionFeatures } from '../../lib/analyze/ner/mention-features';
import { loadLexicons } from '../../lib/analyze/ner/lexicons';
import { tokenizeLines } from '../../lib/analyze/ner/tokens';
import { trainMentionModel } from '../../scripts/ner/mention-training';

/** A document whose gold names are given by their words and CoNLL class. */
function documentOf(text: string, names: Array<[string, string]>): ConllDocument {
  return {
    text,
    names: names.map(([words, label]) => {
      const start = text.indexOf(words);
      return { label, start, end: start + words.length };
    }),
  };
}

const DOCUMENTS = Array.from({ length: 20 }, (_, k) =>
  documentOf(`Abstract ${k}. We stayed at the Kowloon Hotel, said Mary Okafor of Zenith Bank.`, [
    ['Kowloon Hotel', 'LOC'],
    ['Mary Okafor', 'PER'],
    ['Zenith Bank', 'ORG'],
  ]),
);

/** The class the model gives the run of `words` in the first document. */
function classOf(model: ReturnType<typeof trainMentionModel>, words: string): string {
  const { text } = DOCUMENTS[0];
  const lines = tokenizeLines(text);
  const start = text.indexOf(words);
  const first = lines[0].tokens.findIndex((token) => token.start === start);
  const last = lines[0].tokens.findIndex((token) => token.end === start + words.length);
  const scores = classLogProbabilities(
    readMentionModel(model),
    mentionFeatures(lines, { line: 0, first, last }, loadLexicons(new Map())),
  );
  return model.classes[scores.indexOf(Math.max(...scores))];
}

describe('training the mention classifier', () => {
  const model = trainMentionModel(DOCUMENTS);

  it('learns the gold names’ types and takes other capitalised runs for no name', () => {
    expect(classOf(model, 'Kowloon Hotel')).toBe('place');
    expect(classOf(model, 'Mary Okafor')).toBe('person');
    expect(classOf(model, 'Zenith Bank')).toBe('organization');
    expect(classOf(model, 'Abstract')).toBe('none');
  });

  it('writes the same file for the same documents', () => {
    expect(trainMentionModel(DOCUMENTS)).toEqual(model);
  });
});
