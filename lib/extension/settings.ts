/**
 * The reader's settings, each defined once (`setting`: its storage key and fallback): the options
 * page, the popup, the reader and the background import these same settings and watch them for
 * live changes.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import type { HighlightKinds } from '../paint/highlight';
import type { ReadingDecision } from '../reading/page-state';
import { isHostListed, withSite, type ReadingMode } from './setting-values';

/** A setting: its stored value (`fallback` where none was ever stored), written and watched. */
export interface Setting<Value> {
  readonly key: StorageItemKey;
  readonly fallback: Value;
  getValue(): Promise<Value>;
  setValue(value: Value): Promise<void>;
  /** Calls `callback` with the new and the previous value on each change; returns the unwatch. */
  watch(callback: (value: Value, previous: Value) => void): () => void;
}

/**
 * A setting stored under `key`, read and written by its key. Not WXT's `storage.defineItem`: an
 * item it defines reads its stored value as soon as it is defined, so the reader's evaluation
 * (whose module defines them all) made six storage reads in the task that injected it, with the
 * browser API's first wrapping of `storage` (5–22 ms of that task's profile at CPU throttling 4;
 * docs/quality.md, issue 17, branch `s-load`). The settings define no version nor migration.
 */
function setting<Value>(key: StorageItemKey, fallback: Value): Setting<Value> {
  return {
    key,
    fallback,
    getValue: () => storage.getItem<Value>(key, { fallback }),
    setValue: (value) => storage.setItem<Value>(key, value),
    watch: (callback) =>
      storage.watch<Value>(key, (value, previous) => callback(value ?? fallback, previous ?? fallback)),
  };
}

export const ALL_KINDS_ON: HighlightKinds = { person: true, place: true, organization: true, quote: true };

export const highlightKinds = setting<HighlightKinds>('sync:highlightKinds', ALL_KINDS_ON);

export const readingMode = setting<ReadingMode>('sync:readingMode', 'automatic');

/** Hostnames never read at all (a site also covers its subdomains). */
export const skippedSites = setting<string[]>('sync:skippedSites', []);

/** Hostnames that are read (the popup works) but not painted: the popup's per-site switch. */
export const sitesWithHighlightsOff = setting<string[]>('sync:sitesWithHighlightsOff', []);

/** Read the page, hold it because its site is skipped, or wait for the popup's click. */
export async function readingDecision(host: string): Promise<ReadingDecision> {
  // Both read at once: a story waits on this before it is read.
  const [skipped, mode] = await Promise.all([skippedSites.getValue(), readingMode.getValue()]);
  if (isHostListed(host, skipped)) return 'site-skipped';
  return mode === 'on-click' ? 'waiting' : 'read';
}

/** The keyboard command: turn highlights on this site off, or back on. */
export async function toggleSiteHighlights(host: string): Promise<void> {
  const off = await sitesWithHighlightsOff.getValue();
  await sitesWithHighlightsOff.setValue(withSite(off, host, !isHostListed(host, off)));
}

/** Reading memory: stop recording stories (what is kept still shows, and can be forgotten). */
export const memoryPaused = setting<boolean>('local:memoryPaused', false);

/** Stories are kept this many days unless the reader says otherwise. */
export const DEFAULT_KEEP_DAYS = 90;

/** Reading memory: how many days stories are kept. */
export const memoryKeepDays = setting<number>('local:memoryKeepDays', DEFAULT_KEEP_DAYS);

/** The memory's two settings, as the background needs them for each story. */
export interface MemorySettings {
  paused: boolean;
  keepDays: number;
}

/** Both memory settings in one storage read (each item's fallback where it was never set). */
export async function readMemorySettings(): Promise<MemorySettings> {
  const [paused, keepDays] = await storage.getItems(
    [memoryPaused, memoryKeepDays].map(({ key, fallback }) => ({ key, options: { fallback } })),
  );
  return { paused: paused.value as boolean, keepDays: keepDays.value as number };
}
