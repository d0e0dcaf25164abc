import { expect, it, vi } from 'vitest';
import detector from '../../entrypoints/detector';
import { detectionInPage } from '../../utils/isolated-world';

// A single-page app that changes its address while the detection gives the page its thread back.
vi.mock('../../lib/steps', async (importOriginal) => {
  const steps = await importOriginal<typeof import('../../lib/steps')>();
  return {
    ...steps,
    runStepsWithPauses: async <T>(detection: Parameters<typeof steps.runSteps<T>>[0]) => {
      history.pushState(null, '', '/the-next-page');
      return steps.runSteps(detection);
    },
  };
});

it('publishes its finding under the address it looked at, not the one the app moved to meanwhile', async () => {
  history.replaceState(null, '', '/the-first-page');
  const looked = location.href;
  detector.main();
  await vi.waitFor(() => expect(detectionInPage()).not.toBeNull());
  expect(detectionInPage()?.url).toBe(looked);
  expect(location.href).not.toBe(looked);
});
