import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { databaseTargetFrom } from '../db/database-url.js';
import { openDatabase } from '../db/database.js';
import { RegionStore } from '../store/region-store.js';
import { baSource, mapBaJobs, type BaDetails, type BaSearchAnswer } from './ba-jobsuche.js';
import { importJobs, type ImportedJob } from './import-jobs.js';
import { mapJsonFeed } from './json-feed.js';
import { mapPersonioFeed, personioSource } from './personio.js';

const usage = `Imports a job feed from a file into the database (DATABASE_URL, default file:data/wr.sqlite).

  npm run import -w server -- --source personio --file feed.xml --employer "Name GmbH" --partner kamenz
        [--employer-url https://…] [--job-page https://name.jobs.personio.de] [--category it] [--city Kamenz]
  npm run import -w server -- --source ba-jobsuche --file search.json [--details details.json] [--category office]
        (search.json: one search answer or an array of pages; details.json: { "<refnr>": <jobdetails answer> })
  npm run import -w server -- --source json --file jobs.json [--as my-system]

  --category     the fallback category (default: office)
  --dry-run      show what would change, write nothing
  --allow-empty  let an empty feed retire every job of its source

A running server on the same database serves the imported jobs from its next request on.`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      source: { type: 'string' },
      file: { type: 'string' },
      details: { type: 'string' },
      employer: { type: 'string' },
      'employer-url': { type: 'string' },
      partner: { type: 'string' },
      'job-page': { type: 'string' },
      city: { type: 'string' },
      category: { type: 'string' },
      as: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'allow-empty': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.source || !values.file) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const database = await openDatabase(databaseTargetFrom(process.env.DATABASE_URL || 'file:data/wr.sqlite'), { connectTimeoutMs: 30_000 });
  try {
    const region = await RegionStore.open(database);
    const categories = new Set(region.categories.map((category) => category.id));
    const fallbackCategory = values.category ?? 'office';
    if (!categories.has(fallbackCategory)) throw new Error(`The category "${fallbackCategory}" does not exist.`);
    const text = readFileSync(values.file, 'utf8');
    let source: string;
    let jobs: ImportedJob[];
    let skipped: unknown[] = [];
    if (values.source === personioSource) {
      if (!values.employer || !values.partner) throw new Error('A Personio feed needs --employer and --partner.');
      if (!region.partnerIds().has(values.partner)) throw new Error(`The partner "${values.partner}" does not exist.`);
      source = personioSource;
      jobs = mapPersonioFeed(text, {
        employer: { name: values.employer, ...(values['employer-url'] && { url: values['employer-url'] }) },
        partner: values.partner,
        categories,
        fallbackCategory,
        defaultCity: values.city,
        jobPageBase: values['job-page'],
      });
    } else if (values.source === baSource) {
      source = baSource;
      const parsed = JSON.parse(text) as BaSearchAnswer | BaSearchAnswer[];
      const details = values.details ? new Map(Object.entries(JSON.parse(readFileSync(values.details, 'utf8')) as Record<string, BaDetails>)) : new Map<string, BaDetails>();
      const mapped = mapBaJobs(Array.isArray(parsed) ? parsed : [parsed], details, { partners: region.partners, categories, fallbackCategory });
      jobs = mapped.jobs;
      skipped = mapped.skipped;
    } else if (values.source === 'json') {
      source = values.as ?? 'json';
      jobs = mapJsonFeed(text, source);
    } else {
      throw new Error(`Unknown source "${values.source}" (personio, ba-jobsuche, json).`);
    }
    const result = await importJobs(database, region, source, jobs, { dryRun: values['dry-run'], allowEmpty: values['allow-empty'] });
    console.log(JSON.stringify({ ...(values['dry-run'] && { dryRun: true }), source, inserted: result.inserted.length, updated: result.updated.length, unchanged: result.unchanged, retired: result.retired.length, duplicates: result.duplicates, skipped }, null, 2));
    return 0;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Import failed, nothing written: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}
