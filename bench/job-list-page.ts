// The page the job-list benchmark opens: the production build of <wr-job-list> over the mock API with no
// latency, answered by a stand-in for fetch (no service worker), so only the widget's own work is timed.
import { getResponse } from 'msw';
import { ApiClient } from '../src/core/api-client.js';
import { configure } from '../src/core/config.js';
import '../src/job-list/define.js';
import { systemClock } from '@wachstumsregion/domain/clock';
import { createMockApi } from '../src/mocks/handlers.js';
import { createSampleData } from '@wachstumsregion/domain/sample-data';

const api = 'https://api.bench.test/v1';
const { handlers } = createMockApi(api, createSampleData(systemClock.now()), systemClock);
window.fetch = async (input, init) => (await getResponse(handlers, new Request(input, init))) ?? new Response(null, { status: 404 });
configure({ api });

function items(list: Element): NodeListOf<Element> {
  return list.shadowRoot!.querySelectorAll('[part=item]');
}

function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (check() ? resolve() : requestAnimationFrame(poll));
    poll();
  });
}

/** Milliseconds from connecting a new list to ten jobs on screen, then from a filter change to the new list. */
async function measure(): Promise<{ firstList: number; filterChange: number }> {
  ApiClient.reset(); // every run asks the (instant) mock API again instead of the page's cache
  const list = document.createElement('wr-job-list');
  const start = performance.now();
  document.body.append(list);
  await until(() => items(list).length === 10);
  const firstList = performance.now() - start;

  const summary = () => list.shadowRoot!.querySelector('#summary')!.textContent;
  const before = summary();
  const select = list.shadowRoot!.querySelector<HTMLSelectElement>('select#type')!;
  const changed = performance.now();
  select.value = 'part-time';
  select.dispatchEvent(new Event('change'));
  // The result line changes with the new count (the newest job may be part-time itself, so the first item may not).
  await until(() => summary() !== before && list.shadowRoot!.querySelector('ol')!.getAttribute('aria-busy') === 'false');
  const filterChange = performance.now() - changed;
  list.remove();
  return { firstList, filterChange };
}

(window as unknown as { measure: typeof measure }).measure = measure;
