/**
 * A small accessibility check for rendered views: every control has a name, every ARIA
 * reference points at an element, ids are unique, and switches say their state.
 */
import { expect } from 'vitest';

const CONTROLS = 'button, input, textarea, select, [role="switch"]';
const REFERENCING = ['aria-labelledby', 'aria-describedby'];

export function expectAccessible(root: ParentNode): void {
  for (const control of root.querySelectorAll<HTMLElement>(CONTROLS)) {
    expect(
      accessibleName(control, root),
      `a ${control.tagName.toLowerCase()} without a name: ${control.outerHTML}`,
    ).not.toBe('');
  }
  for (const attribute of REFERENCING) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/)) {
        expect(root.querySelector(`#${id}`), `${attribute}="${id}" points at nothing`).not.toBeNull();
      }
    }
  }
  const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
  expect(ids, 'duplicate ids').toEqual([...new Set(ids)]);
  for (const toggle of root.querySelectorAll('[role="switch"]')) {
    expect(['true', 'false']).toContain(toggle.getAttribute('aria-checked'));
  }
}

function accessibleName(control: HTMLElement, root: ParentNode): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => root.querySelector(`#${id}`)?.textContent ?? '')
      .join(' ')
      .trim();
  const label = control.getAttribute('aria-label') ?? '';
  if (label.trim()) return label.trim();
  const wrapping = control.closest('label')?.textContent ?? '';
  const byFor = control.id ? (root.querySelector(`label[for="${control.id}"]`)?.textContent ?? '') : '';
  return (control.textContent ?? '').trim() || wrapping.trim() || byFor.trim();
}
