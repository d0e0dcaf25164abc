/**
 * A build step for cssomnom, linkedom's CSS engine (the background's DOM, where Readability reads
 * a story's copy): as it is imported it makes an `Intl.NumberFormat` to write CSS numbers, and an
 * engine's first number format loads its locale data (22 ms of CPU in a fresh Node process, a
 * tenth of the service worker's script evaluation on a cold start), though reading a story never
 * writes a CSS number. The build has it made on first use instead. If cssomnom's code changes,
 * the build stops rather than ship it unpatched.
 */
import type { Plugin } from 'vite';
import { sourcePatchPlugin } from './source-patch';

/** Any of cssomnom's modules, as a path holds it. */
const CSSOMNOM_MODULE = '/node_modules/cssomnom/';

/** The module-level statement that makes the format as cssomnom is imported; `$1` is the making. */
const EAGER_FORMATTER = /const formatter = (new Intl\.NumberFormat\([^;]*\));/;

/** What the module's `formatNumber` calls, kept: `formatter.format(value)`. */
const LAZY_FORMATTER =
  'let madeFormatter;\nconst formatter = { format: (value) => (madeFormatter ??= $1).format(value) };';

/** Whether cssomnom's module `code` is the one that makes the number format. */
function makesFormatter(code: string): boolean {
  return code.includes('new Intl.NumberFormat(');
}

/** cssomnom's module with its number format made on first use; throws if the statement is not found. */
export function patchCssomnomFormatter(code: string): string {
  if (!EAGER_FORMATTER.test(code))
    throw new Error(`cssomnom no longer makes its number format as this build step expects: see ${import.meta.url}`);
  return code.replace(EAGER_FORMATTER, LAZY_FORMATTER);
}

/** The Vite plugin: applies `patchCssomnomFormatter`, and stops a build that bundled cssomnom unpatched. */
export function cssomnomFormatter(): Plugin {
  return sourcePatchPlugin({
    name: 'newslens:cssomnom-formatter',
    packageModule: CSSOMNOM_MODULE,
    isTarget: (path, code) => path.includes(CSSOMNOM_MODULE) && makesFormatter(code),
    patch: patchCssomnomFormatter,
    unpatchedError: `cssomnom was bundled with its number format made at import: see ${import.meta.url}`,
  });
}
