// The page the commute-finder benchmark opens: the production build of <wr-commute-finder> over the mock API with
// no latency, answered by a stand-in for fetch (no service worker), so only the widget's own work is timed.
import { getResponse } from 'msw';
import { ApiClient } from '../src/core/api-client.js';
import { configure } from '../src/core/config.js';
import { systemClock } from '@wachstumsregion/domain/clock';
import { createMockApi } from '../src/mocks/handlers.js';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import '../src/commute-finder/define.js';

const api = 'https://api.bench.test/v1';
const { handlers } = createMockApi(api, createSampleData(systemClock.now()), systemClock);
window.fetch = async (input, init) => (await getResponse(handlers, new Request(input, init))) ?? new Response(null, { status: 404 });
configure({ api });

function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (check() ? resolve() : requestAnimationFrame(poll));
    poll();
  });
}

/** Milliseconds from connecting a new finder (with `attributes`) to its ranked list drawn. */
async function measure(attributes: Record<string, string> = {}): Promise<number> {
  ApiClient.reset(); // every run asks the (instant) mock API again instead of the page's cache
  const finder = document.createElement('wr-commute-finder');
  for (const [name, value] of Object.entries(attributes)) finder.setAttribute(name, value);
  const start = performance.now();
  document.body.append(finder);
  await until(() => (finder.shadowRoot?.querySelectorAll('[part=list] [part=item]').length ?? 0) > 0);
  const drawn = performance.now() - start;
  finder.remove();
  return drawn;
}

(window as unknown as { measure: typeof measure }).measure = measure;
