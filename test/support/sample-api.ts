import { systemClock } from '@wachstumsregion/domain/clock';
import { createMockApi, type MockApi, type MockData } from '../../src/mocks/handlers.js';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { API, useMockApi, worker } from './mock-api.js';
import { sampleNow } from './page-clock.js';

export { sampleNow };

/**
 * The clock of the mock API: the page's own, which `page-clock.ts` starts at `sampleNow`, so the mock decides
 * expiry exactly as the widgets and the admin page on the same page see it.
 */
export const pageClock = systemClock;

/**
 * The mock API over the sample data, started for one test. Tests add handlers with `worker.use()` on top to
 * break it in particular ways.
 */
export async function useSampleApi(change: (data: MockData) => void = () => undefined): Promise<{ api: MockApi; data: MockData }> {
  await useMockApi();
  const data = createSampleData(sampleNow);
  change(data);
  const api = createMockApi(API, data, pageClock);
  worker.use(...api.handlers);
  return { api, data };
}

/** Shadow-root query that fails loudly when the element is not there. */
export function $<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in <${host.localName}>`);
  return found;
}

export function $$<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...host.shadowRoot!.querySelectorAll<T>(selector)];
}
