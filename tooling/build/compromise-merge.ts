/**
 * A build step for compromise, the background's tagger. As it starts, compromise merges each of
 * its plugins' models into its own, key by key, with `Object.assign(model, { [key]: value })`:
 * a new object for every key, over its 25,000-word lexicon and its conjugation tables. That was
 * about a tenth of its set-up's CPU time (35 ms of 350–380 ms, ten alternated fresh Node
 * processes on a loaded machine), paid by the service worker on each cold start. A plain
 * assignment sets the same properties the same way (both are [[Set]] on the model), so the build
 * writes that instead. If compromise's code changes, the build stops rather than ship it unpatched.
 */
import type { Plugin } from 'vite';

/** compromise's module holding `mergeDeep`, as a path ends. */
const EXTEND_MODULE = '/compromise/src/API/extend.js';

const ASSIGNMENTS: Array<[string, string]> = [
  ['Object.assign(model, { [key]: {} })', 'model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];

/** compromise's extend.js with `mergeDeep`'s assignments made plain; throws if one is not found. */
export function patchCompromiseMerge(code: string): string {
  return ASSIGNMENTS.reduce((patched, [from, to]) => {
    if (!patched.includes(from))
      throw new Error(`compromise's mergeDeep no longer has \`${from}\`: see ${import.meta.url}`);
    return patched.replace(from, to);
  }, code);
}

/** The Vite plugin that applies `patchCompromiseMerge` to compromise's extend.js. */
export function compromiseMerge(): Plugin {
  return {
    name: 'newslens:compromise-merge',
    transform(code, id) {
      return id.split('?')[0].endsWith(EXTEND_MODULE) ? patchCompromiseMerge(code) : null;
    },
  };
}
