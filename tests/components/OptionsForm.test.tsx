import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsForm, memoryStatusLine, type OptionsFormProps } from '../../components/OptionsForm';
import { ALL_KINDS_ON } from '../../lib/extension/settings';
import { expectAccessible } from './a11y';
import { cleanup, click, renderView } from './render';

afterEach(cleanup);

function renderForm(overrides: Partial<OptionsFormProps> = {}) {
  const props: OptionsFormProps = {
    kinds: { ...ALL_KINDS_ON, quote: false },
    onKindChange: vi.fn(),
    mode: 'on-click',
    onModeChange: vi.fn(),
    skippedSitesText: 'example.com',
    onSkippedSitesChange: vi.fn(),
    status: null,
    memory: { on: true, paused: false, reason: null, stories: 3 },
    keepDaysText: '90',
    onKeepDaysChange: vi.fn(),
    onKeepDaysCommit: vi.fn(),
    onMemoryPausedChange: vi.fn(),
    onForgetSite: vi.fn(),
    onForgetEverything: vi.fn(),
    onExport: vi.fn(),
    ...overrides,
  };
  return { root: renderView(<OptionsForm {...props} />), props };
}

describe('OptionsForm', () => {
  it('shows the current settings', () => {
    const { root } = renderForm();
    expect(root.querySelector<HTMLInputElement>('[data-testid="kind-person"]')?.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('[data-testid="kind-quote"]')?.checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('[data-testid="mode-on-click"]')?.checked).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('[data-testid="skipped-sites"]')?.value).toBe('example.com');
    expectAccessible(root);
  });

  it('reports each change as it is made', () => {
    const { root, props } = renderForm();
    click(root.querySelector('[data-testid="kind-place"]'));
    click(root.querySelector('[data-testid="mode-automatic"]'));
    const textarea = root.querySelector<HTMLTextAreaElement>('[data-testid="skipped-sites"]')!;
    act(() => {
      textarea.value = 'example.com\nother.org';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(props.onKindChange).toHaveBeenCalledWith('place', false);
    expect(props.onModeChange).toHaveBeenCalledWith('automatic');
    expect(props.onSkippedSitesChange).toHaveBeenCalledWith('example.com\nother.org');
  });
});

describe('OptionsForm: the reading memory', () => {
  const input = (element: HTMLInputElement, value: string) =>
    act(() => {
      element.value = value;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    });

  it('reports the days kept as typed, and commits them only once the field is left', () => {
    const { root, props } = renderForm();
    const days = root.querySelector<HTMLInputElement>('[data-testid="memory-keep-days"]')!;
    input(days, '1');
    expect(props.onKeepDaysChange).toHaveBeenCalledWith('1');
    expect(props.onKeepDaysCommit).not.toHaveBeenCalled();
    act(() => {
      days.value = '120';
      days.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onKeepDaysCommit).toHaveBeenCalledWith('120');
  });

  it('says how many stories are kept, and reports pause, days, forget and export', () => {
    const { root, props } = renderForm();
    expect(root.querySelector('[data-testid="memory-status"]')?.textContent).toBe(
      'Memory is on: 3 stories kept on this computer.',
    );
    click(root.querySelector('[data-testid="memory-paused"]'));
    input(root.querySelector<HTMLInputElement>('[data-testid="memory-keep-days"]')!, '30');
    const forgetSite = root.querySelector<HTMLButtonElement>('[data-testid="memory-forget-site"]')!;
    expect(forgetSite.disabled).toBe(true);
    input(root.querySelector<HTMLInputElement>('[data-testid="memory-forget-site-input"]')!, 'news.example');
    click(forgetSite);
    click(root.querySelector('[data-testid="memory-export"]'));
    click(root.querySelector('[data-testid="memory-forget-all"]'));
    click(root.querySelector('[data-testid="memory-forget-all-confirm"]'));
    expect(props.onMemoryPausedChange).toHaveBeenCalledWith(true);
    expect(props.onKeepDaysChange).toHaveBeenCalledWith('30');
    expect(props.onForgetSite).toHaveBeenCalledWith('news.example');
    expect(props.onExport).toHaveBeenCalled();
    expect(props.onForgetEverything).toHaveBeenCalled();
    expectAccessible(root);
  });

  it('asks once more before it forgets everything, its focus on keeping', () => {
    const { root, props } = renderForm();
    click(root.querySelector('[data-testid="memory-forget-all"]'));
    expect(props.onForgetEverything).not.toHaveBeenCalled();
    expect(root.querySelector('#forget-everything-question')?.textContent).toBe(
      'Forget 3 stories? This cannot be undone.',
    );
    expect(document.activeElement?.getAttribute('data-testid')).toBe('memory-forget-all-keep');
    expectAccessible(root);
    click(root.querySelector('[data-testid="memory-forget-all-keep"]'));
    expect(root.querySelector('[data-testid="memory-forget-all-confirm"]')).toBeNull();
    expect(props.onForgetEverything).not.toHaveBeenCalled();
    // Kept: the focus is back where the reader asked, not lost with the question.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('memory-forget-all');
  });

  it('says the memory is off, and why, with its actions disabled', () => {
    const { root } = renderForm({ memory: { on: false, paused: false, reason: 'UnknownError: no disk', stories: 0 } });
    expect(root.querySelector('[data-testid="memory-status"]')?.textContent).toContain(
      'Memory is off (UnknownError: no disk)',
    );
    expect(root.querySelector<HTMLButtonElement>('[data-testid="memory-forget-all"]')?.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('[data-testid="memory-export"]')?.disabled).toBe(true);
  });

  it.each([
    [null, 'Asking the memory…'],
    [
      { on: true, paused: true, reason: null, stories: 1 },
      'Memory is paused: 1 story kept on this computer, none added.',
    ],
  ])('states %j as "%s"', (memory, line) => {
    expect(memoryStatusLine(memory)).toBe(line);
  });
});
