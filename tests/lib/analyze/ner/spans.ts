/** Builds tagger spans by hand for the rule tests, so they do not depend on what the model learned. */
import type { EntityType } from '../../../../lib/analysis';
import type { Lexicons } from '../../../../lib/analyze/ner/lexicons';
import type { TypedSpan } from '../../../../lib/analyze/ner/recognizer';
import { LABEL_OF_TYPE } from '../../../../lib/analyze/ner/tagger';
import { tokenizeLines, type TokenLine } from '../../../../lib/analyze/ner/tokens';

export interface HandTagged {
  text: string;
  lines: TokenLine[];
  /** The span of the first occurrence of `phrase` (whole tokens) after `from` characters. */
  span(phrase: string, type: EntityType, from?: number): TypedSpan;
}

export function handTag(text: string): HandTagged {
  const lines = tokenizeLines(text);
  return {
    text,
    lines,
    span(phrase, type, from = 0) {
      const start = text.indexOf(phrase, from);
      const end = start + phrase.length;
      const line = lines.findIndex(({ tokens }) => tokens.some((token) => token.start === start));
      const tokens = lines[line].tokens;
      const first = tokens.findIndex((token) => token.start === start);
      const last = tokens.findIndex((token) => token.end === end);
      if (start < 0 || first < 0 || last < 0) throw new Error(`"${phrase}" is not a run of whole tokens`);
      return { label: LABEL_OF_TYPE[type], type, line, first, last, start, end };
    },
  };
}

/** What a test reads of a span: its words, type and role. */
export function describeSpan(text: string, span: TypedSpan): string {
  return `${text.slice(span.start, span.end)} (${span.type}${span.role ? `, ${span.role}` : ''})`;
}

/**
 * Lexicons made by hand for the rule tests: the phrases known whole (lowercased, with their
 * class) and the compromise classes of a few words; every other word and phrase is unknown.
 */
export function handLexicons(
  trainedPhrases: Record<string, string>,
  wordClasses: Record<string, string[]> = {},
  orgWords: string[] = [],
): Lexicons {
  return {
    trainedPhrases: new Map(Object.entries(trainedPhrases)),
    compromisePhrases: new Map(),
    wordClasses: new Map(Object.entries(wordClasses)),
    orgWords: new Set(orgWords),
  } as unknown as Lexicons;
}
