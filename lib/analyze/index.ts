/**
 * Text in, findings out: the NLP half of the pipeline. Pure: no DOM, no browser API, no clock.
 * This is what the background runs; compromise is loaded only by the modules below.
 */
import type { Entity, Quote, Voices } from '../analysis';
import { findEntities } from './ner';
import { findQuotes } from './quotes';
import { choosePoints } from './key-points';
import { readDateline } from './dateline';
import { findVoices } from './voices';
import { loadNameTagger } from './ner/recognizer';

export interface TextFindings {
  entities: Entity[];
  quotes: Quote[];
  keyPoints: string[];
  shortPoints: string[];
  voices: Voices;
  dateline: string | null;
  agencies: string[];
}

/**
 * What an analysis is for. A story's lead is analysed only to paint its first screen while the
 * whole is analysed, and no one reads its key points (the popup waits for the whole story's): it
 * goes without them, which spares a quarter of its time and compromise's tagging of each sentence.
 */
export interface AnalysisScope {
  keyPoints: boolean;
}

const WHOLE_STORY: AnalysisScope = { keyPoints: true };

export function analyzeText(text: string, scope: AnalysisScope = WHOLE_STORY): TextFindings {
  const { dateline, agencies, bodyStart } = readDateline(text);
  const entities = findEntities(text);
  const quotes = findQuotes(text, entities);
  const { keyPoints, shortPoints } = scope.keyPoints
    ? choosePoints(text, { entities, quotes, bodyStart })
    : { keyPoints: [], shortPoints: [] };
  const voices = findVoices(text, quotes, entities);
  return { entities, quotes, keyPoints, shortPoints, voices, dateline, agencies };
}

/** A short story that goes through every part of the analysis: a dateline, names, a quote, a speaker. */
const WARM_UP_STORY = [
  'PARIS, March 4 (Reuters) - President Ana Lopez met the French prime minister in Paris on Monday.',
  '“We agree on the main points,” Lopez said after the talks with officials of the European Union.',
].join('\n');

/**
 * The analysis's first run, in steps of one task each, for the background to take while it waits:
 * the tagger's model and lexicons read, then a short story analysed (compromise builds its
 * tagger's match net on its first text, and the engine compiles the analysis's code). A story
 * analysed after them takes what a story takes; the first one after a cold start took 0.2–0.3 s
 * more in Chromium on a busy 2-core machine.
 */
export const WARM_UP_STEPS: ReadonlyArray<() => unknown> = [loadNameTagger, () => analyzeText(WARM_UP_STORY)];
