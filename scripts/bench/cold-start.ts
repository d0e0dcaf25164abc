/**
 * The service worker's cold start, as a reader meets it: Chromium stops an idle extension's
 * worker, and the next story wakes it, with the model and the lexicons still to load. The
 * worker is stopped through DevTools (`ServiceWorker.stopWorker`) before each cold load, and the
 * seed's first highlight is timed beside a load whose worker is already running.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumRun } from '../../tooling/browser/chromium';
import type { PageServer } from '../../tooling/browser/page-server';
import { median } from '../median';

export interface ColdStart {
  /** DOMContentLoaded → first highlight, the worker stopped before the load (median). */
  coldFirstHighlight: number;
  /** The same with the worker running and its model loaded (median). */
  warmFirstHighlight: number;
  /** The worker starting → the first highlight, the analysis and its paint included (median). */
  startToFirstHighlight: number;
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/** How long to wait for the worker to stop, start, or a highlight to come. */
const WAIT_MS = 60_000;

/** The extension's worker as DevTools reports it, with the wall-clock time it last began starting. */
class WorkerWatch {
  version: WorkerVersion | null = null;
  startedAt: number | null = null;

  constructor(
    private readonly cdp: CDPSession,
    extensionId: string,
  ) {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      const ours = versions.find((version) => version.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
      if (!ours) return;
      if (ours.runningStatus === 'starting' && this.version?.runningStatus !== 'starting') this.startedAt = Date.now();
      this.version = ours;
    });
  }

  async stop(): Promise<void> {
    await this.until(() => this.version?.runningStatus === 'running', 'the worker to run');
    await this.cdp.send('ServiceWorker.stopWorker', { versionId: this.version!.versionId });
    await this.until(() => this.version?.runningStatus === 'stopped', 'the worker to stop');
    this.startedAt = null;
  }

  private async until(done: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

interface FirstHighlight {
  /** DOMContentLoaded → first highlight. */
  afterDcl: number;
  /** Wall-clock time of the first highlight. */
  at: number;
}

/** Opens the page and waits for its first NewsLens highlight (the bench's paint watch notes it). */
async function firstHighlight(run: ChromiumRun, url: string): Promise<FirstHighlight> {
  const page: Page = await run.context.newPage();
  try {
    await page.goto(url, { timeout: WAIT_MS });
    const watched = await page.waitForFunction(
      () => {
        const watch = (window as unknown as { __newslensPaint: { dcl: number | null; first: number | null } })
          .__newslensPaint;
        return watch.first !== null && watch.dcl !== null
          ? { afterDcl: watch.first - watch.dcl, at: performance.timeOrigin + watch.first }
          : null;
      },
      undefined,
      { timeout: WAIT_MS },
    );
    return (await watched.jsonValue()) as FirstHighlight;
  } finally {
    await page.close();
  }
}

/**
 * Cold and warm loads of the seed, alternated, `runs` of each after a warm-up. Stops the worker,
 * so it runs last on a browser (the run's `worker` handle is stale afterwards).
 */
export async function measureColdStart(
  run: ChromiumRun,
  server: PageServer,
  seedHtml: Buffer,
  runs: number,
): Promise<ColdStart> {
  const blank = await run.context.newPage();
  const cdp = await run.context.newCDPSession(blank);
  const watch = new WorkerWatch(cdp, run.extensionId!);
  await cdp.send('ServiceWorker.enable');
  const load = (slug: string) => {
    // A fresh URL each load: the background caches each analysis by URL and text.
    server.put(slug, { body: seedHtml });
    return firstHighlight(run, server.urlOf(slug));
  };
  const cold: number[] = [];
  const warm: number[] = [];
  const startToFirst: number[] = [];
  try {
    await load('cold-start-warm-up');
    for (let i = 0; i < runs; i++) {
      warm.push((await load(`cold-start-warm-${i}`)).afterDcl);
      await watch.stop();
      const loaded = await load(`cold-start-cold-${i}`);
      cold.push(loaded.afterDcl);
      if (watch.startedAt !== null) startToFirst.push(loaded.at - watch.startedAt);
    }
  } finally {
    await cdp.detach();
    await blank.close();
  }
  return {
    coldFirstHighlight: median(cold),
    warmFirstHighlight: median(warm),
    startToFirstHighlight: median(startToFirst),
  };
}
