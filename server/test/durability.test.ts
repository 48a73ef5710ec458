import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { admin, adminToken, inquiryBody, postInquiry } from './helpers.js';
import { freshTarget } from './test-database.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');
const folder = mkdtempSync(join(tmpdir(), 'wr-durability-'));
// The suite's backend: an SQLite file, or a fresh schema of the test PostgreSQL.
const target = await freshTarget(folder);
const databaseUrl = target.kind === 'postgres' ? target.url : `file:${target.path}`;

interface Child {
  process: ChildProcess;
  base: string;
  exited: Promise<number | null>;
}

/** Starts `src/main.ts` as its own process, as `npm start` would, and waits for the address it prints. */
function startChild(): Promise<Child> {
  const child = spawn(process.execPath, ['--import', tsx, main], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, ADMIN_TOKEN: adminToken, SEED: 'demo', INQUIRY_RATE_LIMIT: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening: open (http:\/\/[^/\s]+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ process: child, base: match[1]!, exited });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
}

describe('durability', () => {
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('every inquiry answered 201 survives kill -9 in the middle of a stream of inquiries', async () => {
    const first = await startChild();
    const acknowledged: string[] = [];
    let answered = 0;
    let killed = false;
    const total = 400;
    let next = 0;
    // Ten clients send inquiries one after another; after 150 answers the process is killed without warning.
    const client = async () => {
      while (next < total) {
        const index = next++;
        try {
          const response = await postInquiry(first.base, inquiryBody({ name: `Person ${index}` }), { origin: first.base });
          if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
          else await response.arrayBuffer();
        } catch {
          // The connection died with the process: this inquiry was never acknowledged.
        }
        if (++answered === 150 && !killed) {
          killed = true;
          first.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 10 }, client));
    await first.exited;
    assert.ok(acknowledged.length >= 140, `only ${acknowledged.length} acknowledged`);

    const second = await startChild();
    try {
      const { items } = (await (await admin(second.base, '/inquiries')).json()) as { items: { id: string }[] };
      const stored = new Set(items.map((item) => item.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged inquiries were lost`);
      // The seed ran once: the restart found data and left it alone.
      const partners = (await (await fetch(`${second.base}/v1/partners`)).json()) as { items: unknown[] };
      assert.equal(partners.items.length, 9);
    } finally {
      second.process.kill('SIGTERM');
      assert.equal(await second.exited, 0, 'SIGTERM closes cleanly');
    }
  });
});
