/** Limits of every request a scheduled import makes. */
export interface FetchLimits {
  /** Per attempt, headers and body together. */
  timeoutMs: number;
  /** Largest body read; a bigger answer fails the source (a feed that size is a mistake, not a feed). */
  maxBytes: number;
  /** Attempts in all; a network error, a timeout, `429` or a `5xx` answer is tried again. */
  attempts: number;
  /** Pause before the second attempt; each further pause is four times the one before. */
  backoffMs: number;
}

export const defaultFetchLimits: FetchLimits = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, attempts: 3, backoffMs: 2_000 };

class TooLargeError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A body read up to `maxBytes`; throws beyond, without reading the rest. */
async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLargeError(`${url} sent ${declared} bytes, more than the ${maxBytes} allowed.`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new TooLargeError(`${url} sent more than the ${maxBytes} bytes allowed.`);
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

/** What a log or the admin may see of a URL: no query (it may hold a key) and no user info. */
export function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return 'an invalid URL';
  }
}

/**
 * A `fetch` with a timeout per attempt, a body size limit, and retries with backoff: a source that hiccups
 * (a restart, a `503`, a slow answer) still imports, and one that sends gigabytes cannot fill the memory. The
 * body is read completely here, so the timeout covers it. After the last attempt a `5xx` answer is handed on (the
 * caller reports its status); a network error or timeout is thrown.
 */
export function limitedFetch(limits: FetchLimits = defaultFetchLimits, base: typeof globalThis.fetch = globalThis.fetch): typeof globalThis.fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input instanceof Request ? input.url : input);
    let lastError: unknown;
    for (let attempt = 1; attempt <= limits.attempts; attempt++) {
      if (attempt > 1) await sleep(limits.backoffMs * 4 ** (attempt - 2));
      const signal = AbortSignal.timeout(limits.timeoutMs);
      try {
        const response = await base(input, { ...init, signal, redirect: 'follow' });
        const retry = response.status === 429 || response.status >= 500;
        if (retry && attempt < limits.attempts) {
          await response.body?.cancel();
          lastError = new Error(`${shownUrl(url)} answered ${response.status}.`);
          continue;
        }
        const body = await readLimited(response, limits.maxBytes, shownUrl(url));
        return new Response(response.status === 204 || response.status === 304 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
      } catch (error) {
        // Too large stays too large: no retry.
        if (error instanceof TooLargeError) throw error;
        const timedOut = (error as Error)?.name === 'TimeoutError' || signal.aborted;
        lastError = new Error(timedOut ? `${shownUrl(url)} did not answer within ${limits.timeoutMs / 1000} s.` : `${shownUrl(url)} could not be reached (${(error as Error)?.message ?? error}).`);
      }
    }
    throw lastError;
  }) as typeof globalThis.fetch;
}

/** The text of a URL through `fetch`; throws on a status other than 2xx. */
export async function fetchText(fetch: typeof globalThis.fetch, url: string, accept: string): Promise<string> {
  const response = await fetch(url, { headers: { accept } });
  if (!response.ok) throw new Error(`${shownUrl(url)} answered ${response.status}.`);
  return response.text();
}
