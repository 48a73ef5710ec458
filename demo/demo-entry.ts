// The demo without a server: the mock API answers in the browser (msw) from the sample data, then the widgets
// load as the bundle would define them.
import { setupWorker } from 'msw/browser';
import { configure } from '../src/core/config.js';
import { systemClock } from '@wachstumsregion/domain/clock';
import { createMockApi } from '../src/mocks/handlers.js';
import { createSampleData } from '@wachstumsregion/domain/sample-data';

const base = new URL('/mock-api/v1', location.href).href;
const mockApi = createMockApi(base, createSampleData(systemClock.now()), systemClock);
await setupWorker(...mockApi.handlers).start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
configure({ api: base });
await import('../src/wr-widgets.js');
