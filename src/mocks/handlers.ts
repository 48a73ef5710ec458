import { http, HttpResponse, type HttpHandler } from 'msw';
import { systemClock, type Clock } from '@wachstumsregion/domain/clock';
import type { RegionData } from '@wachstumsregion/domain/sample-data';
import { JobSearch, parseJobQuery, parseSuggestQuery, QueryError, type SearchData } from '@wachstumsregion/domain/search';
import { validateInquiry } from './inquiry-rules.js';

/** What the mock API serves: the region's data, as the server keeps it (partners' `origins` are never sent). */
export type MockData = RegionData;

/** An inquiry the mock API accepted. */
export interface StoredInquiry {
  id: string;
  receivedAt: string;
  idempotencyKey: string;
  body: Record<string, unknown>;
}

export interface MockApi {
  handlers: HttpHandler[];
  /** Inquiries stored so far, in order: a test asserts "exactly one" here. */
  inquiries: StoredInquiry[];
}

const corsHeaders = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After, ETag, Idempotent-Replayed' };

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return HttpResponse.json(body as Record<string, unknown>, { status, headers: { ...corsHeaders, ...headers } });
}

function error(status: number, code: string, message: string) {
  return json({ error: code, message }, status);
}

/**
 * msw handlers for the whole contract of `api/openapi.yaml` over the given data, for tests and the demo without
 * a server. The search is the server's own (`JobSearch` of the domain), so results agree.
 */
export function createMockApi(base: string, data: MockData, clock: Clock = systemClock): MockApi {
  const now = () => clock.now();
  const inquiries: StoredInquiry[] = [];
  let received = 0;
  const answered = new Map<string, { body: string; receipt: { id: string; receivedAt: string } }>();
  const search = new JobSearch();
  // Tests change `data` in place (push a job, replace the list): the search gets fresh arrays each time and
  // reindexes only the jobs whose objects are new.
  const searchData = (): SearchData => ({ jobs: [...data.jobs], partners: [...data.partners], categories: [...data.categories] });
  const answer = <T>(read: () => T) => {
    try {
      return json(read());
    } catch (problem) {
      if (problem instanceof QueryError) return error(400, 'bad-request', problem.message);
      throw problem;
    }
  };
  const publicPartners = () =>
    data.partners.map(({ origins: _origins, ...partner }) => partner).sort((a, b) => a.name.localeCompare(b.name, 'de'));

  const handlers = [
    http.get(`${base}/partners`, () => json({ items: publicPartners() })),
    http.get(`${base}/commutes`, () => json({ items: data.commutes })),
    http.get(`${base}/categories`, () => json({ items: data.categories })),
    http.get(`${base}/jobs`, ({ request }) => answer(() => search.search(searchData(), parseJobQuery(new URL(request.url).searchParams), now()))),
    http.get(`${base}/jobs/suggestions`, ({ request }) =>
      answer(() => {
        const { q, limit } = parseSuggestQuery(new URL(request.url).searchParams);
        return search.suggest(searchData(), q, limit, now());
      }),
    ),
    http.get(`${base}/jobs/:id`, ({ params }) => {
      const job = data.jobs.find((candidate) => candidate.id === params.id);
      const expired = job?.validThrough && Date.parse(job.validThrough) < now().getTime();
      return job && !expired ? json(job) : error(404, 'not-found', 'This job is no longer listed.');
    }),
    http.get(`${base}/challenge`, () => new HttpResponse(null, { status: 204, headers: { ...corsHeaders, 'Cache-Control': 'no-store' } })),
    http.post(`${base}/inquiries`, async ({ request }) => {
      const key = request.headers.get('Idempotency-Key');
      if (!key || key.length < 8 || key.length > 128) return error(400, 'bad-request', 'An Idempotency-Key header of 8 to 128 characters is required.');
      const text = await request.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return error(400, 'bad-request', 'The body is not JSON.');
      }
      const first = answered.get(key);
      if (first) {
        return first.body === text
          ? json(first.receipt, 201, { 'Idempotent-Replayed': 'true' })
          : error(409, 'conflict', 'This Idempotency-Key was used for another inquiry.');
      }
      const errors = validateInquiry(body, new Set(data.partners.map((partner) => partner.id)));
      if (Object.keys(errors).length) return json({ errors, message: 'Some fields are not valid.' }, 422);

      const receipt = { id: `inq-${String(++received).padStart(5, '0')}`, receivedAt: now().toISOString() };
      answered.set(key, { body: text, receipt });
      // A filled honeypot is answered like any other inquiry, so a bot learns nothing, but it is not kept.
      if (!(body as { website?: string }).website) inquiries.push({ ...receipt, idempotencyKey: key, body: body as Record<string, unknown> });
      return json(receipt, 201);
    }),
  ];
  return { handlers, inquiries };
}
