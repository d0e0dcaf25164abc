/**
 * A build step for compromise, the background's tagger: its lexicon ships expanded. As it starts,
 * compromise unpacks its packed word lists and expands them into every conjugation, plural and
 * comparative (24,000 words from 11,000), in its pre-tagger's model module: about two thirds of
 * its set-up's CPU time, paid by the service worker on each cold start (its import took 181–205 ms
 * of CPU in Node, 62–71 ms with this step: docs/quality.md, issue 14). The result depends on
 * compromise's own data and code alone, so the build runs that module once in Node and ships
 * what it leaves: the lexicon and its switches (the words of two classes) as the lexicon module's
 * exports, the multi-word cache and the uncountable nouns where the model module expanded them.
 * If compromise's code changes, the build stops rather than ship it unexpanded.
 */
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { COMPROMISE_MODULE, requireText } from './compromise-source';
import { modulePath } from './source-patch';

/** compromise's pre-tagger model module, which expands the lexicon as it is evaluated, as a path ends. */
const MODEL_MODULE = '/compromise/src/2-two/preTagger/model/index.js';
/** The module that unpacks the word lists into the lexicon and the switches, as a path ends. */
const LEXICON_MODULE = '/compromise/src/2-two/preTagger/model/lexicon/index.js';

/** The model module's expansion, and its import: both go. */
const EXPANSION = 'model = expandLexicon(model)';
const EXPANSION_IMPORT = "import expandLexicon from './_expand/index.js'";
/** The lexicon module's exports, which the shipped module keeps. */
const LEXICON_EXPORTS = 'export { lexicon, switches, frozenLex }';
/** The lexicon module's one import the shipped module keeps: words compromise never expands. */
const FROZEN_LEXICON_IMPORT = "import frozenLex from './frozenLex.js'";

/** What compromise's model module leaves once evaluated, as far as its expansion wrote. */
export interface ExpandedLexicon {
  /** Word → tag (or tags), every expanded form included. */
  lexicon: Record<string, unknown>;
  /** Words of two classes (e.g. "Noun|Verb"), which the tagger decides between in context. */
  switches: Record<string, string>;
  /** First word of a multi-word entry → its longest entry's length in words. */
  multiCache: Record<string, number>;
  /** Nouns with no plural. */
  uncountable: Record<string, boolean>;
}

/** The parts of compromise's model that its expansion writes. */
export interface PreTaggerModel {
  one: { lexicon: ExpandedLexicon['lexicon']; _multiCache: ExpandedLexicon['multiCache'] };
  two: { switches: ExpandedLexicon['switches']; uncountable: ExpandedLexicon['uncountable'] };
}

/** Evaluates compromise's model module at `modelPath` in Node, and reads what its expansion left. */
export async function expandLexiconInNode(modelPath: string): Promise<ExpandedLexicon> {
  const { default: model } = (await import(pathToFileURL(modelPath).href)) as { default: PreTaggerModel };
  return {
    lexicon: model.one.lexicon,
    switches: model.two.switches,
    multiCache: model.one._multiCache,
    uncountable: model.two.uncountable,
  };
}

/** JavaScript that makes `value` from JSON text: the engine's JSON parser is its fastest reader of data. */
function parsed(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
}

/** The lexicon module as shipped: the expanded lexicon and the switches, read from JSON; throws if compromise changed it. */
export function expandedLexiconModule(code: string, expanded: ExpandedLexicon): string {
  requireText(code, LEXICON_EXPORTS, 'lexicon module', import.meta.url);
  requireText(code, FROZEN_LEXICON_IMPORT, 'lexicon module', import.meta.url);
  return [
    FROZEN_LEXICON_IMPORT,
    `const lexicon = ${parsed(expanded.lexicon)}`,
    `const switches = ${parsed(expanded.switches)}`,
    LEXICON_EXPORTS,
    '',
  ].join('\n');
}

/** The model module as shipped: what its expansion added besides the lexicon, read from JSON; throws if compromise changed it. */
export function expandedModelModule(code: string, expanded: ExpandedLexicon): string {
  requireText(code, EXPANSION, 'model module', import.meta.url);
  requireText(code, EXPANSION_IMPORT, 'model module', import.meta.url);
  const restored = [
    `Object.assign(model.one._multiCache, ${parsed(expanded.multiCache)})`,
    `Object.assign(model.two.uncountable, ${parsed(expanded.uncountable)})`,
  ].join('\n');
  return code.replace(EXPANSION_IMPORT, '').replace(EXPANSION, restored);
}

/**
 * The Vite plugin that ships compromise's lexicon expanded (see above), and stops a build that
 * bundled compromise without passing through both modules (its exports resolved elsewhere).
 */
export function compromiseLexicon(): Plugin {
  let bundled = false;
  const rewritten = new Set<string>();
  /** The expansion, once per build, from the model module beside the lexicon module met first. */
  let expansion: Promise<ExpandedLexicon> | null = null;
  const expand = (modelPath: string) => {
    expansion ??= expandLexiconInNode(modelPath);
    return expansion;
  };
  return {
    name: 'newslens:compromise-lexicon',
    buildStart() {
      bundled = false;
      rewritten.clear();
      expansion = null;
    },
    async transform(code, id) {
      const path = modulePath(id);
      bundled ||= path.includes(COMPROMISE_MODULE);
      if (path.endsWith(LEXICON_MODULE)) {
        rewritten.add(LEXICON_MODULE);
        const modelPath = path.slice(0, -LEXICON_MODULE.length) + MODEL_MODULE;
        return expandedLexiconModule(code, await expand(modelPath));
      }
      if (path.endsWith(MODEL_MODULE)) {
        rewritten.add(MODEL_MODULE);
        return expandedModelModule(code, await expand(path));
      }
      return null;
    },
    buildEnd(error) {
      if (!error && bundled && rewritten.size < 2)
        throw new Error(`compromise was bundled without its lexicon expanded: see ${import.meta.url}`);
    },
  };
}
