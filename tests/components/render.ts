/** Render a Preact view into a fresh container on the happy-dom page; `cleanup` after each test. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const mounted: HTMLElement[] = [];

export function renderView(view: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => render(view, container));
  return container;
}

export function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}

export function cleanup(): void {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
}
