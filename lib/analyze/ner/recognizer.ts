/**
 * The trained recogniser: text in, typed name spans out. Loads the shipped model and gazetteer once
 * (on first use), tags each line and keeps the people, places and organizations.
 */
import type { EntityType } from '../../analysis';
import { prepareLines } from './features';
import gazetteerFile from './gazetteer.json';
import { loadLexicons, readGazetteer, type Lexicons } from './lexicons';
import { canBeName, withoutLeadingFunctionWord, withoutLowerCaseEnd } from './name-words';
import { withoutLegalForm } from './news-lexicon';
import { isCommonWordOpeningSentence } from './opening-words';
import modelFile from './model.json';
import { readModel, type LinearModel } from './perceptron';
import { TagHistory } from './history';
import { decodeLine, spansOfTags, type NameSpan } from './tagger';
import { tokenizeLines, type TokenLine } from './tokens';

/** CoNLL classes kept, and the contract's type for each (MISC is dropped). */
const TYPE_OF_LABEL: Record<string, EntityType> = { PER: 'person', LOC: 'place', ORG: 'organization' };

export const LABEL_OF_TYPE: Record<EntityType, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

/** A name found in the text, and what the rules after the tagger learned about it. */
export interface TypedSpan extends NameSpan {
  type: EntityType;
  /** The person's title or office, from the words before the name (see roles.ts). */
  role?: string;
  /** Not an entity, but its words are taken: later rules must not find a name inside it. */
  excluded?: boolean;
}

export interface Recognition {
  lines: TokenLine[];
  spans: TypedSpan[];
  /** MISC names (events, nationalities, products…): not entities, unless context says otherwise. */
  otherNames: NameSpan[];
  /** The lexicons the tagger read, for the rules that follow it. */
  lexicons: Lexicons;
}

/** A web address ends a site's name ("Moneycontrol.com", seen typed as a person). */
const WEB_DOMAIN = /\.(?:com|org|net|io|co\.uk|news)$/u;

/**
 * The contract's type of a tagged name; undefined for MISC. A company's legal form ("Ceres
 * Robotics Inc", seen typed as a person on a Space.com page) or a web domain makes any name an
 * organization.
 */
export function entityTypeOf(label: string, words: string): EntityType | undefined {
  return withoutLegalForm(words) !== null || WEB_DOMAIN.test(words) ? 'organization' : TYPE_OF_LABEL[label];
}

let tagger: { model: LinearModel; lexicons: Lexicons } | null = null;

/** Finds the names in `text`, in text order. */
export function recognizeNames(text: string): Recognition {
  tagger ??= { model: readModel(modelFile), lexicons: loadLexicons(readGazetteer(gazetteerFile)) };
  const { model, lexicons } = tagger;
  const lines = tokenizeLines(text);
  const spans: TypedSpan[] = [];
  const otherNames: NameSpan[] = [];
  const history = new TagHistory();
  prepareLines(lines, lexicons).forEach((prepared, l) => {
    const tags = decodeLine(prepared, model.labels, model, history);
    for (const tagged of spansOfTags(prepared.line.tokens, tags, l)) {
      const cut = withoutLowerCaseEnd(tagged, prepared.line.tokens);
      if (!cut) continue;
      const span = withoutLeadingFunctionWord(cut, prepared.line, lexicons);
      if (!span) continue;
      const words = text.slice(span.start, span.end);
      if (!canBeName(words)) continue;
      if (isCommonWordOpeningSentence(prepared.line.tokens, span, text, lexicons.wordClasses)) continue;
      const type = entityTypeOf(span.label, words);
      if (type) spans.push({ ...span, type });
      else otherNames.push(span);
    }
  });
  return { lines, spans, otherNames, lexicons };
}
