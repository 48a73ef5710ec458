import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { admin, adminToken, startServer, type TestServer } from './helpers.js';
import { contractViolations, type Answer } from './fuzz/contract-answers.js';
import { contractOperations, genericResponses, type ContractOperation } from './fuzz/contract-operations.js';
import { requestsFor, type FuzzRequest, type IdPools } from './fuzz/requests-from-contract.js';

/**
 * Requests generated from the contract for every operation, valid and broken, each sent without a token, with
 * the region's and with a partner office's; every answer must be one the contract declares. A failure names the
 * seed, the operation and the request; `FUZZ_SEED=<seed>` reruns the same requests, `FUZZ_RUNS` sets how many
 * per operation (each sent three times).
 */
// On PostgreSQL (the suite's second run) other requests than on SQLite, and fewer: the contract's answers are
// the server's, not the database's, so together the two runs try more requests in less time than twice the same.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const seed = Number(process.env.FUZZ_SEED ?? (onPostgres ? 20261125 : 20261124));
const numRuns = Number(process.env.FUZZ_RUNS ?? (onPostgres ? 200 : 400));
/** The office whose token is one of the callers; its partner, its token and its jobs' partner stay. */
const office = 'kamenz';

/**
 * Reads and writes go first, deletions last, partners the very last: reads and writes meet the seed's data, not its
 * remains, and a partner's deletion (which takes its tokens, commutes and jobs) leaves the others something to delete.
 */
const phase = (operation: ContractOperation) => (operation.id === 'adminDeletePartner' ? 2 : operation.method === 'DELETE' || operation.id === 'adminEraseByEmail' ? 1 : 0);
/** A request that would delete the office's partner and so end its token: the office must stay a caller. */
const deletesOffice = (request: FuzzRequest) => request.method === 'DELETE' && new RegExp(`^/v1/admin/partners/${office}(?:[/?]|$)`).test(request.path);

describe('contract fuzzing: every answer to generated requests is one the contract declares', () => {
  let server: TestServer;
  let callers: { name: string; token?: string }[];
  let officeTokenId: string;
  const generic = genericResponses();

  before(async () => {
    // No mail server and no import feeds: the fuzzer must reach nothing outside. No limits that would answer
    // every later request 429 after the no-token caller's 401s.
    server = await startServer({ inquiryRateLimit: 1_000_000, adminAuthFailureLimit: 0, smtpUrl: undefined, importConfigPath: undefined });
    const created = await admin(server.base, `/partners/${office}/tokens`, { method: 'POST' });
    assert.equal(created.status, 201);
    const { token, id } = (await created.json()) as { token: string; id: string };
    officeTokenId = id;
    callers = [{ name: 'no token' }, { name: `office ${office}`, token }, { name: 'region', token: adminToken }];
  });
  after(() => server.close());

  /** The ids the server holds now; the office's partner and token are never offered for deletion. */
  async function pools(operation: ContractOperation): Promise<IdPools> {
    const deleting = operation.method === 'DELETE';
    const all = server.region.partners.map((partner) => partner.id);
    const partners = all.filter((id) => !deleting || id !== office);
    const tokens = (await Promise.all(all.map(async (partner) => (await server.tokens.list(partner)).map((token) => ({ partner, id: token.id }))))).flat();
    return {
      partners,
      categories: server.region.categories.map((category) => category.id),
      jobs: server.region.jobs.slice(0, 40).map((job) => job.id),
      inquiries: (await server.inquiries.list()).slice(-40).map((inquiry) => inquiry.id),
      tokens: tokens.filter((token) => token.id !== officeTokenId),
    };
  }

  async function send(request: FuzzRequest, token: string | undefined, extraHeaders: Record<string, string> = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...request.headers, ...extraHeaders, ...(token ? { authorization: `Bearer ${token}` } : {}) };
    // A body without a content type goes as bytes: fetch labels a string text/plain by itself.
    const body = request.body === undefined ? undefined : headers['content-type'] ? request.body : Buffer.from(request.body);
    const response = await fetch(`${server.base}${request.path}`, { method: request.method, headers, body, redirect: 'manual' });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  const operations = contractOperations().sort((a, b) => phase(a) - phase(b));
  test('the contract has operations to fuzz', () => assert.ok(operations.length >= 31));

  for (const operation of operations) {
    test(`${operation.method} ${operation.template} (${operation.id})`, async (t) => {
      // Which answers the requests met, per caller: a fuzzer that only ever hears 400 tests little.
      const seen = new Map<string, Map<number, number>>(callers.map((caller) => [caller.name, new Map()]));
      const property = fc.asyncProperty(requestsFor(operation, await pools(operation)).filter((request) => !deletesOffice(request)), async (request) => {
        for (const caller of callers) {
          const answer = await send(request, caller.token);
          const statuses = seen.get(caller.name)!;
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const violations = contractViolations(operation, generic, answer);
          assert.deepEqual(violations, [], `${caller.name}: ${request.method} ${request.path}\n${violations.join('\n')}`);
          const etag = answer.headers.get('etag');
          if (!request.revalidate || answer.status !== 200 || !etag) continue;
          const again = await send(request, caller.token, { 'if-none-match': etag });
          const revalidated = contractViolations(operation, generic, again);
          assert.deepEqual(revalidated, [], `${caller.name}, revalidating: ${request.method} ${request.path}\n${revalidated.join('\n')}`);
        }
      });
      // No shrinking: the server's state moves on with every request, so a shrunk case would prove little.
      try {
        await fc.assert(property, { seed, numRuns, endOnFailure: true, includeErrorInReport: true });
      } finally {
        t.diagnostic([...seen].map(([caller, statuses]) => `${caller}: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ')}`).join('; '));
      }
    });
  }
});
