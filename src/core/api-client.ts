import { HttpError, InvalidAnswerError, MissingApiError, NetworkError, TimeoutError } from './api-errors.js';
import { getConfig } from './config.js';
import { deadline, type Deadline } from './deadline.js';
import type { Reader } from './validate.js';

/** Query parameters; undefined and empty values are left out of the URL. */
export type QueryParams = Record<string, string | number | undefined>;

export interface GetOptions {
  /** Aborts this caller's wait; the request itself goes on while another caller still waits for it. */
  signal?: AbortSignal;
  /** False for a request that is worth nothing a moment later (suggestions while typing): tried once, not retried. */
  retry?: boolean;
}

export interface PostOptions {
  /** Sent as `Idempotency-Key`. The caller keeps it across its own retries, so the server stores one inquiry. */
  idempotencyKey: string;
  signal?: AbortSignal;
}

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

/** At most this many answers are kept, oldest dropped first, so a long visit does not grow without bound. */
const cacheLimit = 200;
const clients = new Map<string, ApiClient>();

/**
 * The one client per page and API base. Identical GETs in flight are shared (two widgets asking for partners
 * cause one request), answers are kept for the page's life, every answer is checked against the contract.
 */
export class ApiClient {
  /** The page's client for an API base; throws MissingApiError without one, which widgets show in words. */
  static for(base: string | undefined): ApiClient {
    if (!base) throw new MissingApiError();
    let client = clients.get(base);
    if (!client) {
      client = new ApiClient(base);
      clients.set(base, client);
    }
    return client;
  }

  /** Forgets every client and its cache (tests; single-page apps after a logout). */
  static reset(): void {
    clients.clear();
  }

  private readonly cache = new Map<string, unknown>();
  private readonly inflight = new Map<string, SharedRequest>();

  private constructor(readonly base: string) {}

  /** The URL of an API path with its query. */
  url(path: string, params: QueryParams = {}): string {
    const url = new URL(this.base + path);
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    return url.href;
  }

  /** GETs a path and reads the answer with `read`; retried on network errors and 5xx. */
  async get<T>(path: string, params: QueryParams, read: Reader<T>, options: GetOptions = {}): Promise<T> {
    const url = this.url(path, params);
    if (this.cache.has(url)) return this.cache.get(url) as T;
    options.signal?.throwIfAborted();

    let shared = this.inflight.get(url);
    if (!shared) {
      const controller = new AbortController();
      const request: SharedRequest = {
        controller,
        waiters: 0,
        promise: requestJson(url, { method: 'GET', headers: { Accept: 'application/json' } }, read, controller.signal, false, options.retry ?? true).then(
          (value) => {
            this.remember(url, value);
            return value;
          },
        ),
      };
      request.promise.catch(() => undefined).finally(() => {
        if (this.inflight.get(url) === request) this.inflight.delete(url);
      });
      this.inflight.set(url, request);
      shared = request;
    }
    return this.wait(url, shared, options.signal) as Promise<T>;
  }

  /** POSTs a JSON body with an idempotency key; retried on network errors, timeouts and 5xx with the same key. */
  post<T>(path: string, body: unknown, read: Reader<T>, options: PostOptions): Promise<T> {
    const init: RequestInit = {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': options.idempotencyKey },
      body: JSON.stringify(body),
    };
    return requestJson(this.url(path), init, read, options.signal, true);
  }

  private remember(url: string, value: unknown): void {
    this.cache.set(url, value);
    if (this.cache.size > cacheLimit) this.cache.delete(this.cache.keys().next().value!);
  }

  /** Waits for a shared request; when the last waiter leaves, the request is aborted. */
  private wait(url: string, shared: SharedRequest, signal: AbortSignal | undefined): Promise<unknown> {
    shared.waiters++;
    if (!signal) return shared.promise;
    return new Promise((resolve, reject) => {
      const leave = () => {
        shared.waiters--;
        if (shared.waiters === 0 && this.inflight.get(url) === shared) {
          this.inflight.delete(url);
          shared.controller.abort(signal.reason);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  }
}

/** One request with timeout, bounded retries with backoff, and the answer read against the contract. */
async function requestJson<T>(url: string, init: RequestInit, read: Reader<T>, signal: AbortSignal | undefined, retryTimeouts: boolean, retry = true): Promise<T> {
  const { retryDelay, timeout } = getConfig();
  const retries = retry ? getConfig().retries : 0;
  for (let attempt = 0; ; attempt++) {
    const lastAttempt = attempt >= retries;
    signal?.throwIfAborted();
    // One deadline for the answer and its body, so that a body that stops half-way times out too.
    const time = deadline(timeout, signal);
    try {
      let response: Response;
      try {
        response = await fetchWithin(url, init, time, timeout, signal);
      } catch (error) {
        const retryable = error instanceof NetworkError || (retryTimeouts && error instanceof TimeoutError);
        if (!retryable || lastAttempt) throw error;
        await sleep(backoff(retryDelay, attempt), signal);
        continue;
      }
      if (response.status >= 500 && !lastAttempt) {
        await sleep(backoff(retryDelay, attempt), signal);
        continue;
      }
      return await readResponse(url, response, read, time, timeout);
    } finally {
      time.dispose();
    }
  }
}

async function fetchWithin(url: string, init: RequestInit, time: Deadline, timeout: number, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: time.signal, credentials: 'omit', mode: 'cors' });
  } catch (error) {
    if (time.expired) throw new TimeoutError(url, timeout);
    if (signal?.aborted) throw signal.reason;
    throw new NetworkError(url, { cause: error });
  }
}

async function readResponse<T>(url: string, response: Response, read: Reader<T>, time: Deadline, timeout: number): Promise<T> {
  const text = await response.text().catch(() => {
    throw time.expired ? new TimeoutError(url, timeout) : new NetworkError(url);
  });
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    if (response.ok) throw new InvalidAnswerError(url, 'the body is not JSON');
  }
  if (!response.ok) {
    throw new HttpError(url, response.status, errorBody(body), retryAfterSeconds(response.headers.get('Retry-After')));
  }
  try {
    return read(body);
  } catch (error) {
    throw new InvalidAnswerError(url, error instanceof Error ? error.message : String(error));
  }
}

function errorBody(body: unknown): HttpError['body'] {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, message, errors } = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    error: text(error),
    message: text(message),
    errors: typeof errors === 'object' && errors ? (Object.fromEntries(Object.entries(errors).filter(([, code]) => typeof code == 'string')) as Record<string, string>) : undefined,
  };
}

/** Seconds from a Retry-After header, which holds either seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Doubling delays with jitter, so many widgets that failed together do not retry in step. */
function backoff(retryDelay: number, attempt: number): number {
  return retryDelay * 2 ** attempt * (0.75 + Math.random() * 0.5);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** A fresh idempotency key; also where `crypto.randomUUID` is missing (pages served over plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
