/**
 * The contract's promise on mention edges: no possessive, punctuation or quotation mark at either
 * end. The tagger keeps what CoNLL put in names ("Acme Inc.", "People 's Party"); this trims what a
 * mention may not end with, keeping the last full stop of dotted abbreviations ("U.S.") and of
 * abbreviated legal forms ("Acme Inc.").
 */
import { withoutLegalForm } from './news-lexicon';

const PATTERNS = {
  /** What may not end a mention: a possessive, or anything but a letter or digit. */
  untrimmedEnd: /(?:\s*['’][sS]|[^\p{L}\p{N}])$/u,
  untrimmedStart: /^[^\p{L}\p{N}]/u,
  /** "U.S.", "U.N.": dotted initials keep their stop. */
  dottedAbbreviation: /(?:^|\s)(?:\p{L}\.){2,}$/u,
};

/** The [start, end) of the mention with its edges trimmed; empty (start === end) when nothing is left. */
export function trimMentionEdges(text: string, start: number, end: number): [number, number] {
  let mention = text.slice(start, end);
  let trimmedStart = start;
  while (mention && PATTERNS.untrimmedStart.test(mention)) {
    mention = mention.slice(1);
    trimmedStart++;
  }
  while (mention && !keepsItsStop(mention)) {
    const edge = PATTERNS.untrimmedEnd.exec(mention);
    if (!edge) break;
    mention = mention.slice(0, edge.index);
  }
  return [trimmedStart, trimmedStart + mention.length];
}

/** Dotted initials ("U.S.") and a firm's abbreviated legal form ("Acme Inc.") end with their own stop. */
function keepsItsStop(mention: string): boolean {
  return PATTERNS.dottedAbbreviation.test(mention) || (mention.endsWith('.') && withoutLegalForm(mention) !== null);
}
