import { HttpError, InvalidAnswerError, NetworkError, TimeoutError } from '../core/api-errors.js';
import type { components } from '../core/types.js';
import type { Category, Job, Partner } from '../core/types.js';

type Schemas = components['schemas'];
export type Caller = Schemas['AdminCaller'];
export type AdminPartner = Schemas['AdminPartner'];
export type StoredInquiry = Schemas['StoredInquiry'];
export type InquiryPage = Schemas['StoredInquiryList'];
export type PartnerToken = Schemas['PartnerToken'];
export type CreatedPartnerToken = Schemas['CreatedPartnerToken'];
export type JobList = Schemas['AdminJobList'];
export type JobStatus = 'all' | 'active' | 'expired';
export type ImportState = Schemas['ImportState'];
export type ImportSource = ImportState['sources'][number];
export type OutboxState = Schemas['OutboxState'];
export type AuditEntry = Schemas['AuditEntry'];

export interface InquiryQuery {
  partner?: string;
  limit?: number;
  cursor?: string;
}

export interface JobQuery {
  partner?: string;
  status?: JobStatus;
  q?: string;
  limit?: number;
  cursor?: string;
}

/** A downloaded file: its content and the name the server suggested. */
export interface Download {
  blob: Blob;
  fileName: string;
}

/** Milliseconds before a request is given up; an erasure or a large CSV may take a moment. */
const timeout = 20_000;

/** An answer that is an object with `items`, the shape of every list in the contract. */
function readList<T>(body: unknown): { items: T[] } & Record<string, unknown> {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { items?: unknown }).items)) throw new Error('the answer has no items list');
  return body as { items: T[] } & Record<string, unknown>;
}

function readImports(body: unknown): ImportState {
  const state = readObject<ImportState>(body);
  if (typeof state.running !== 'boolean' || !Array.isArray(state.sources)) throw new Error('the answer is not an import state');
  return state;
}

function readObject<T>(body: unknown): T {
  if (typeof body !== 'object' || body === null) throw new Error('the answer is not an object');
  return body as T;
}

/**
 * The admin API with one token. Unlike the widgets' shared client it sends the token, never caches (admin
 * answers are `no-store` and change with every edit) and never retries a write on its own: the person at the
 * keyboard decides. Failures are the core's error classes, so they are described the same way everywhere.
 */
export class AdminApi {
  /** Called when the server refuses the token (revoked, or the region's token changed): the page signs out. */
  onUnauthorized: (() => void) | undefined;

  constructor(
    /** The API base with its version, e.g. `https://example.org/v1`. */
    readonly base: string,
    private readonly token: string,
  ) {}

  me(signal?: AbortSignal): Promise<Caller> {
    return this.json('GET', '/admin/me', undefined, readObject<Caller>, signal);
  }

  inquiries(query: InquiryQuery, signal?: AbortSignal): Promise<InquiryPage> {
    return this.json('GET', this.path('/admin/inquiries', { ...query, order: 'newest' }), undefined, readList<StoredInquiry>, signal);
  }

  /** The server's own CSV of every inquiry the filter selects (not only the page on screen). */
  async inquiriesCsv(partner: string | undefined): Promise<Download> {
    const response = await this.send('GET', this.path('/admin/inquiries', { partner, format: 'csv' }), undefined, 'text/csv');
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'inquiries.csv';
    return { blob: await response.blob(), fileName: name };
  }

  deleteInquiry(id: string): Promise<void> {
    return this.empty('DELETE', `/admin/inquiries/${encodeURIComponent(id)}`);
  }

  async eraseByEmail(email: string): Promise<number> {
    const answer = await this.json('POST', '/admin/erasures', { email }, readObject<{ deleted: number }>);
    return answer.deleted;
  }

  /** The public partner list: every role may read it, for names and the partner choices. */
  async publicPartners(signal?: AbortSignal): Promise<Partner[]> {
    return (await this.json('GET', '/partners', undefined, readList<Partner>, signal)).items;
  }

  async categories(signal?: AbortSignal): Promise<Category[]> {
    return (await this.json('GET', '/categories', undefined, readList<Category>, signal)).items;
  }

  /** The jobs this token may write, expired ones too, newest first, a page at a time; a district includes its towns. */
  jobs(query: JobQuery, signal?: AbortSignal): Promise<JobList> {
    return this.json('GET', this.path('/admin/jobs', { ...query }), undefined, readList<Job>, signal) as Promise<JobList>;
  }

  saveJob(job: Job): Promise<Job> {
    return this.json('PUT', `/admin/jobs/${encodeURIComponent(job.id)}`, job, readObject<Job>);
  }

  deleteJob(id: string): Promise<void> {
    return this.empty('DELETE', `/admin/jobs/${encodeURIComponent(id)}`);
  }

  async partners(signal?: AbortSignal): Promise<AdminPartner[]> {
    return (await this.json('GET', '/admin/partners', undefined, readList<AdminPartner>, signal)).items;
  }

  savePartner(partner: AdminPartner): Promise<AdminPartner> {
    return this.json('PUT', `/admin/partners/${encodeURIComponent(partner.id)}`, partner, readObject<AdminPartner>);
  }

  deletePartner(id: string): Promise<void> {
    return this.empty('DELETE', `/admin/partners/${encodeURIComponent(id)}`);
  }

  async tokens(partner: string, signal?: AbortSignal): Promise<PartnerToken[]> {
    return (await this.json('GET', `/admin/partners/${encodeURIComponent(partner)}/tokens`, undefined, readList<PartnerToken>, signal)).items;
  }

  createToken(partner: string): Promise<CreatedPartnerToken> {
    return this.json('POST', `/admin/partners/${encodeURIComponent(partner)}/tokens`, undefined, readObject<CreatedPartnerToken>);
  }

  deleteToken(partner: string, tokenId: string): Promise<void> {
    return this.empty('DELETE', `/admin/partners/${encodeURIComponent(partner)}/tokens/${encodeURIComponent(tokenId)}`);
  }

  /** The configured job feeds with each one's last run, and whether a run goes on (region only). */
  imports(signal?: AbortSignal): Promise<ImportState> {
    return this.json('GET', '/admin/imports', undefined, readImports, signal);
  }

  /** Starts a run of every feed; answered at once (`202`), before the run is done. `409` without `IMPORT_CONFIG`. */
  runImports(): Promise<ImportState> {
    return this.json('POST', '/admin/imports', undefined, readImports);
  }

  /** The queue of mail to the offices: counts and the unsent mails (region only). */
  outbox(signal?: AbortSignal): Promise<OutboxState> {
    return this.json('GET', '/admin/outbox', undefined, readList<OutboxState['items'][number]>, signal) as Promise<OutboxState>;
  }

  /** Makes a backup now; answers the file's name in the backup folder. */
  async createBackup(): Promise<string> {
    return (await this.json('POST', '/admin/backups', undefined, readObject<{ file: string }>)).file;
  }

  /**
   * The newest `limit` entries of the audit log. The contract pages only by `since` (a lower bound in time), so
   * older entries are reached by asking again for more, not by a cursor.
   */
  async audit(limit: number, signal?: AbortSignal): Promise<AuditEntry[]> {
    return (await this.json('GET', this.path('/admin/audit', { limit }), undefined, readList<AuditEntry>, signal)).items;
  }

  private path(path: string, params: Record<string, string | number | undefined>): string {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
    const query = search.toString();
    return query ? `${path}?${query}` : path;
  }

  private async json<T>(method: string, path: string, body: unknown, read: (body: unknown) => T, signal?: AbortSignal): Promise<T> {
    const response = await this.send(method, path, body, 'application/json', signal);
    const url = response.url || this.base + path;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await response.text());
      return read(parsed);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new InvalidAnswerError(url, error instanceof Error ? error.message : String(error));
    }
  }

  private async empty(method: string, path: string): Promise<void> {
    await this.send(method, path, undefined, 'application/json');
  }

  /** One request with the token and a timeout; an error status becomes an HttpError with the server's words. */
  private async send(method: string, path: string, body: unknown, accept: string, signal?: AbortSignal): Promise<Response> {
    const url = this.base + path;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const forward = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', forward, { once: true });
    let response: Response;
    try {
      const headers: Record<string, string> = { Accept: accept, Authorization: `Bearer ${this.token}` };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: controller.signal, cache: 'no-store', credentials: 'omit' });
    } catch (error) {
      if (timedOut) throw new TimeoutError(url, timeout);
      if (signal?.aborted) throw signal.reason;
      throw new NetworkError(url, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    let errorBody: HttpError['body'];
    try {
      const parsed = JSON.parse(text) as { error?: unknown; message?: unknown; errors?: unknown };
      errorBody = {
        error: typeof parsed.error === 'string' ? parsed.error : undefined,
        message: typeof parsed.message === 'string' ? parsed.message : undefined,
        errors: typeof parsed.errors === 'object' && parsed.errors !== null ? (parsed.errors as Record<string, string>) : undefined,
      };
    } catch {
      errorBody = undefined;
    }
    if (response.status === 401) this.onUnauthorized?.();
    throw new HttpError(url, response.status, errorBody, undefined);
  }
}
