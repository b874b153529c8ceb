/**
 * A prerendered page for hydration tests: the server's HTML in a container
 * attached to the document, as the browser has it before the app runs.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';

export function prerendered(element: ReactNode): HTMLElement {
  const container = document.createElement('div');
  // The server renderer's own output, the very HTML a prerendered page holds.
  // eslint-disable-next-line no-restricted-syntax
  container.innerHTML = renderToString(element);
  document.body.append(container);
  return container;
}
