/**
 * What the build steps that rewrite a dependency's module share: a module's path from Vite's id,
 * and the plugin that rewrites the module and stops a build that bundled the package without
 * passing through it (its exports resolved elsewhere, or its code changed), rather than ship it
 * unpatched.
 */
import type { Plugin } from 'vite';

/** A module's path, without the query Vite may add to its id. */
export function modulePath(id: string): string {
  return id.split('?')[0];
}

export interface SourcePatch {
  /** The plugin's name. */
  name: string;
  /** Any of the package's modules, as a path holds it ("/node_modules/compromise/"). */
  packageModule: string;
  /** Whether a module (its path, its code) is the one to rewrite. */
  isTarget: (path: string, code: string) => boolean;
  /** The module as shipped; throws if the text it rewrites is not found. */
  patch: (code: string) => string;
  /** The build's error when it bundled the package and rewrote none of its modules. */
  unpatchedError: string;
}

/** The Vite plugin that applies `patch` to the target module, and stops a build that bundled the package unpatched. */
export function sourcePatchPlugin({ name, packageModule, isTarget, patch, unpatchedError }: SourcePatch): Plugin {
  let bundled = false;
  let patched = false;
  return {
    name,
    buildStart() {
      bundled = false;
      patched = false;
    },
    transform(code, id) {
      const path = modulePath(id);
      bundled ||= path.includes(packageModule);
      if (!isTarget(path, code)) return null;
      patched = true;
      return patch(code);
    },
    buildEnd(error) {
      if (!error && bundled && !patched) throw new Error(unpatchedError);
    },
  };
}
