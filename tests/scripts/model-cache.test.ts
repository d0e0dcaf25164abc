// @vitest-environment node
// A script of Node: import.meta.url must be a file address, which happy-dom does not give.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConllDocument } from '../../lib/analyze/ner/corpora/conll';
import { keyOf, regimeHash, trainedOrKept } from '../../scripts/ner/model-cache';

/** Two tiny training documents, written for this test. */
const ANNA: ConllDocument = { text: 'Anna Berg visited Oslo .', names: [{ label: 'PER', start: 0, end: 9 }] };
const OSLO: ConllDocument = { text: 'Oslo won .', names: [{ label: 'ORG', start: 0, end: 4 }] };

describe('the held-out taggers kept in a folder', () => {
  const folders: string[] = [];
  const newFolder = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'newslens-model-cache-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('keys a tagger by the documents it learns from, their names and the regime', () => {
    expect(keyOf([ANNA])).toBe(keyOf([{ ...ANNA }]));
    expect(keyOf([ANNA])).not.toBe(keyOf([ANNA, OSLO]));
    expect(keyOf([OSLO])).not.toBe(keyOf([{ ...OSLO, names: [{ ...OSLO.names[0], label: 'LOC' }] }]));
    expect(regimeHash()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('trains a tagger once, keeps it, then reads it back instead of training again', () => {
    const folder = newFolder();
    const trained = trainedOrKept([ANNA, OSLO], folder, 'all but gum-bio');
    expect(trained.model.labels).toContain('B-PER');
    const file = `all-but-gum-bio-${keyOf([ANNA, OSLO])}.json`;
    expect(readdirSync(folder)).toEqual([file]);
    // What the folder holds is what comes back: a kept file marked by hand shows it was read.
    const marked = { ...trained, gazetteer: { PER: 'marked by the test' } };
    writeFileSync(join(folder, file), JSON.stringify(marked));
    expect(trainedOrKept([ANNA, OSLO], folder, 'all but gum-bio')).toEqual(marked);
    // Other documents are another tagger.
    trainedOrKept([ANNA], folder, 'all but gum-bio');
    expect(readdirSync(folder)).toHaveLength(2);
  });
});
