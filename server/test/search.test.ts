import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Job, JobPage, JobSuggestions } from '@wachstumsregion/domain/contract';
import { admin, assertMatchesContract, startServer, testEpoch, type TestServer } from './helpers.js';

const day = 24 * 60 * 60 * 1000;
const job = (id: string, title: string, description: string, ageDays = 1): Job => ({
  id,
  title,
  employer: { name: 'Lausitzer Dienste GmbH' },
  partner: 'hoyerswerda',
  location: { city: 'Hoyerswerda' },
  category: 'crafts',
  employmentType: 'full-time',
  publishedAt: new Date(Date.parse(testEpoch) - ageDays * day).toISOString(),
  description,
});

describe('GET /v1/jobs finds what job seekers type', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
    // Words the sample data does not have, so the answers are these jobs' alone.
    const jobs = [
      job('tischler', 'Tischler (m/w/d) Werkstatt', 'Wir arbeiten eng mit einem Orgelbauer zusammen.', 0),
      job('orgelbauer', 'Orgelbauer (m/w/d)', 'Restaurierung historischer Instrumente.', 3),
      job('glocke', 'Glockengießer (m/w/d)', 'Guss und Stimmung.', 5),
      job('pflegefachkraft', 'Pflegefachkraft (m/w/d) ambulanter Dienst', 'Versorgung zu Hause.', 2),
    ];
    const saved = await admin(server.base, '/jobs', { method: 'POST', body: JSON.stringify({ items: jobs }) });
    assert.equal(saved.status, 200, await saved.text());
  });
  after(() => server.close());
  const search = async (query: string) => (await assertMatchesContract(await fetch(`${server.base}/v1/jobs?${query}`), 'searchJobs', 200)) as JobPage;
  const ids = async (query: string) => (await search(query)).items.map((item) => item.id);

  test('best match first when q has words; sort=newest keeps newest first', async () => {
    assert.deepEqual(await ids('q=Orgelbauer'), ['orgelbauer', 'tischler'], 'the word in the title before the word in the description');
    assert.deepEqual(await ids('q=Orgelbauer&sort=newest'), ['tischler', 'orgelbauer']);
    assert.deepEqual(await ids('q=Glockengie%C3%9Ferin'), ['glocke']);
    assert.deepEqual(await ids('q=Glockengiesser%2Ainnen'), ['glocke']);
    assert.ok((await ids('q=nurse&pageSize=100')).includes('pflegefachkraft'));
    assert.ok((await ids('q=Krankenschwester&pageSize=100')).includes('pflegefachkraft'));
  });

  test('an empty answer says what would help, as the contract describes', async () => {
    // Three edits: more than a typo the search forgives by itself.
    const respelled = await search('q=Orgelbbauerxx+Hoyerswerda');
    assert.equal(respelled.total, 0);
    assert.deepEqual(respelled.hints?.didYouMean, { q: 'Orgelbauer Hoyerswerda', total: 2 });
    const lifted = await search('q=Orgelbauer&partner=kamenz');
    assert.equal(lifted.total, 0);
    assert.deepEqual(lifted.hints?.withoutFilters, [{ filter: 'partner', total: 2 }]);
  });

  test('bad input: an overlong query is 400 with a message; odd and hostile ones answer normally and fast', async () => {
    const long = await fetch(`${server.base}/v1/jobs?q=${'a'.repeat(1000)}`);
    assert.equal(long.status, 400);
    assert.match(((await long.json()) as { message: string }).message, /200/);
    for (const q of ['!!! ??? ...', '🎉🙂🎉', 'Koch '.repeat(39).trim(), '.*[a-z]+( \\d{3}', "' OR 1=1; DROP TABLE jobs; --", '%00%ff<script>']) {
      const started = performance.now();
      const page = await search(`q=${encodeURIComponent(q)}`);
      assert.ok(page.total >= 0, q);
      assert.ok(performance.now() - started < 2000, `${q} took too long`);
    }
    assert.equal((await search('q=%F0%9F%8E%89')).total, (await search('')).total, 'no letters: no filter');
  });
});

describe('GET /v1/jobs/suggestions', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('occupations and titles after two letters, with the typed part, counted over current jobs', async () => {
    const { items } = (await assertMatchesContract(await fetch(`${server.base}/v1/jobs/suggestions?q=erz`), 'suggestJobs', 200)) as JobSuggestions;
    assert.ok(items.length > 0 && items.length <= 8);
    assert.equal(items[0]!.kind, 'occupation');
    for (const item of items) {
      assert.match(item.text.slice(item.match[0]![0], item.match[0]![1]), /^erz$/i, item.text);
      const total = ((await (await fetch(`${server.base}/v1/jobs?q=${encodeURIComponent(item.text)}`)).json()) as JobPage).total;
      assert.ok(total >= item.jobs, `${item.text}: ${item.jobs} suggested, ${total} found`);
    }
    const limited = (await (await fetch(`${server.base}/v1/jobs/suggestions?q=er&limit=3`)).json()) as JobSuggestions;
    assert.ok(limited.items.length <= 3);
  });

  test('q of one character, of more than 100, or a wrong limit is 400', async () => {
    for (const query of ['q=e', `q=${'e'.repeat(101)}`, 'q=erz&limit=0', 'q=erz&limit=11', 'q=erz&limit=zwei', '']) {
      const response = await fetch(`${server.base}/v1/jobs/suggestions?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(((await response.json()) as { error: string }).error, 'bad-request');
    }
  });
});

describe('SEARCH_SYNONYMS: the operator extends the synonyms without a release', () => {
  const folder = mkdtempSync(join(tmpdir(), 'wr-synonyms-'));
  const file = join(folder, 'synonyms.txt');
  let server: TestServer;
  before(async () => {
    writeFileSync(file, '# our additions\nFensterputzer => Gebäudereiniger\nnur ein Wort\n');
    server = await startServer({ synonymsPath: file }, { synonymsCheckMs: 20 });
    const saved = await admin(server.base, '/jobs/reiniger', { method: 'PUT', body: JSON.stringify(job('reiniger', 'Gebäudereiniger (m/w/d)', 'Glas und Fassade.')) });
    assert.equal(saved.status, 201);
  });
  after(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const found = async (q: string) => ((await (await fetch(`${server.base}/v1/jobs?q=${encodeURIComponent(q)}`)).json()) as JobPage).items.map((item) => item.id);

  test('the file adds to the built-in list at start, and an edit takes effect without a restart', async () => {
    assert.deepEqual(await found('Fensterputzer'), ['reiniger']);
    assert.ok((await found('nurse')).length > 0, 'the built-in list stays');
    assert.deepEqual(await found('Glasreiniger'), []);
    writeFileSync(file, 'Glasreiniger, Fensterputzer => Gebäudereiniger\n');
    // The file's time must differ from the one read at start, whatever the file system's resolution.
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    for (let i = 0; i < 200 && (await found('Glasreiniger')).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(await found('Glasreiniger'), ['reiniger']);
  });

  test('a missing file stops the server at start with a message naming it', async () => {
    await assert.rejects(startServer({ synonymsPath: join(folder, 'missing.txt') }), /SEARCH_SYNONYMS: cannot read .*missing\.txt/);
  });
});
