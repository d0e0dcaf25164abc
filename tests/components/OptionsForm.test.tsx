import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsForm, type OptionsFormProps } from '../../components/OptionsForm';
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
