import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { ApiClient, newIdempotencyKey } from '../../src/core/api-client.js';
import { HttpError, InvalidAnswerError, NetworkError, TimeoutError } from '../../src/core/api-errors.js';
import { configure } from '../../src/core/config.js';
import { readCategories, readInquiryReceipt } from '../../src/core/validate.js';
import { API, useMockApi, worker } from '../support/mock-api.js';

const categories = { items: [{ id: 'it', name: { de: 'IT & Software', en: 'IT & software' } }] };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('ApiClient', () => {
  let requests: number;
  beforeEach(async () => {
    await useMockApi();
    requests = 0;
  });

  function answer(...responses: Array<() => Response | Promise<Response>>) {
    worker.use(
      http.get(`${API}/categories`, async () => {
        const respond = responses[Math.min(requests, responses.length - 1)]!;
        requests++;
        return respond();
      }),
    );
  }

  it('shares identical GETs in flight and keeps the answer for the page', async () => {
    answer(async () => {
      await delay(50);
      return HttpResponse.json(categories);
    });
    const client = ApiClient.for(API);
    const [first, second] = await Promise.all([client.get('/categories', {}, readCategories), ApiClient.for(API).get('/categories', {}, readCategories)]);
    expect(first).to.deep.equal(categories.items);
    expect(second).to.equal(first);
    await client.get('/categories', {}, readCategories);
    expect(requests).to.equal(1);
  });

  it('lets one caller leave a shared request without cancelling it for the other', async () => {
    answer(async () => {
      await delay(80);
      return HttpResponse.json(categories);
    });
    const client = ApiClient.for(API);
    const leaving = new AbortController();
    const left = client.get('/categories', {}, readCategories, { signal: leaving.signal });
    const staying = client.get('/categories', {}, readCategories);
    leaving.abort();
    expect((await rejection(left)) as DOMException).to.have.property('name', 'AbortError');
    expect(await staying).to.deep.equal(categories.items);
    expect(requests).to.equal(1);
  });

  it('gives up after the timeout without retrying a GET', async () => {
    configure({ timeout: 100 });
    answer(async () => {
      await delay('infinite');
      return HttpResponse.json(categories);
    });
    const error = await rejection(ApiClient.for(API).get('/categories', {}, readCategories));
    expect(error).to.be.instanceOf(TimeoutError);
    expect(requests).to.equal(1);
  });

  it('retries a 500 and recovers', async () => {
    answer(
      () => HttpResponse.json({ error: 'internal', message: 'boom' }, { status: 500 }),
      () => HttpResponse.json(categories),
    );
    expect(await ApiClient.for(API).get('/categories', {}, readCategories)).to.deep.equal(categories.items);
    expect(requests).to.equal(2);
  });

  it('stops retrying a 503 after the configured bound and reports the status', async () => {
    configure({ retries: 3 });
    answer(() => new HttpResponse(null, { status: 503 }));
    const error = await rejection(ApiClient.for(API).get('/categories', {}, readCategories));
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(503);
    expect(requests).to.equal(4);
  });

  it('reads the message of an error body', async () => {
    configure({ retries: 0 });
    answer(() => HttpResponse.json({ error: 'unavailable', message: 'Wartung' }, { status: 503 }));
    const error = (await rejection(ApiClient.for(API).get('/categories', {}, readCategories))) as HttpError;
    expect(error.body).to.include({ error: 'unavailable', message: 'Wartung' });
  });

  it('does not retry a 4xx', async () => {
    answer(() => HttpResponse.json({ error: 'not-found', message: 'gone' }, { status: 404 }));
    const error = await rejection(ApiClient.for(API).get('/categories', {}, readCategories));
    expect((error as HttpError).status).to.equal(404);
    expect(requests).to.equal(1);
  });

  it('retries a network error, then reports it', async () => {
    answer(() => HttpResponse.error());
    const error = await rejection(ApiClient.for(API).get('/categories', {}, readCategories));
    expect(error).to.be.instanceOf(NetworkError);
    expect(requests).to.equal(3);
  });

  it('reports malformed JSON as an invalid answer and does not cache it', async () => {
    answer(
      () => new HttpResponse('{"items": [', { headers: { 'Content-Type': 'application/json' } }),
      () => HttpResponse.json(categories),
    );
    const error = await rejection(ApiClient.for(API).get('/categories', {}, readCategories));
    expect(error).to.be.instanceOf(InvalidAnswerError);
    expect(await ApiClient.for(API).get('/categories', {}, readCategories)).to.deep.equal(categories.items);
  });

  it('reports an answer of the wrong shape as invalid', async () => {
    answer(() => HttpResponse.json({ categories: [] }));
    expect(await rejection(ApiClient.for(API).get('/categories', {}, readCategories))).to.be.instanceOf(InvalidAnswerError);
  });

  it('leaves out the items of a list that do not fit the contract', async () => {
    answer(() => HttpResponse.json({ items: [...categories.items, { id: 'x', name: 'not localised' }, null] }));
    expect(await ApiClient.for(API).get('/categories', {}, readCategories)).to.deep.equal(categories.items);
  });

  describe('post', () => {
    const receipt = { id: 'inq-1', receivedAt: '2026-11-24T10:00:00Z' };

    it('keeps the idempotency key across retries after a lost answer and a 502', async () => {
      const keys: (string | null)[] = [];
      worker.use(
        http.post(`${API}/inquiries`, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          if (keys.length === 1) return HttpResponse.error();
          if (keys.length === 2) return new HttpResponse(null, { status: 502 });
          return HttpResponse.json(receipt, { status: 201 });
        }),
      );
      const key = newIdempotencyKey();
      expect(await ApiClient.for(API).post('/inquiries', { name: 'A' }, readInquiryReceipt, { idempotencyKey: key })).to.deep.equal(receipt);
      expect(keys).to.deep.equal([key, key, key]);
    });

    it('retries a send that timed out, with the same key', async () => {
      configure({ timeout: 100 });
      const keys: (string | null)[] = [];
      worker.use(
        http.post(`${API}/inquiries`, async ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          if (keys.length === 1) await delay('infinite');
          return HttpResponse.json(receipt, { status: 201 });
        }),
      );
      await ApiClient.for(API).post('/inquiries', {}, readInquiryReceipt, { idempotencyKey: 'key-12345' });
      expect(keys).to.deep.equal(['key-12345', 'key-12345']);
    });

    it('reports 429 with the seconds of Retry-After and 422 with the field errors, without retrying', async () => {
      let calls = 0;
      worker.use(
        http.post(`${API}/inquiries`, () => {
          calls++;
          return calls === 1
            ? HttpResponse.json({ error: 'rate-limited', message: 'slow down' }, { status: 429, headers: { 'Retry-After': '30' } })
            : HttpResponse.json({ errors: { email: 'invalid' } }, { status: 422 });
        }),
      );
      const limited = (await rejection(ApiClient.for(API).post('/inquiries', {}, readInquiryReceipt, { idempotencyKey: 'key-12345' }))) as HttpError;
      expect(limited.status).to.equal(429);
      expect(limited.retryAfter).to.equal(30);
      const refused = (await rejection(ApiClient.for(API).post('/inquiries', {}, readInquiryReceipt, { idempotencyKey: 'key-12345' }))) as HttpError;
      expect(refused.body?.errors).to.deep.equal({ email: 'invalid' });
      expect(calls).to.equal(2);
    });
  });

  it('makes idempotency keys that differ', () => {
    expect(newIdempotencyKey()).to.not.equal(newIdempotencyKey());
  });
});
