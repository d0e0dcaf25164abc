import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModel, type ModelFile } from '../../lib/analyze/ner/perceptron';
import { isModelFile, jsonModule, modelIndex, withFeatureTable } from '../../tooling/build/model-index';

const MODEL_PATH = resolve('lib/analyze/ner/model.json');
const GAZETTEER_PATH = resolve('lib/analyze/ner/gazetteer.json');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** What the plugin's `load` gives for `id`. */
async function loaded(id: string): Promise<{ code: string } | null> {
  const load = modelIndex().load as (id: string) => Promise<{ code: string } | null>;
  return load.call({}, id);
}

describe('the model index build step', () => {
  it('scores every feature of the shipped model as the model read without the build does', () => {
    const file = readJson(MODEL_PATH) as ModelFile;
    const plain = readModel(file);
    const built = readModel(withFeatureTable(file));
    const features = file.features.split('\n');
    // Each feature, and as many that are not the model's.
    const asked = [...features, ...features.map((feature) => `${feature}~`)];
    const scores = (model: typeof plain) =>
      asked.map((feature) => {
        const row = new Float32Array(file.labels.length);
        model.addScores([feature], row);
        return [...row];
      });
    expect(scores(built)).toEqual(scores(plain));
  });

  it('ships a model file with its table, as a module whose export is the file', async () => {
    const file = readJson(MODEL_PATH) as ModelFile;
    const module = await loaded(MODEL_PATH);
    expect(module?.code).toBe(jsonModule(withFeatureTable(file)));
    expect(withFeatureTable(file)).toEqual({ ...file, featureTable: expect.any(String) });
  });

  it('leaves other JSON files, and any outside the project’s lib/, to the bundler', async () => {
    expect(isModelFile(readJson(GAZETTEER_PATH))).toBe(false);
    expect(await loaded(GAZETTEER_PATH)).toBeNull();
    expect(await loaded(resolve('node_modules/compromise/package.json'))).toBeNull();
    expect(await loaded(resolve('lib/analyze/ner/recognizer.ts'))).toBeNull();
  });
});
