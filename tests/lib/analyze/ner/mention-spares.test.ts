import { afterEach, describe, expect, it } from 'vitest';
import type { Lexicons } from '../../../../lib/analyze/ner/lexicons';
import {
  type MentionModelFile,
  useMentionModel,
  withoutNonNames,
} from '../../../../lib/analyze/ner/mention-classifier';
import { sparedMentions } from '../../../../lib/analyze/ner/mention-spares';
import type { TypedSpan } from '../../../../lib/analyze/ner/recognizer';
import { describeSpan, handTag } from './spans';

const LEXICONS = { wordClasses: new Map(), orgWords: new Set(), placeWords: new Set() } as unknown as Lexicons;

/** A model that holds every mention ending in "Quill" for no name. */
const MODEL: MentionModelFile = {
  classes: ['person', 'place', 'organization', 'none'],
  weights: 'head=quill\t0 0 0 6',
};

function tagged(span: TypedSpan): TypedSpan {
  return { ...span, tagged: { label: span.label, scores: () => ({ person: 0, place: -5, organization: -5 }) } };
}

/** Every mention of "Dora Quill" in the text, in order. */
function mentions({ text, span }: ReturnType<typeof handTag>): TypedSpan[] {
  return [...text.matchAll(/Dora Quill/g)].map((match) => span('Dora Quill', 'person', match.index));
}

afterEach(() => useMentionModel(null));

describe('the mention spares', () => {
  it('spare a mention directly followed by a verb of saying or by a colon opening a quote', () => {
    const text = handTag('Dora Quill wrote on Monday. Dora Quill: “We will see.” Dora Quill, a writer, said so.');
    const spared = sparedMentions(text.text);
    expect(mentions(text).map(spared)).toEqual([true, true, false]);
  });

  it('spare no mention followed by a noun, a colon opening no quote, or a verb on the next line', () => {
    const text = handTag('Dora Quill notes. Dora Quill: results\nDora Quill\nsaid nothing.');
    const spared = sparedMentions(text.text);
    expect(mentions(text).map(spared)).toEqual([false, false, false]);
  });

  it('keep, in the dropping pass, a name the classifier reads as none when one of its mentions speaks', () => {
    useMentionModel(MODEL);
    const speaking = handTag('Dora Quill told reporters. Later Dora Quill left.');
    const silent = handTag('Dora Quill left. Later Dora Quill left.');
    const keptOf = (tagging: ReturnType<typeof handTag>) => {
      const { text, lines } = tagging;
      const spans = mentions(tagging).map(tagged);
      return withoutNonNames(spans, lines, text, LEXICONS, sparedMentions(text)).map((kept) =>
        describeSpan(text, kept),
      );
    };
    expect(keptOf(speaking)).toEqual(['Dora Quill (person)', 'Dora Quill (person)']);
    expect(keptOf(silent)).toEqual([]);
  });
});
