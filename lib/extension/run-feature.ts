/**
 * Each content feature (entity highlights, quote highlights, hover card, ...) runs through
 * `runFeature`: a failure is caught and logged once with the feature's name, and never stops the
 * page or the other features. It logs instead of throwing because an error thrown in a content
 * script surfaces nowhere a reader can see (Firefox hides it from the page console).
 */

const loggedFailures = new Set<string>();

/** Run `fn`; on failure log once per feature and message, run `undo` and return `fallback`. */
export function runFeature<T>(name: string, fn: () => T, fallback: T, undo?: () => void): T {
  try {
    return fn();
  } catch (error) {
    reportFailure(name, error, undo);
    return fallback;
  }
}

/** `runFeature` for asynchronous work. */
export async function runFeatureAsync<T>(
  name: string,
  fn: () => Promise<T>,
  fallback: T,
  undo?: () => void,
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    reportFailure(name, error, undo);
    return fallback;
  }
}

function reportFailure(name: string, error: unknown, undo?: () => void): void {
  const message = error instanceof Error ? error.message : String(error);
  const key = `${name}: ${message}`;
  if (!loggedFailures.has(key)) {
    loggedFailures.add(key);
    console.warn(`NewsLens: ${name} failed:`, error);
  }
  try {
    undo?.();
  } catch (undoError) {
    console.warn(`NewsLens: undoing ${name} failed:`, undoError);
  }
}
