import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, test } from 'node:test';
import { clientKey } from '../src/client-address.js';
import { configFromEnv } from '../src/config.js';
import { admin, inquiryBody, newKey, partnerOrigin, startServer } from './helpers.js';

/** POSTs an inquiry with headers fetch will not send (Host), as a script or a DNS-rebound page would. */
function postRaw(base: string, headers: Record<string, string>) {
  const body = JSON.stringify(inquiryBody());
  return new Promise<number>((resolve, reject) => {
    const sent = request(`${base}/v1/inquiries`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': newKey(), 'content-length': String(Buffer.byteLength(body)), ...headers } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('who the server takes itself and its clients to be', () => {
  test('an IPv6 client counts by its /64, an IPv4 client seen on a dual-stack socket as its IPv4 address', () => {
    assert.equal(clientKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(clientKey('::1'), '0:0:0:0::/64');
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(clientKey('::ffff:c000:0207'), '192.0.2.7');
    assert.equal(clientKey('192.0.2.7'), '192.0.2.7');
  });

  test('the Host a client names does not make its page the server’s own; PUBLIC_URL does', async () => {
    const server = await startServer({ inquiryRateLimit: 1000 });
    try {
      // The probe's finding: Host and Origin both evil.example, as after DNS rebinding.
      assert.equal(await postRaw(server.base, { host: 'evil.example', origin: 'http://evil.example' }), 403);
      assert.equal(await postRaw(server.base, { host: 'evil.example:8080', origin: 'http://evil.example:8080' }), 403);
      // A developer's own npm start on a loopback address is its own origin still.
      assert.equal(await postRaw(server.base, { origin: server.base }), 201);
      const port = new URL(server.base).port;
      assert.equal(await postRaw(server.base, { host: `localhost:${port}`, origin: `http://localhost:${port}` }), 201);
      assert.equal(await postRaw(server.base, { origin: partnerOrigin }), 201);
    } finally {
      await server.close();
    }
    const published = await startServer({ publicOrigin: 'https://api.wachstumsregion.example', trustProxy: 1 });
    try {
      assert.equal(await postRaw(published.base, { origin: 'https://api.wachstumsregion.example' }), 201);
      // Set, it is the only own origin: neither a forwarded host nor loopback stands in for it.
      assert.equal(await postRaw(published.base, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', origin: 'https://evil.example' }), 403);
      assert.equal(await postRaw(published.base, { origin: published.base }), 403);
    } finally {
      await published.close();
    }
  });

  test('behind a proxy hop count, rotating the left of X-Forwarded-For does not escape the rate limit', async () => {
    const server = await startServer({ trustProxy: 1, inquiryRateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push(await postRaw(server.base, { origin: partnerOrigin, 'x-forwarded-for': `203.0.113.${i + 1}, 198.51.100.20` }));
      assert.deepEqual(statuses, [201, 201, 201, 429, 429, 429]);
      // The address the proxy saw is a new client.
      assert.equal(await postRaw(server.base, { origin: partnerOrigin, 'x-forwarded-for': '198.51.100.21' }), 201);
    } finally {
      await server.close();
    }
  });

  test('rotating IPv6 addresses within a /64 does not escape the sign-in throttle; another /64 may still sign in', async () => {
    const server = await startServer({ trustProxy: 1, adminAuthFailureLimit: 3 });
    try {
      const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
      for (let i = 1; i <= 3; i++) assert.equal((await admin(server.base, '/me', from(`2001:db8:7:9::${i.toString(16)}`), 'wrong')).status, 401);
      assert.equal((await admin(server.base, '/me', from('2001:db8:7:9:ffff::4'))).status, 429);
      assert.equal((await admin(server.base, '/me', from('2001:db8:7:a::1'))).status, 200);
    } finally {
      await server.close();
    }
  });

  test('settings that would open the server are refused at start with what to set instead', () => {
    assert.throws(() => configFromEnv({ TRUST_PROXY: 'true' }), /TRUST_PROXY=true .*number of proxies/);
    assert.throws(() => configFromEnv({ TRUST_PROXY: 'proxy.internal' }), /TRUST_PROXY must be a hop count or a comma list/);
    assert.equal(configFromEnv({ TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(configFromEnv({ TRUST_PROXY: '10.0.0.2, 10.0.1.0/24,loopback' }).trustProxy, '10.0.0.2,10.0.1.0/24,loopback');
    assert.equal(configFromEnv({ TRUST_PROXY: 'false' }).trustProxy, false);
    assert.throws(() => configFromEnv({ ADMIN_TOKEN: 'secret' }), /ADMIN_TOKEN must be at least 32 characters long \(it has 6\)/);
    assert.throws(() => configFromEnv({ ADMIN_TOKEN: 'a'.repeat(31) }), /at least 32/);
    assert.equal(configFromEnv({ ADMIN_TOKEN: 'a'.repeat(32) }).adminToken, 'a'.repeat(32));
    assert.equal(configFromEnv({ PUBLIC_URL: 'https://api.example.de/v1/' }).publicOrigin, 'https://api.example.de');
    assert.throws(() => configFromEnv({ PUBLIC_URL: 'api.example.de' }), /PUBLIC_URL must be the URL/);
    assert.throws(() => configFromEnv({ HEADERS_TIMEOUT_SECONDS: '20' }), /must not be longer than REQUEST_TIMEOUT_SECONDS/);
    const defaults = configFromEnv({});
    assert.deepEqual(
      [defaults.requestTimeoutMs, defaults.headersTimeoutMs, defaults.keepAliveTimeoutMs, defaults.idleTimeoutMs, defaults.maxConnectionsPerAddress, defaults.maxEventLoopDelayMs],
      [10_000, 5000, 5000, 30_000, 100, 1000],
    );
  });
});
