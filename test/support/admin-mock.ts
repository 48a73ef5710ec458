import { fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AdminPartner, AuditEntry, ImportState, OutboxState, StoredInquiry } from '../../src/admin/admin-api.js';
import type { AdminApp } from '../../src/admin/admin-app.js';
import '../../src/admin/define.js';
import { foldForSearch, searchWords } from '@wachstumsregion/domain/search';
import type { Job } from '@wachstumsregion/domain/contract';
import type { MockData } from '../../src/mocks/handlers.js';
import { expandPartners } from '@wachstumsregion/domain/search';
import { API, worker } from './mock-api.js';
import { pageClock, useSampleApi } from './sample-api.js';
import { waitUntil } from './wait.js';

export const regionToken = 'region-token-for-tests';
export const kamenzToken = 'wrp_kamenz-token-for-tests';

/** The admin API's state in a test: what the handlers answer and what they were asked to change. */
export interface AdminMock {
  data: MockData;
  inquiries: StoredInquiry[];
  tokens: { id: string; partner: string; createdAt: string }[];
  /** Bodies of PUTs by path, and paths of DELETEs, as the server received them. */
  puts: Record<string, unknown>;
  deletes: string[];
  erasures: string[];
  /** Query strings of the inquiry list requests. */
  listQueries: URLSearchParams[];
  /** Query strings of the job list requests. */
  jobQueries: URLSearchParams[];
  /** The import state `GET /admin/imports` answers (`running` aside); without `importsConfigured` a run is `409`. */
  imports: ImportState;
  importsConfigured: boolean;
  /** For how many GETs a started run stays `running`, and how many runs were started. */
  runLooks: number;
  importRuns: number;
  /** GETs left before the run going on ends; a test may set it to 0 to end it. */
  looksLeft: number;
  outbox: OutboxState;
  audit: AuditEntry[];
  auditQueries: URLSearchParams[];
  backups: string[];
}

/** Two configured feeds, one that went well and one that failed, as `GET /admin/imports` answers them. */
export function sampleImports(): ImportState {
  return {
    running: false,
    intervalHours: 6,
    sources: [
      {
        id: 'ba-jobsuche',
        source: 'ba-jobsuche',
        url: 'https://rest.arbeitsagentur.de/jobboerse/jobsuche-service',
        lastRun: { startedAt: '2026-11-24T06:00:00Z', finishedAt: '2026-11-24T06:01:10Z', ok: true, inserted: 12, updated: 3, unchanged: 140, retired: 2, skipped: 5 },
      },
      {
        id: 'stadtwerke-radeberg',
        source: 'json',
        url: 'https://example.org/jobs.json',
        lastRun: { startedAt: '2026-11-24T06:01:10Z', finishedAt: '2026-11-24T06:01:11Z', ok: false, inserted: 0, updated: 0, unchanged: 0, retired: 0, skipped: 0, error: 'HTTP 500' },
      },
      { id: 'personio', source: 'personio', url: 'https://xyz.jobs.personio.de/xml' },
    ],
  };
}

export function sampleOutbox(): OutboxState {
  return {
    mail: 'on',
    pending: 1,
    failed: 1,
    sent: 42,
    items: [
      { inquiryId: 'inq_0002', state: 'failed', attempts: 20, failedAt: '2026-11-23T08:00:00Z', lastError: 'EENVELOPE 550' },
      { inquiryId: 'inq_0001', state: 'pending', attempts: 2, nextAttemptAt: '2026-11-24T12:04:00Z', lastError: 'ECONNECTION' },
    ],
  };
}

/** `count` audit entries, newest first, by the region, an office and the server itself. */
export function sampleAudit(count = 3): AuditEntry[] {
  const kinds: AuditEntry[] = [
    { at: '', action: 'job.put', targetKind: 'job', targetId: 'kamenz-elektriker', who: 'partner:kamenz' },
    { at: '', action: 'inquiry.erase-by-email', count: 2, who: 'region' },
    { at: '', action: 'retention.delete', count: 7 },
  ];
  return Array.from({ length: count }, (_, index) => ({ ...kinds[index % kinds.length]!, at: new Date(Date.UTC(2026, 10, 24, 12, 0, 0) - index * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z') }));
}

/** Inquiries newest first as the tests expect them; `partners` decides what an office sees. */
export function sampleInquiries(count = 3): StoredInquiry[] {
  const people = [
    { name: 'Anna Schulze', email: 'anna@example.org', partners: ['kamenz'] },
    { name: 'Jonas Weber', email: 'jonas@example.org', partners: ['kamenz', 'pulsnitz'] },
    { name: 'Maria Nowak', email: 'maria@example.org', partners: ['radeberg'] },
  ];
  return Array.from({ length: count }, (_, index) => {
    const person = people[index % people.length]!;
    return {
      id: `inq_${String(index).padStart(4, '0')}`,
      receivedAt: new Date(Date.UTC(2026, 10, 24, 12 - index)).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      name: count > people.length ? `${person.name} ${index + 1}` : person.name,
      email: person.email,
      partners: person.partners,
      wish: 'both',
      message: 'Wir ziehen im Frühjahr zurück.\nGibt es Hilfe bei der Kita-Suche?',
      consent: true,
      locale: 'de',
    };
  });
}

const error = (status: number, code: string, message: string) => HttpResponse.json({ error: code, message }, { status });

/** The caller of a request by its bearer token, as the server resolves it. */
function callerOf(request: Request): { role: 'region' } | { role: 'partner'; partner: string } | undefined {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '');
  if (token === regionToken) return { role: 'region' };
  if (token === kamenzToken) return { role: 'partner', partner: 'kamenz' };
  return undefined;
}

/**
 * The public sample API plus msw handlers for the admin API (`/v1/admin/…`) as `api/openapi.yaml` describes it:
 * bearer tokens, a partner's token limited to its partner, paging by cursor (inquiries and jobs), CSV, 204 on deletes.
 */
export async function useAdminApi(inquiries: StoredInquiry[] = sampleInquiries()): Promise<AdminMock> {
  const { data } = await useSampleApi();
  const mock: AdminMock = { data, inquiries: [...inquiries], tokens: [{ id: 'tok_0123456789abcdef', partner: 'kamenz', createdAt: '2026-11-01T09:00:00Z' }], puts: {}, deletes: [], erasures: [], listQueries: [], jobQueries: [],
    imports: sampleImports(), importsConfigured: true, runLooks: 1, importRuns: 0, looksLeft: 0, outbox: sampleOutbox(), audit: sampleAudit(), auditQueries: [], backups: [] };
  const guard = (request: Request, regionOnly: boolean) => {
    const caller = callerOf(request);
    if (!caller) return { refusal: error(401, 'unauthorized', 'authorization header is missing or wrong') };
    if (regionOnly && caller.role !== 'region') return { refusal: error(403, 'forbidden', 'This token may not use this operation.') };
    return { caller };
  };
  const visible = (caller: { role: string; partner?: string }, partner: string | null) =>
    mock.inquiries.filter((inquiry) => (caller.role === 'partner' ? inquiry.partners.includes(caller.partner!) : !partner || inquiry.partners.includes(partner)));

  worker.use(
    http.get(`${API}/admin/me`, ({ request }) => {
      const { refusal, caller } = guard(request, false);
      return refusal ?? HttpResponse.json(caller);
    }),
    http.get(`${API}/admin/inquiries`, ({ request }) => {
      const { refusal, caller } = guard(request, false);
      if (refusal) return refusal;
      const query = new URL(request.url).searchParams;
      mock.listQueries.push(query);
      const items = visible(caller!, query.get('partner'));
      if (query.get('format') === 'csv') {
        const csv = `\uFEFFid;receivedAt;name;email\r\n${items.map((item) => [item.id, item.receivedAt, item.name, item.email].join(';')).join('\r\n')}\r\n`;
        return new HttpResponse(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="inquiries.csv"' } });
      }
      const limit = Number(query.get('limit') ?? items.length);
      const start = Number(query.get('cursor')?.replace('c', '') ?? 0);
      const page = items.slice(start, start + limit);
      return HttpResponse.json({ items: page, total: items.length, ...(start + limit < items.length ? { next: `c${start + limit}` } : {}) });
    }),
    http.delete(`${API}/admin/inquiries/:id`, ({ request, params }) => {
      const { refusal, caller } = guard(request, false);
      if (refusal) return refusal;
      const inquiry = mock.inquiries.find((item) => item.id === params.id);
      if (!inquiry || (caller!.role === 'partner' && !inquiry.partners.includes(caller!.partner))) return error(404, 'not-found', 'No such inquiry.');
      if (caller!.role === 'partner' && inquiry.partners.some((id) => id !== caller!.partner)) return error(403, 'forbidden', 'The inquiry also names other partners.');
      mock.inquiries = mock.inquiries.filter((item) => item !== inquiry);
      mock.deletes.push(new URL(request.url).pathname);
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${API}/admin/erasures`, async ({ request }) => {
      const { refusal } = guard(request, true);
      if (refusal) return refusal;
      const { email } = (await request.json()) as { email: string };
      mock.erasures.push(email);
      const before = mock.inquiries.length;
      mock.inquiries = mock.inquiries.filter((item) => item.email.toLowerCase() !== email.trim().toLowerCase());
      return HttpResponse.json({ deleted: before - mock.inquiries.length });
    }),
    http.get(`${API}/admin/jobs`, ({ request }) => {
      const { refusal, caller } = guard(request, false);
      if (refusal) return refusal;
      const query = new URL(request.url).searchParams;
      mock.jobQueries.push(query);
      const partner = query.get('partner');
      if (caller!.role === 'partner' && partner && partner !== caller!.partner) return error(403, 'forbidden', 'This token sees only its own partner’s jobs.');
      const partners = partner && caller!.role === 'region' ? expandPartners([partner], data.partners) : undefined;
      const status = query.get('status') ?? 'all';
      const words = searchWords(query.get('q') ?? '');
      const expired = (job: Job) => job.validThrough !== undefined && Date.parse(job.validThrough) < pageClock.now().getTime();
      const items = data.jobs
        .filter((job) => (caller!.role === 'partner' ? job.partner === caller!.partner : !partners || partners.has(job.partner)))
        .filter((job) => status === 'all' || expired(job) === (status === 'expired'))
        .filter((job) => words.every((word) => foldForSearch([job.title, job.employer.name, job.location.city, job.id, job.externalId ?? ''].join(' ')).includes(word)))
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id));
      const limit = Number(query.get('limit') ?? 50);
      const start = Number(query.get('cursor')?.replace('c', '') ?? 0);
      return HttpResponse.json({ items: items.slice(start, start + limit), total: items.length, ...(start + limit < items.length ? { next: `c${start + limit}` } : {}) });
    }),
    http.put(`${API}/admin/jobs/:id`, async ({ request, params }) => {
      const { refusal, caller } = guard(request, false);
      if (refusal) return refusal;
      const job = (await request.json()) as Job;
      if (caller!.role === 'partner' && job.partner !== caller!.partner) return error(403, 'forbidden', 'Not your job.');
      mock.puts[new URL(request.url).pathname] = job;
      const existed = data.jobs.some((item) => item.id === params.id);
      data.jobs = [...data.jobs.filter((item) => item.id !== params.id), job];
      return HttpResponse.json(job, { status: existed ? 200 : 201 });
    }),
    http.delete(`${API}/admin/jobs/:id`, ({ request, params }) => {
      const { refusal } = guard(request, false);
      if (refusal) return refusal;
      data.jobs = data.jobs.filter((item) => item.id !== params.id);
      mock.deletes.push(new URL(request.url).pathname);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${API}/admin/imports`, ({ request }) => {
      const { refusal } = guard(request, true);
      if (refusal) return refusal;
      const running = mock.looksLeft > 0;
      if (running) mock.looksLeft -= 1;
      else if (mock.importRuns > 0) mock.imports = { ...mock.imports, sources: mock.imports.sources.map((source) => ({ ...source, lastRun: { startedAt: '2026-11-24T12:00:00Z', finishedAt: '2026-11-24T12:00:05Z', ok: true, inserted: 1, updated: 0, unchanged: 9, retired: 0, skipped: 0 } })) };
      return HttpResponse.json({ ...mock.imports, running });
    }),
    http.post(`${API}/admin/imports`, ({ request }) => {
      const { refusal } = guard(request, true);
      if (refusal) return refusal;
      if (!mock.importsConfigured) return error(409, 'conflict', 'No import sources are configured (IMPORT_CONFIG).');
      mock.importRuns += 1;
      mock.looksLeft = mock.runLooks;
      return HttpResponse.json({ ...mock.imports, running: true }, { status: 202 });
    }),
    http.get(`${API}/admin/outbox`, ({ request }) => {
      const { refusal } = guard(request, true);
      return refusal ?? HttpResponse.json(mock.outbox);
    }),
    http.post(`${API}/admin/backups`, ({ request }) => {
      const { refusal } = guard(request, true);
      if (refusal) return refusal;
      const file = `wr-20261124T120000Z${mock.backups.length ? `-${mock.backups.length}` : ''}.sqlite`;
      mock.backups.push(file);
      mock.audit.unshift({ at: '2026-11-24T12:30:00Z', action: 'backup.create', targetKind: 'backup', targetId: file, who: 'region' });
      return HttpResponse.json({ file }, { status: 201 });
    }),
    http.get(`${API}/admin/audit`, ({ request }) => {
      const { refusal } = guard(request, true);
      if (refusal) return refusal;
      const query = new URL(request.url).searchParams;
      mock.auditQueries.push(query);
      const since = query.get('since');
      const items = mock.audit.filter((entry) => !since || entry.at >= since);
      return HttpResponse.json({ items: items.slice(0, Number(query.get('limit') ?? 1000)) });
    }),
    http.get(`${API}/admin/partners`, ({ request }) => {
      const { refusal } = guard(request, true);
      return refusal ?? HttpResponse.json({ items: [...data.partners].sort((a, b) => a.name.localeCompare(b.name, 'de')).map((partner) => ({ origins: [], ...partner })) });
    }),
    http.put(`${API}/admin/partners/:id`, async ({ request, params }) => {
      const { refusal } = guard(request, true);
      if (refusal) return refusal;
      const partner = (await request.json()) as AdminPartner;
      mock.puts[new URL(request.url).pathname] = partner;
      const existed = data.partners.some((item) => item.id === params.id);
      data.partners = [...data.partners.filter((item) => item.id !== params.id), partner];
      return HttpResponse.json(partner, { status: existed ? 200 : 201 });
    }),
    http.get(`${API}/admin/partners/:id/tokens`, ({ request, params }) => {
      const { refusal } = guard(request, true);
      return refusal ?? HttpResponse.json({ items: mock.tokens.filter((token) => token.partner === params.id) });
    }),
    http.post(`${API}/admin/partners/:id/tokens`, ({ request, params }) => {
      const { refusal } = guard(request, true);
      if (refusal) return refusal;
      const created = { id: `tok_${String(mock.tokens.length).padStart(16, 'a')}`, partner: String(params.id), createdAt: '2026-11-24T12:00:00Z' };
      mock.tokens.push(created);
      return HttpResponse.json({ ...created, token: `wrp_${'x'.repeat(43)}` }, { status: 201 });
    }),
    http.delete(`${API}/admin/partners/:id/tokens/:tokenId`, ({ request, params }) => {
      const { refusal } = guard(request, true);
      if (refusal) return refusal;
      mock.tokens = mock.tokens.filter((token) => token.id !== params.tokenId);
      mock.deletes.push(new URL(request.url).pathname);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return mock;
}

/** The first element matching `selector` anywhere in the page's shadow trees. */
export function deep<T extends Element = HTMLElement>(root: Element | ShadowRoot | Document, selector: string): T | undefined {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = scope.querySelector<T>(selector);
  if (found) return found;
  for (const element of scope.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = deep<T>(element, selector);
      if (inner) return inner;
    }
  }
  return undefined;
}

export function deepAll<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = [...scope.querySelectorAll<T>(selector)];
  for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll<T>(element, selector));
  return found;
}

/** Waits for an element to appear in the app's shadow trees and returns it. */
export async function shown<T extends Element = HTMLElement>(app: Element, selector: string, message = `${selector} did not appear`): Promise<T> {
  await waitUntil(() => deep(app, selector), message);
  return deep<T>(app, selector)!;
}

/** Text of the whole app, shadow trees included, with spaces folded. */
export function textOf(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** A fresh page state: no token in this tab, German, no section in the URL. */
export function resetPage(): void {
  sessionStorage.clear();
  localStorage.clear();
  document.documentElement.lang = 'de';
  history.replaceState(null, '', location.pathname + location.search);
}

/** The app signed in with a token the way a person does it: typed into the field, then the button. */
export async function signedInApp(token = regionToken): Promise<AdminApp> {
  const app = await fixture<AdminApp>(html`<wr-admin-app api=${API}></wr-admin-app>`);
  const field = await shown<HTMLInputElement>(app, '#token');
  field.value = token;
  deep<HTMLButtonElement>(deep(app, 'wr-admin-sign-in')!, 'button.primary')!.click();
  await shown(app, 'nav');
  return app;
}
