import { expect, fixture, html } from '@open-wc/testing';
import { getResponse } from 'msw';
import { systemClock } from '@wachstumsregion/domain/clock';
import { ApiClient } from '../../src/core/api-client.js';
import { configure } from '../../src/core/config.js';
import '../../src/job-list/define.js';
import type { JobList } from '../../src/job-list/job-list.js';
import { createMockApi } from '../../src/mocks/handlers.js';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { sampleNow } from '../support/page-clock.js';
import { waitUntil } from '../support/wait.js';

// This page enforces Trusted Types, so msw's service worker cannot be registered (a script URL sink): the mock
// API answers through a stand-in for fetch instead.
const API = 'https://api.wr.test/v1';
const { handlers } = createMockApi(API, createSampleData(sampleNow), systemClock);

describe('<wr-job-list> on a page that enforces Trusted Types', () => {
  const violations: string[] = [];
  const pageFetch = window.fetch;
  const startUrl = location.href;

  before(() => {
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sample}`));
    window.fetch = async (input, init) => (await getResponse(handlers, new Request(input, init))) ?? new Response(null, { status: 404 });
    ApiClient.reset();
    configure({ api: API });
  });
  after(() => {
    window.fetch = pageFetch;
    history.replaceState(null, '', startUrl);
  });

  it('enforces Trusted Types here (the test would prove nothing otherwise)', async () => {
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    await waitUntil(() => violations.length === 1);
    violations.length = 0;
  });

  it('lists jobs, opens one and writes its JobPosting with no violation', async () => {
    const list = await fixture<JobList>(html`<wr-job-list sync-url structured-data></wr-job-list>`);
    await waitUntil(() => list.shadowRoot!.querySelectorAll('[part=item]').length === 10, 'no jobs');
    list.shadowRoot!.querySelector<HTMLAnchorElement>('[part=title]')!.click();
    await waitUntil(() => list.querySelector('script[type="application/ld+json"]'), 'no JobPosting');
    expect(JSON.parse(list.querySelector('script[type="application/ld+json"]')!.textContent!)['@type']).to.equal('JobPosting');
    expect(violations).to.deep.equal([]);
  });
});
