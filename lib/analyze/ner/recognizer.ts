/**
 * The trained recogniser: text in, typed name spans out. Loads the shipped model and gazetteer once
 * (on first use) and tags each line; the rules that read its names again are passes.ts.
 */
import type { EntityType } from '../../analysis';
import { prepareLines } from './features';
import gazetteerFile from './gazetteer.json';
import { loadLexicons, readGazetteer, type GazetteerFile, type Lexicons } from './lexicons';
import modelFile from './model.json';
import { readModel, type LinearModel, type ModelFile } from './perceptron';
import { TagHistory } from './history';
import { bestTagSequence, LABEL_OF_TYPE, lineStaticScores, spansOfTags, TYPE_OF_LABEL, type NameSpan } from './tagger';
import { tokenizeLines, type TokenLine } from './tokens';
import { typeScoresOf, type TypeScores } from './type-evidence';

/** A name found in the text, and what the rules after the tagger learned about it. */
export interface TypedSpan extends NameSpan {
  type: EntityType;
  /**
   * The tagger's class for the span and its score under each type (type-evidence.ts), computed when
   * first asked for (only names read with two types need them); none on spans a rule added.
   */
  tagged?: { label: string; scores: () => TypeScores };
  /** The person's title or office, from the words before the name (see roles.ts). */
  role?: string;
  /** Not an entity, but its words are taken: later rules must not find a name inside it. */
  excluded?: boolean;
}

/** A span the tagger found and whose type the rules left as the tagger's class. */
export function hasTaggerType(span: TypedSpan): span is TypedSpan & Required<Pick<TypedSpan, 'tagged'>> {
  return span.tagged?.label === LABEL_OF_TYPE[span.type];
}

export interface Recognition {
  lines: TokenLine[];
  spans: TypedSpan[];
  /** MISC names (events, nationalities, products…): not entities, unless context says otherwise. */
  otherNames: NameSpan[];
  /** The lexicons the tagger read, for the rules that follow it. */
  lexicons: Lexicons;
}

let tagger: { model: LinearModel; lexicons: Lexicons } | null = null;

/**
 * Tags with another model from now on (the evaluation's models trained without the source they
 * are scored on); `null` goes back to the shipped one.
 */
export function useNameModel(files: { model: ModelFile; gazetteer: GazetteerFile } | null): void {
  tagger = files && { model: readModel(files.model), lexicons: loadLexicons(readGazetteer(files.gazetteer)) };
}

/** Reads the shipped model and gazetteer now, unless a tagger is loaded (else the first text reads them). */
export function loadNameTagger(): { model: LinearModel; lexicons: Lexicons } {
  tagger ??= { model: readModel(modelFile), lexicons: loadLexicons(readGazetteer(gazetteerFile)) };
  return tagger;
}

/** Tags the names in `text`, in text order: the model's spans, before any rule reads them again. */
export function recognizeNames(text: string): Recognition {
  const { model, lexicons } = loadNameTagger();
  const lines = tokenizeLines(text);
  const spans: TypedSpan[] = [];
  const otherNames: NameSpan[] = [];
  const history = new TagHistory();
  prepareLines(lines, lexicons).forEach((prepared, l) => {
    // Read once, before the line is recorded: by the decoder, and by a name's type scores if asked.
    const staticScores = lineStaticScores(prepared, model.labels, model, history.featuresOf(prepared));
    const tags = bestTagSequence(prepared, model.labels, model, staticScores);
    for (const span of spansOfTags(prepared.line.tokens, tags, l)) {
      const type = TYPE_OF_LABEL[span.label];
      if (!type) {
        otherNames.push(span);
        continue;
      }
      const scores = once(() => typeScoresOf(prepared, tags, span, model.labels, model, staticScores));
      spans.push({ ...span, type, tagged: { label: span.label, scores } });
    }
    history.record(prepared, tags);
  });
  return { lines, spans, otherNames, lexicons };
}

/** `compute`, run on the first call only. */
function once<T>(compute: () => T): () => T {
  let value: { computed: T } | undefined;
  return () => {
    value ??= { computed: compute() };
    return value.computed;
  };
}
