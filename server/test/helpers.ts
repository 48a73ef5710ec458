import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ShiftedClock, type Clock } from '@wachstumsregion/domain/clock';
import type { Job } from '@wachstumsregion/domain/contract';
import { buildApp, type App, type AppOptions } from '../src/app.js';
import { configFromEnv, type ServerConfig } from '../src/config.js';
import { contract } from '../src/contract.js';
import type { Database } from '../src/db/database.js';
import { seedIfEmpty } from '../src/db/seed.js';
import { freshTarget } from './test-database.js';
import { openDatabase } from '../src/db/database.js';

export const adminToken = 'test-admin-token-0123456789-abcdef';

/**
 * The moment a test server's clock starts at, whatever the machine's date: the seed is dated relative to it and
 * the fixtures around it, so every test sees the same calendar (the browser tests' sample data uses it too).
 */
export const testEpoch = '2026-11-24T12:00:00Z';

/** A clock for one test: at `testEpoch` (or `start`), running on; `advance` and `set` move it. */
export const testClock = (start: Date | string = testEpoch) => new ShiftedClock(start);
/** An origin the sample data registers for Kamenz. */
export const partnerOrigin = 'https://www.kamenz.de';

export interface TestServer extends App {
  base: string;
  /** The server's own database, to look into tables the API does not show. */
  database: Database;
  close(): Promise<void>;
}

/**
 * Starts the whole server on a free loopback port over a fresh database in a temporary folder, seeded relative to
 * its clock (a `testClock()` unless the test brings one).
 */
export async function startServer(overrides: Partial<ServerConfig> = {}, { clock = testClock(), ...options }: Pick<AppOptions, 'adminRoot' | 'importLimits' | 'synonymsCheckMs' | 'pressureSampleMs'> & { clock?: Clock } = {}): Promise<TestServer> {
  const folder = mkdtempSync(join(tmpdir(), 'wr-server-test-'));
  // No load shedding unless a test asks for it: a test machine busy with other suites is not an overloaded server,
  // and its 503s would fail tests that are about something else.
  const config: ServerConfig = { ...configFromEnv({}), database: await freshTarget(folder), backupDir: join(folder, 'backups'), adminToken, maxEventLoopDelayMs: 0, ...overrides };
  const database = await openDatabase(config.database, { clock });
  const built = await buildApp({ config, database, logger: false, clock, ...options }).catch(async (error: unknown) => {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  });
  await seedIfEmpty(built.region, config.seed, clock.now());
  const address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    ...built,
    base: address,
    database,
    async close() {
      await built.app.close();
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A valid job of Kamenz for admin writes; spread overrides to vary it. */
export function kamenzJob(id: string, overrides: Partial<Job> = {}): Job {
  return {
    id,
    title: `Stelle ${id}`,
    employer: { name: 'Muster GmbH' },
    partner: 'kamenz',
    location: { city: 'Kamenz' },
    category: 'crafts',
    employmentType: 'full-time',
    publishedAt: '2026-10-01T08:00:00Z',
    description: 'Text.',
    ...overrides,
  };
}

/** A valid inquiry body; spread and override fields to break it. */
export function inquiryBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'Anna Schulze', email: 'anna.schulze@example.org', partners: ['kamenz', 'pulsnitz'], wish: 'live', consent: true, locale: 'de', ...overrides };
}

let keys = 0;
/** A fresh Idempotency-Key per call. */
export const newKey = () => `test-key-${process.pid}-${++keys}-${Date.now()}`;

export function postInquiry(base: string, body: unknown, { origin = partnerOrigin, key = newKey(), headers = {} }: { origin?: string | null; key?: string | null; headers?: Record<string, string> } = {}) {
  return fetch(`${base}/v1/inquiries`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(origin ? { origin } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function admin(base: string, path: string, init: RequestInit = {}, token: string | null = adminToken) {
  return fetch(`${base}/v1/admin${path}`, {
    ...init,
    headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string>) },
  });
}

// The contract as the schema source for answers: every component schema is registered under its JSON pointer.
const spec = contract() as unknown as { paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>>; components: Record<string, Record<string, unknown>> };
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
ajv.addSchema({ $id: 'contract', components: spec.components });

function resolve(node: unknown): Record<string, unknown> {
  let current = node as Record<string, unknown>;
  while (current && typeof current.$ref === 'string') {
    current = (current.$ref as string).replace(/^#\//, '').split('/').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], spec) as Record<string, unknown>;
  }
  return current;
}

/** Rewrites `#/components/…` references to the registered contract document. */
function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"contract#/'));
}

function responseSchema(operationId: string, status: number, mediaType = 'application/json'): unknown {
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      if (operation?.operationId !== operationId) continue;
      const response = resolve(operation.responses[String(status)]);
      assert.ok(response, `${operationId} has no ${status} answer in the contract`);
      return ((response.content as Record<string, { schema: unknown }> | undefined)?.[mediaType])?.schema;
    }
  }
  throw new Error(`no operation ${operationId} in the contract`);
}

/** Asserts that an answer has a status the contract names for the operation and a body matching its schema. */
export async function assertMatchesContract(response: Response, operationId: string, status: number): Promise<unknown> {
  assert.equal(response.status, status, `${operationId}: expected ${status}, got ${response.status}`);
  const schema = responseSchema(operationId, status);
  const text = await response.text();
  if (!schema) {
    assert.equal(text, '', `${operationId} ${status} has no body in the contract`);
    return undefined;
  }
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body: unknown = JSON.parse(text);
  const validate = ajv.compile(rebase(schema) as object);
  assert.ok(validate(body), `${operationId} ${status} does not match the contract: ${ajv.errorsText(validate.errors)}`);
  return body;
}

/** CORS headers the contract promises on every answer. */
export function assertCors(response: Response): void {
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.match(response.headers.get('access-control-expose-headers') ?? '', /Retry-After, ETag, Idempotent-Replayed/);
}
