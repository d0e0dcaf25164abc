/**
 * What the build steps that rewrite compromise's source share: where its modules are, and the
 * check that the text a step rewrites is still there (if compromise's code changes, the build
 * stops rather than ship it unpatched).
 */

/** Any of compromise's modules, as a path holds it: its exports may resolve to a build of its own. */
export const COMPROMISE_MODULE = '/node_modules/compromise/';

/** Throws unless `code`, compromise's `module`, still has `text`; `step` is the build step's module. */
export function requireText(code: string, text: string, module: string, step: string): void {
  if (!code.includes(text)) throw new Error(`compromise's ${module} no longer has \`${text}\`: see ${step}`);
}
