import { fixture, html } from '@open-wc/testing';
import '../../src/commute-finder/define.js';
import '../../src/contact-form/define.js';
import '../../src/job-list/define.js';
import '../../src/town-map/define.js';
import { waitUntil } from './wait.js';

/** What each widget shows once its data is there (the map with a town chosen, so its panel is open). */
const loaded: Record<string, string> = {
  'wr-job-list': '[part=item]',
  'wr-town-map': '[part=panel]',
  'wr-commute-finder': '[part=item]',
  'wr-contact-form': '#name',
};

/**
 * The four widgets in one column of the given style, each loaded (the sample API must be in use). Answers the
 * hosts by tag, in page order.
 */
export async function allWidgetsIn(style: string): Promise<[tag: string, host: HTMLElement][]> {
  const column = await fixture<HTMLElement>(html`
    <div style=${style}>
      <wr-job-list page-size="3"></wr-job-list>
      <wr-town-map selected="kamenz"></wr-town-map>
      <wr-commute-finder></wr-commute-finder>
      <wr-contact-form privacy-url="/datenschutz"></wr-contact-form>
    </div>
  `);
  const hosts: [string, HTMLElement][] = [];
  for (const [tag, ready] of Object.entries(loaded)) {
    const host = column.querySelector<HTMLElement>(tag)!;
    await waitUntil(() => host.shadowRoot?.querySelector(ready), `${tag} did not load`, { timeout: 4000 });
    await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    hosts.push([tag, host]);
  }
  return hosts;
}
