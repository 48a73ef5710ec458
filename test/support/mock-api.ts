import { setupWorker } from 'msw/browser';
import { ApiClient } from '../../src/core/api-client.js';
import { configure, resetConfiguration } from '../../src/core/config.js';

/** The API base the tests talk to; msw's service worker answers it, nothing leaves the browser. */
export const API = 'https://api.wr.test/v1';

export const worker = setupWorker();
let started: Promise<unknown> | undefined;

/**
 * Starts the mock API once per test file and gives every test a clean slate: no handlers, no cached answers,
 * and short timeouts and retry delays so failure tests run in milliseconds.
 */
export async function useMockApi(): Promise<void> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'error', serviceWorker: { url: '/mockServiceWorker.js' } });
  await started;
  worker.resetHandlers();
  ApiClient.reset();
  resetConfiguration();
  configure({ api: API, timeout: 1000, retries: 2, retryDelay: 5, slowAfter: 300 });
}
