import type { ReactElement } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ISLAND_ATTRIBUTE } from '@/lib/shell/deferred.mjs';

/**
 * Starts one tool in its wrapper: the element marked `data-island="<name>"`, whose `data-props`
 * holds the values the server read from the data file. `hydrate` adopts the HTML the build drew in
 * it (scripts/lib/islands.mjs); otherwise the tool is drawn from scratch over the loading line.
 * Only the built bundles call this, where `react-dom/client` is Preact's, which renders at once.
 */
export function mountIsland<P>(name: string, render: (props: P) => ReactElement, hydrate: boolean) {
  const element = document.querySelector<HTMLElement>(`[${ISLAND_ATTRIBUTE}="${name}"]`);
  if (!element) return;
  const props = JSON.parse(element.dataset.props ?? '{}') as P;
  // A task of its own, after the one that ran the tool's modules: two short tasks block a phone
  // less than one long one.
  setTimeout(() => {
    // Boxes ticked in the page's HTML before the tool started are put back and ticked again once it
    // listens, so the tool counts and saves them.
    const early = hydrate ? [...element.querySelectorAll('input')].filter((i) => i.checked !== i.defaultChecked) : [];
    for (const input of early) input.checked = input.defaultChecked;
    if (hydrate) hydrateRoot(element, render(props));
    else createRoot(element).render(render(props));
    for (const input of early) input.click();
  }, 0);
}
