/**
 * Prints, for each quality query, how many jobs are relevant, and fails when a query has none, when a set is
 * suspiciously large (a title pattern that matches far more than its occupation), when a listed id does not
 * exist, or when an id list no longer follows the rule it was taken from (the sample data changed).
 *
 *   node --import tsx test/search-quality/list-relevant.ts              # counts per query, then a summary
 *   node --import tsx test/search-quality/list-relevant.ts Pflege nurse # and the relevant titles of these queries
 *   node --import tsx test/search-quality/list-relevant.ts --all        # the relevant titles of every query
 *
 * It knows nothing of the search engine: it only reads the data and the relevance judgements.
 */
import type { Job } from '@wachstumsregion/domain/contract';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { qualityAds } from './ads.js';
import { qualityQueries, type QualityQuery } from './queries.js';

const now = new Date();
const jobs: Job[] = [...createSampleData(now).jobs, ...qualityAds(now)];
const byId = new Map(jobs.map((job) => [job.id, job]));

/** A query's relevant jobs, exactly as the measurement reads `relevant`. */
function relevantJobs(query: QualityQuery, all: readonly Job[] = jobs): Job[] {
  const ids = new Set(query.relevant.ids ?? []);
  const title = query.relevant.title;
  return all.filter((job) => ids.has(job.id) || (title !== undefined && title.test(job.title)));
}

// The rules behind the id lists of queries.ts, to notice when the data moves away from them.
const partTime = (job: Job) => job.employmentType === 'part-time' || /teilzeit/i.test(job.title);
const apprenticeship = (job: Job) => /^ausbildung|^duales studium/i.test(job.title);
const t = (re: RegExp) => (job: Job) => re.test(job.title);
const care = t(/pflege|pfleger|krankenschwester|betreuungskraft|wohnbereichsleitung/i);
const nurse = t(/pflegefach|krankenpfleg|altenpfleg|krankenschwester/i);
const sales = t(/verkäufer|verkaufsberater|verkaufshilfe|verkaufsaushilfe|fachberater|kassierer/i);
const electrician = t(/elektriker|elektroniker|elektromeister|elektroinstallateur/i);
const educator = t(/erzieher(?!ung)|pädagogische fachkraft|kita-leitung/i);
const teacher = t(/lehrer|lehrkraft|dozent/i);
const softwareDev = t(/softwareentwickl|software-entwickl|software engineer|entwickler|developer/i);
const cook = t(/\bkoch\b|köchin|souschef|küchenchef/i);
const kauf = t(/kaufmann|kauffrau|kaufleute|kaufmännisch/i);
const driver = t(/fahrer/i);
const truck = t(/lkw|(?<!s)kraftfahrer|berufskraftfahrer(?! personenverkehr)/i);
const warehouse = t(/lager|staplerfahrer|kommissionier/i);
const inTown = (partner: string) => (job: Job) => job.partner === partner;
const all = (...tests: ((job: Job) => boolean)[]) => (job: Job) => tests.every((test) => test(job));

const rules: Record<string, (job: Job) => boolean> = {
  'de|Kunststoff': (job) => /kunststoff|spritzguss|folienextrusion/i.test(`${job.title} ${job.employer.name}`),
  'de|Kita': (job) =>
    /kita|kindertagesstätte|krippe/i.test(job.title) || /kita|kinderhaus/i.test(job.employer.name) || job.id === 'qa-004',
  'de|450-Euro-Job': (job) => job.employmentType === 'mini-job',
  'en|part-time': partTime,
  'en|mini job': (job) => job.employmentType === 'mini-job',
  'de|Minijob': (job) => job.employmentType === 'mini-job',
  'de|Teilzeit': partTime,
  'en|retail': (job) =>
    job.category === 'retail' || /verkäufer|verkaufsberater|verkaufshilfe|verkaufsaushilfe|fachberater/i.test(job.title),
  'de|Pflege Kamenz': all(care, inTown('kamenz')),
  'de|Teilzeit Verkauf': all(sales, partTime),
  'de|Ausbildung Dresden': all(apprenticeship, inTown('dresden')),
  'de|Azubi Mechatroniker': all(apprenticeship, t(/mechatroniker/i)),
  'de|Azubi Pflege': all(apprenticeship, care),
  'de|Elektrikerin Radeberg': all(electrician, inTown('radeberg')),
  'de|Elektriker Teilzeit': all(electrician, partTime),
  'de|Erzieherin Teilzeit': all(educator, partTime),
  'de|Krankenschwester Teilzeit': all(nurse, partTime),
  'de|Lehrerin Dresden': all(teacher, inTown('dresden')),
  'de|Softwareentwicklerin Teilzeit': all(softwareDev, partTime),
  'de|Koch Radeburg': all(cook, inTown('radeburg')),
  'de|Kauffrau Ausbildung': all(kauf, (job) => job.employmentType === 'apprenticeship'),
  'de|Minijob Fahrer': all(driver, (job) => job.employmentType === 'mini-job'),
  'de|Pflegehelferin Großenhain': all(t(/pflegehel|pflegehilf/i), inTown('grossenhain')),
  'en|nurse Bautzen': all(nurse, inTown('landkreis-bautzen')),
  'en|apprenticeship Kamenz': all(apprenticeship, inTown('kamenz')),
  'en|software developer Dresden': all(softwareDev, inTown('dresden')),
  'en|warehouse Dresden': all(warehouse, inTown('dresden')),
  'en|cook part-time': all(cook, partTime),
  'en|truck driver Großenhain': all(truck, inTown('grossenhain')),
};

const show = new Set(process.argv.slice(2));
const showAll = show.has('--all');
const problems: string[] = [];
const tooMany = Math.round(jobs.length * 0.25);

for (const query of qualityQueries) {
  const relevant = relevantJobs(query);
  const label = `${query.lang} ${query.kind.padEnd(10)} ${JSON.stringify(query.q)}`;
  console.log(`${String(relevant.length).padStart(4)}  ${label}`);
  if (showAll || show.has(query.q)) for (const job of relevant) console.log(`        ${job.id}  ${job.location.city}  ${job.employmentType}  ${job.title}`);

  if (relevant.length === 0) problems.push(`${label}: no relevant job`);
  if (relevant.length > tooMany && !/^(Ausbildung|Teilzeit|part-time)/i.test(query.q)) {
    problems.push(`${label}: ${relevant.length} relevant jobs, more than a quarter of the data`);
  }
  for (const id of query.relevant.ids ?? []) if (!byId.has(id)) problems.push(`${label}: unknown id ${id}`);

  const rule = rules[`${query.lang}|${query.q}`];
  if (query.relevant.ids && !query.relevant.title && !rule) problems.push(`${label}: id list without a rule in list-relevant.ts`);
  if (rule) {
    const expected = new Set(jobs.filter(rule).map((job) => job.id));
    const listed = new Set(relevant.map((job) => job.id));
    const missing = [...expected].filter((id) => !listed.has(id));
    const extra = [...listed].filter((id) => !expected.has(id));
    if (missing.length || extra.length) problems.push(`${label}: ids off their rule, missing ${missing.join(' ') || '–'}, extra ${extra.join(' ') || '–'}`);
  }
}

const seen = new Set<string>();
for (const query of qualityQueries) {
  const key = `${query.lang}|${query.q}`;
  if (seen.has(key)) problems.push(`duplicate query ${key}`);
  seen.add(key);
}

const count = (pick: (query: QualityQuery) => string) => {
  const counts = new Map<string, number>();
  for (const query of qualityQueries) counts.set(pick(query), (counts.get(pick(query)) ?? 0) + 1);
  return [...counts].map(([key, n]) => `${key} ${n}`).join(', ');
};
console.log(`\n${jobs.length} jobs (${jobs.length - qualityAds(now).length} sample, ${qualityAds(now).length} quality ads), ${qualityQueries.length} queries`);
console.log(`by kind: ${count((query) => query.kind)}`);
console.log(`by language: ${count((query) => query.lang)}`);
console.log(`by kind and language: ${count((query) => `${query.kind}/${query.lang}`)}`);

if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('no problems');
}
