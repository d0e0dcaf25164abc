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
import { COMPROMISE_MODULE, requireText } from './compromise-source';
import { sourcePatchPlugin } from './source-patch';

/** compromise's module holding `mergeDeep`, as a path ends. */
const EXTEND_MODULE = '/compromise/src/API/extend.js';

const ASSIGNMENTS: Array<[string, string]> = [
  ['Object.assign(model, { [key]: {} })', 'model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];

/** compromise's extend.js with `mergeDeep`'s assignments made plain; throws if one is not found. */
export function patchCompromiseMerge(code: string): string {
  return ASSIGNMENTS.reduce((patched, [from, to]) => {
    requireText(patched, from, 'mergeDeep', import.meta.url);
    return patched.replace(from, to);
  }, code);
}

/**
 * The Vite plugin that applies `patchCompromiseMerge` to compromise's extend.js, and stops a build
 * that bundled compromise without passing through that file (its exports resolved elsewhere).
 */
export function compromiseMerge(): Plugin {
  return sourcePatchPlugin({
    name: 'newslens:compromise-merge',
    packageModule: COMPROMISE_MODULE,
    isTarget: (path) => path.endsWith(EXTEND_MODULE),
    patch: patchCompromiseMerge,
    unpatchedError: `compromise was bundled without its extend.js, so unpatched: see ${import.meta.url}`,
  });
}
