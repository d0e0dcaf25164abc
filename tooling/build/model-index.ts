/**
 * A build step for the linear models NewsLens ships (lib/analyze/ner/perceptron.ts's file format,
 * whatever `npm run train:ner` or another trainer writes): each JSON file of that shape is
 * bundled with its feature table (`featureTable`, lib/analyze/ner/feature-index.ts) made here,
 * so the service worker finds a feature's row without first reading every feature name into a
 * map (most of the model's read on its cold start: docs/quality.md, issue 14). Other JSON files
 * are left to the bundler.
 */
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';
import { buildFeatureTable, encodeFeatureTable } from '../../lib/analyze/ner/feature-index';
import type { ModelFile } from '../../lib/analyze/ner/perceptron';
import { modulePath } from './source-patch';

/** Whether a parsed JSON file is a linear model's file (see `ModelFile`). */
export function isModelFile(value: unknown): value is ModelFile {
  if (typeof value !== 'object' || value === null) return false;
  const { labels, features, weights } = value as Record<string, unknown>;
  return Array.isArray(labels) && typeof features === 'string' && typeof weights === 'string';
}

/** The model file with its feature table, as the files' order of keys has it, and the table last. */
export function withFeatureTable(file: ModelFile): ModelFile {
  return { ...file, featureTable: encodeFeatureTable(buildFeatureTable(file.features)) };
}

/** A module whose default export is `value`. */
export function jsonModule(value: unknown): string {
  return `export default ${JSON.stringify(value)};\n`;
}

/** The Vite plugin: a model file's module carries its feature table. */
export function modelIndex(): Plugin {
  /** Where the shipped models are: the project's own lib/, never a dependency's JSON. */
  let libFolder = join(process.cwd(), 'lib') + sep;
  return {
    name: 'newslens:model-index',
    enforce: 'pre',
    configResolved(config) {
      libFolder = join(config.root, 'lib') + sep;
    },
    async load(id) {
      const path = modulePath(id);
      if (!path.startsWith(libFolder) || !path.endsWith('.json')) return null;
      const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
      if (!isModelFile(parsed)) return null;
      return { code: jsonModule(withFeatureTable(parsed)), moduleType: 'js' };
    },
  };
}
