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

export interface TextFindings {
  entities: Entity[];
  quotes: Quote[];
  keyPoints: string[];
  shortPoints: string[];
  voices: Voices;
  dateline: string | null;
  agencies: string[];
}

export function analyzeText(text: string): TextFindings {
  const { dateline, agencies, bodyStart } = readDateline(text);
  const entities = findEntities(text);
  const quotes = findQuotes(text, entities);
  const { keyPoints, shortPoints } = choosePoints(text, { entities, quotes, bodyStart });
  const voices = findVoices(text, quotes, entities);
  return { entities, quotes, keyPoints, shortPoints, voices, dateline, agencies };
}
