/**
 * `wr-loader.js`: the one script tag a webmaster pastes. It defines only the `wr-` elements that are on the page,
 * now or later (a CMS that adds content, a single-page app), by loading each widget's file from the folder it was
 * itself loaded from. Settings come from its own tag (`data-api`, `data-lang`), which the widgets read.
 * Before they arrive it holds their space on the page (`reserved-space.ts`). It sets no globals.
 */
import { reserveSpace } from './core/reserved-space.js';

const widgets: Record<string, () => Promise<unknown>> = {
  'wr-job-list': () => import('./job-list/define.js'),
  'wr-town-map': () => import('./town-map/define.js'),
  'wr-contact-form': () => import('./contact-form/define.js'),
  'wr-commute-finder': () => import('./commute-finder/define.js'),
};

const requested = new Set<string>();

function defineFound(root: Element | Document): void {
  for (const tag in widgets) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    if (!(root instanceof Element && root.matches(tag)) && !root.querySelector(tag)) continue;
    requested.add(tag);
    widgets[tag]!().catch((error: unknown) => {
      requested.delete(tag); // the next element added tries again
      console.error(`<${tag}>: its file did not load.`, error);
    });
  }
}

reserveSpace();
defineFound(document);
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) defineFound(node);
  // Once every widget is on its way, there is nothing left to watch for.
  if (Object.keys(widgets).every((tag) => requested.has(tag) || customElements.get(tag))) observer.disconnect();
});
observer.observe(document, { childList: true, subtree: true });
