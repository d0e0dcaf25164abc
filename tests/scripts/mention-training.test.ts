import { describe, expect, it } from 'vitest';
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import {
  classLogProbabilitiesOf,
  type MentionModelFile,
  readMentionModel,
  TYPE_CLASSES,
} from '../../lib/analyze/ner/mention-classifier';
import { mentionFeaturesOf, typingFeaturesOf } from '../../lib/analyze/ner/mention-features';
import { loadLexicons } from '../../lib/analyze/ner/lexicons';
import { tokenizeLines } from '../../lib/analyze/ner/tokens';
import { isResultsLine, trainMentionModels } from '../../scripts/ner/mention-training';

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

/** The class a model gives the run of `words` in the first document: the first model, or the typing model. */
function classOf(model: MentionModelFile, words: string, typing = false): string {
  const { text } = DOCUMENTS[0];
  const lines = tokenizeLines(text);
  const start = text.indexOf(words);
  const first = lines[0].tokens.findIndex((token) => token.start === start);
  const last = lines[0].tokens.findIndex((token) => token.end === start + words.length);
  const run = { line: 0, first, last };
  const lexicons = loadLexicons(new Map());
  const scores = typing
    ? classLogProbabilitiesOf(readMentionModel(model, TYPE_CLASSES), (sink) =>
        typingFeaturesOf(lines, run, lexicons, sink),
      )
    : classLogProbabilitiesOf(readMentionModel(model), (sink) => mentionFeaturesOf(lines, run, lexicons, sink));
  return model.classes[scores.indexOf(Math.max(...scores))];
}

describe('training the mention classifier', () => {
  const models = trainMentionModels(DOCUMENTS);

  it('learns the gold names’ types and takes other capitalised runs for no name', () => {
    expect(classOf(models.names, 'Kowloon Hotel')).toBe('place');
    expect(classOf(models.names, 'Mary Okafor')).toBe('person');
    expect(classOf(models.names, 'Zenith Bank')).toBe('organization');
    expect(classOf(models.names, 'Abstract')).toBe('none');
  });

  it('trains the typing model on the gold names alone, with the word clusters', () => {
    expect(models.types.classes).toEqual(['person', 'place', 'organization']);
    expect(classOf(models.types, 'Kowloon Hotel', true)).toBe('place');
    expect(classOf(models.types, 'Mary Okafor', true)).toBe('person');
    expect(classOf(models.types, 'Zenith Bank', true)).toBe('organization');
    expect(models.types.weights).toMatch(/^head-k0=/m);
    expect(models.names.weights).not.toMatch(/-k[0-9f]=/);
  });

  it('writes the same files for the same documents', () => {
    expect(trainMentionModels(DOCUMENTS)).toEqual(models);
  });

  it('tells a results table’s lines, whose names weigh less in the typing model, from datelines and sentences', () => {
    const lines = tokenizeLines(
      'Cleveland 4 Oakland 3\nSAN DIEGO 70 59 .543 -\nLONDON 1996-08-22\nCleveland won 4 to 3.',
    );
    expect(lines.map(isResultsLine)).toEqual([true, true, false, false]);
  });
});
