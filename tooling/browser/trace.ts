/**
 * A DevTools trace of one tab (the Tracing domain), and the main-thread time it shows for one
 * script: the sum of the top-level script events (evaluating it, calling into it) whose URL is
 * that script's. Top-level only, so nested calls are not counted twice.
 */
import type { CDPSession } from 'playwright-core';

/** The categories the timeline panel records: script evaluation, function calls, tasks. */
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'];

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: {
      url?: string;
      scriptName?: string;
      frame?: string;
      stackTrace?: Array<{ url: string }>;
      /** A frame the browser committed (`FrameCommittedInBrowser`): its process, and whether it is the tab's page. */
      processId?: number;
      isOutermostMainFrame?: boolean;
      /** The tab's frames as tracing started (`TracingStartedInBrowser`). */
      frames?: Array<{ processId?: number; isOutermostMainFrame?: boolean }>;
    };
  };
}

/** Script events: evaluating a script and calling into one (timers, events, message callbacks). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.run']);

/** Main-thread tasks: what a long task is made of (the trace's own scheduler event). */
const TASK_EVENT = 'RunTask';

/** A long task, as the Long Tasks API counts one: over 50 ms. */
export const LONG_TASK_MS = 50;

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES.join(','), transferMode: 'ReturnAsStream' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) return [];
  let json = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

function urlOf(event: TraceEvent): string {
  const data = event.args?.data;
  return data?.url ?? data?.scriptName ?? data?.stackTrace?.[0]?.url ?? '';
}

/** Complete events ('X') on one thread, ordered by start. */
function completeEvents(events: TraceEvent[]): TraceEvent[] {
  return events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/**
 * Milliseconds of main-thread script time spent in scripts whose URL starts with `urlPrefix`:
 * top-level script events only (an event inside another counted one is skipped), in the page's
 * processes only, as `tasksRunning` reads them (the memory frame's script runs in the extension's).
 */
export function scriptTimeMs(events: TraceEvent[], urlPrefix: string): number {
  let total = 0;
  const coveredUntil = new Map<string, number>();
  for (const event of pageEvents(events)) {
    if (!SCRIPT_EVENTS.has(event.name) || !urlOf(event).startsWith(urlPrefix)) continue;
    const thread = `${event.pid}:${event.tid}`;
    if (event.ts < (coveredUntil.get(thread) ?? 0)) continue;
    total += event.dur ?? 0;
    coveredUntil.set(thread, event.ts + (event.dur ?? 0));
  }
  return total / 1000;
}

/**
 * The main-thread tasks during which code from `urlPrefix` ran, longest first, in ms: a task
 * holding an event that names one of its scripts, or a profiler sample of it (`sampleTimesUs`,
 * from `stopProfile`: promise continuations name no script in the trace). Samples carry a time
 * but no thread, so they count only for tasks of a thread where the extension's scripts ran: a
 * long task of another thread at the same moment is not the extension's (seen on spiceworks,
 * whose 75 ms task elsewhere was blamed for the detector's 3 ms).
 */
export function tasksRunning(events: TraceEvent[], urlPrefix: string, sampleTimesUs: readonly number[] = []): number[] {
  const all = pageEvents(events);
  const ours = all.filter((e) => JSON.stringify(e.args?.data ?? {}).includes(urlPrefix));
  const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const ourThreads = new Set(ours.map(threadOf));
  const within = (task: TraceEvent, ts: number) => ts >= task.ts && ts < task.ts + (task.dur ?? 0);
  return all
    .filter((task) => task.name === TASK_EVENT && ourThreads.has(threadOf(task)))
    .filter(
      (task) =>
        ours.some((e) => threadOf(e) === threadOf(task) && within(task, e.ts)) ||
        sampleTimesUs.some((ts) => within(task, ts)),
    )
    .map((task) => (task.dur ?? 0) / 1000)
    .sort((a, b) => b - a);
}

/** The complete events of the tab's page's processes (all of them when the trace names none). */
function pageEvents(events: TraceEvent[]): TraceEvent[] {
  const page = pageProcesses(events);
  return completeEvents(events).filter((e) => page === null || page.has(e.pid));
}

/**
 * The processes of the tab's page (its outermost main frame, as tracing started and as each
 * navigation committed it); null when the trace names none. A frame of the extension's own page
 * in the tab (the card's memory frame) runs in the extension's process, with its service worker:
 * the trace of the tab holds their tasks too, which are not the page's main thread.
 */
function pageProcesses(events: TraceEvent[]): Set<number> | null {
  const frames = events.flatMap((e) => {
    if (e.name === 'TracingStartedInBrowser') return e.args?.data?.frames ?? [];
    if (e.name === 'FrameCommittedInBrowser' && e.args?.data) return [e.args.data];
    return [];
  });
  const ids = frames.flatMap((frame) =>
    frame.isOutermostMainFrame && frame.processId !== undefined ? [frame.processId] : [],
  );
  return ids.length > 0 ? new Set(ids) : null;
}

/** Every script URL the trace saw run in the tab (to check which code was loaded into the page). */
export function scriptUrls(events: TraceEvent[]): string[] {
  return [
    ...new Set(
      events
        .filter((e) => SCRIPT_EVENTS.has(e.name))
        .map(urlOf)
        .filter(Boolean),
    ),
  ];
}

/**
 * The sampling interval of the CPU profile, in µs. Fine sampling (100 µs) resolves a 2 ms budget
 * but slows the page's scripts by a third or more, which would lengthen the very tasks measured;
 * long tasks only need each task's owner, for which a sample every millisecond is enough.
 */
export const PROFILE_INTERVAL_US = { fine: 100, coarse: 1000 } as const;

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** Start V8's sampling profiler on the tab (it sees the content script's isolated world too). */
export async function startProfile(cdp: CDPSession, intervalUs: number = PROFILE_INTERVAL_US.fine): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

/** What the profiler saw of the code from one URL prefix. */
export interface ProfiledCode {
  /** Milliseconds of samples whose stack holds a frame of it. */
  totalMs: number;
  /** When each such sample was taken, in µs on the trace's clock (for `tasksRunning`). */
  sampleTimesUs: number[];
}

/**
 * Stop the profiler; what it saw of the code from `urlPrefix` (microtask continuations after an
 * `await` included, which trace events cannot attribute).
 */
export async function stopProfile(cdp: CDPSession, urlPrefix: string): Promise<ProfiledCode> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Profiler.disable');
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const result =
      Boolean(node) && (node!.callFrame.url.startsWith(urlPrefix) || (parent.has(id) && isOurs(parent.get(id)!.id)));
    ours.set(id, result);
    return result;
  };
  let totalUs = 0;
  let time = profile.startTime;
  const sampleTimesUs: number[] = [];
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    time += deltas[i] ?? 0;
    if (!isOurs(samples[i]!)) continue;
    // A sample's time is the delta to the next one (the last sample has none).
    totalUs += deltas[i + 1] ?? 0;
    sampleTimesUs.push(time);
  }
  return { totalMs: totalUs / 1000, sampleTimesUs };
}
