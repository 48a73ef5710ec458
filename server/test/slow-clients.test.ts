import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { partnerOrigin, startServer, type TestServer } from './helpers.js';

const portOf = (server: TestServer) => Number(new URL(server.base).port);

/** A raw connection to the server; `closed` settles with what the server wrote once it closes the socket. */
function openSocket(server: TestServer, localAddress = '127.0.0.1') {
  const socket = connect({ port: portOf(server), host: '127.0.0.1', localAddress });
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => {});
  const closed = new Promise<{ received: string; afterMs: number }>((resolve) => {
    const start = Date.now();
    socket.on('close', () => resolve({ received, afterMs: Date.now() - start }));
  });
  const opened = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, closed, opened };
}

/** The headers of an inquiry announcing a 16,000-byte body, then 10 bytes of it: a slow-loris client. */
function trickleInquiry(socket: Socket) {
  socket.write(
    ['POST /v1/inquiries HTTP/1.1', 'Host: 127.0.0.1', `Origin: ${partnerOrigin}`, 'Content-Type: application/json', 'Idempotency-Key: slow-client-0001', 'Content-Length: 16000', '', '{"name":"A'].join('\r\n'),
  );
}

/** A GET from a given local address (127.0.0.0/8 is all loopback), as another client would send it. */
function getFrom(server: TestServer, path: string, localAddress: string) {
  return new Promise<number>((resolve, reject) => {
    const sent = request(`${server.base}${path}`, { localAddress, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    sent.on('error', reject);
    sent.end();
  });
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms).unref())]);

describe('slow clients are cut off and the others served', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ requestTimeoutMs: 2000, headersTimeoutMs: 1000, maxConnectionsPerAddress: 0 });
  });
  after(() => server.close());

  test('a body trickled after full headers is answered 408 and closed at the request timeout', async () => {
    const slow = Array.from({ length: 30 }, () => openSocket(server));
    await Promise.all(slow.map(({ opened }) => opened));
    for (const { socket } of slow) trickleInquiry(socket);
    // Meanwhile, everyone else is served at once.
    const others = await fetch(`${server.base}/v1/jobs`);
    assert.equal(others.status, 200);
    const ends = await within(Promise.all(slow.map(({ closed }) => closed)), 8000, 'closing the slow sockets');
    for (const { received, afterMs } of ends) {
      assert.match(received, /^HTTP\/1\.1 408 /, 'the client is told why');
      assert.ok(afterMs >= 1500, `closed after ${afterMs} ms, before the request timeout`);
    }
    assert.equal(await server.inquiries.count(), 0, 'nothing half-sent is stored');
  });

  test('headers trickled a byte at a time are cut off at the headers timeout', async () => {
    const { socket, closed, opened } = openSocket(server);
    await opened;
    const line = 'GET /v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ';
    let sent = 0;
    const drip = setInterval(() => socket.writable && socket.write(line[sent++ % line.length]!), 100);
    try {
      const { received, afterMs } = await within(closed, 6000, 'closing the trickling socket');
      assert.match(received, /^HTTP\/1\.1 408 /);
      assert.ok(afterMs >= 900 && afterMs < 6000, `closed after ${afterMs} ms`);
    } finally {
      clearInterval(drip);
    }
  });
});

describe('connections per address are capped', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ maxConnectionsPerAddress: 5 });
  });
  after(() => server.close());

  test('one address holding its allowance cannot open more; another address is served', async () => {
    const held = Array.from({ length: 5 }, () => openSocket(server));
    await Promise.all(held.map(({ opened }) => opened));
    // The connection past the cap is closed as it opens, before anything is read from it.
    const extra = openSocket(server);
    const { received } = await within(extra.closed, 3000, 'refusing the sixth connection');
    assert.equal(received, '');
    assert.equal(await getFrom(server, '/v1/jobs', '127.0.0.2'), 200);
    // Giving connections back gives the allowance back, once the server has seen them close.
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map(({ closed }) => closed));
    let status: number | Error = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = await getFrom(server, '/v1/jobs', '127.0.0.1').catch((error: Error) => error);
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(status, 200);
  });
});

describe('an overloaded server sheds load', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ maxEventLoopDelayMs: 30 }, { pressureSampleMs: 50 });
  });
  after(() => server.close());

  const statusOf = async () => {
    const response = await fetch(`${server.base}/v1/partners`);
    return { response, body: (await response.json()) as { error?: string; message?: string } };
  };

  /** Polls until a request is served: the lag of the server's own start may still be in the last sample. */
  const servedAgain = async () => {
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = (await statusOf()).response.status;
    }
    return status;
  };

  test('while the event loop lags, requests get 503 with Retry-After; once it recovers, 200 again', async () => {
    assert.equal(await servedAgain(), 200);
    // Keeps the event loop busy 120 ms of every 130, as a flood of work would.
    const hog = setInterval(() => {
      const until = Date.now() + 120;
      while (Date.now() < until);
    }, 10);
    try {
      let shed: Awaited<ReturnType<typeof statusOf>> | undefined;
      for (let attempt = 0; attempt < 40 && !shed; attempt++) {
        const answer = await statusOf();
        if (answer.response.status === 503) shed = answer;
      }
      assert.ok(shed, 'no request was shed while the event loop lagged');
      assert.equal(shed.response.headers.get('retry-after'), '5');
      assert.equal(shed.response.headers.get('cache-control'), 'no-store');
      assert.equal(shed.response.headers.get('access-control-allow-origin'), '*', 'a partner page can read why');
      assert.equal(shed.body.error, 'unavailable');
      assert.match(shed.body.message ?? '', /overloaded/);
    } finally {
      clearInterval(hog);
    }
    assert.equal(await servedAgain(), 200, 'still shedding after the lag ended');
  });
});
