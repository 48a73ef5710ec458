import { expect } from '@open-wc/testing';
import type { Job, JobPage, Partner } from '@wachstumsregion/domain/contract';
import { createSampleData } from '@wachstumsregion/domain/sample-data';
import { JobSearch, parseJobQuery, QueryError, SynonymTable, type JobQuery, type SearchData } from '@wachstumsregion/domain/search';
import { sampleNow } from '../support/page-clock.js';

const day = 24 * 60 * 60 * 1000;
const sample = createSampleData(sampleNow);

/** A job as ads are written; `age` in days decides which is newer. */
function ad(id: string, title: string, description: string, extra: Partial<Job> & { age?: number } = {}): Job {
  const { age = 1, ...rest } = extra;
  return {
    id,
    title,
    employer: { name: 'Muster GmbH' },
    partner: 'kamenz',
    location: { city: 'Kamenz' },
    category: 'crafts',
    employmentType: 'full-time',
    publishedAt: new Date(sampleNow.getTime() - age * day).toISOString(),
    description,
    ...rest,
  };
}

const ads: Job[] = [
  ad('lehrer', 'Lehrer (m/w/d) für Mathematik', 'Unterricht an der Oberschule.', { category: 'education' }),
  ad('kaufmann', 'Kaufmann für Büromanagement (w/m/d)', 'Büroorganisation und Buchhaltung.', { category: 'office' }),
  ad('koch', 'Koch (m/f/d)', 'Frische regionale Küche.', { category: 'hospitality' }),
  ad('mfa', 'Medizinischer Fachangestellter (m/w/d)', 'Empfang und Labor.', { category: 'health' }),
  ad('altenpfleger', 'Altenpfleger (m/w/d) Nachtdienst', 'Begleitung älterer Menschen.', { category: 'health' }),
  ad('pflegefach', 'Pflegefachkraft (m/w/d) ambulanter Dienst', 'Versorgung in der Häuslichkeit.', { category: 'health' }),
  ad('busfahrer', 'Busfahrer (m/w/d) Linienverkehr', 'Führerschein Klasse D.', { category: 'logistics' }),
  ad('bkf', 'Berufskraftfahrer (m/w/d) CE', 'Nahverkehr mit dem Sattelzug.', { category: 'logistics' }),
  ad('software', 'Softwareentwickler (m/w/d) Java', 'Wir entwickeln Fachanwendungen.', { category: 'it' }),
  ad('mbi', 'Maschinenbauingenieur (m/w/d)', 'Konstruktion von Sondermaschinen.', { category: 'engineering' }),
  ad('mbi-apart', 'Ingenieur (m/w/d) Maschinenbau', 'Versuchsfeld und Prüfstand.', { category: 'engineering', age: 2 }),
  ad('etechnik', 'Elektrotechniker (m/w/d)', 'Schaltschränke und Steuerungen.', { category: 'engineering' }),
  ad('erzieher', 'Erzieher (m/w/d) Kindertagesstätte', 'Krippe und Kindergarten.', { category: 'education' }),
  ad('paed', 'Pädagogische Fachkraft (m/w/d) Hort', 'Hausaufgabenbegleitung.', { category: 'education' }),
  ad('elektriker', 'Elektriker (m/w/d)', 'Installation in Neubauten.'),
  ad('baecker', 'Bäcker (m/w/d) Frühschicht', 'Brot und Brötchen.', { category: 'hospitality' }),
  ad('schweisser', 'Schweißer (m/w/d) WIG', 'Edelstahl.', { category: 'manufacturing' }),
  ad('mechatroniker', 'Ausbildung zum Mechatroniker (m/w/d) 2027', 'Drei Jahre, Berufsschule in Kamenz.', { category: 'manufacturing', employmentType: 'apprenticeship' }),
  ad('lager', 'Fachkraft für Lagerlogistik (m/w/d)', 'Wareneingang mit dem Stapler.', { category: 'logistics' }),
  ad('pflegen', 'Gärtner (m/w/d) Friedhof', 'Sie pflegen Gräber und Anlagen. Pflege der Hecken.', { age: 0 }),
  ad('verkauf', 'Verkäufer (m/w/d) Baumarkt', 'Beratung an der Kasse.', { category: 'retail', employmentType: 'part-time', partner: 'radeberg', location: { city: 'Radeberg' } }),
];
const partners = sample.partners as Partner[];
const data: SearchData = { jobs: ads, partners, categories: sample.categories };

const search = (q: string, more: Partial<JobQuery> = {}, on: SearchData = data, engine = new JobSearch()): JobPage =>
  engine.search(on, { q, page: 1, pageSize: 20, ...more }, sampleNow);
const ids = (q: string, more: Partial<JobQuery> = {}) => search(q, more).items.map((job) => job.id);

describe('the job search (domain)', () => {
  it('finds the masculine ad for any gender form, and the gender note is no word', () => {
    for (const q of ['Lehrer', 'Lehrerin', 'Lehrerinnen', 'Lehrer*in', 'Lehrer:in', 'LehrerIn', 'Lehrer/-in', 'Lehrer_innen']) expect(ids(q), q).to.deep.equal(['lehrer']);
    for (const q of ['Kauffrau', 'Kaufleute', 'Kaufmann']) expect(ids(q), q).to.deep.equal(['kaufmann']);
    expect(ids('Köchin')).to.deep.equal(['koch']);
    expect(ids('Medizinische Fachangestellte')).to.deep.equal(['mfa']);
    expect(search('(m/w/d)').total, 'a note alone is no search').to.equal(ads.length);
    expect(ids('Koch (w/m/d)')).to.deep.equal(['koch']);
  });

  it('finds word forms, and the head or modifier of a compound, joined or spelled apart', () => {
    expect(ids('Pflegefachkräfte')[0]).to.equal('pflegefach');
    expect(ids('Pflege').slice(0, 2)).to.have.members(['altenpfleger', 'pflegefach']);
    expect(ids('Fahrer')).to.have.members(['busfahrer', 'bkf']);
    expect(ids('Entwickler')).to.deep.equal(['software']);
    expect(ids('Maschinenbau Ingenieur')).to.have.members(['mbi', 'mbi-apart']);
    expect(ids('Maschinenbauingenieur')).to.have.members(['mbi', 'mbi-apart']);
    expect(ids('Elektro-Techniker')[0]).to.equal('etechnik');
    // A last word no job contains may be unfinished: the visitor is still typing.
    expect(ids('Pfl')).to.include.members(['altenpfleger', 'pflegefach']);
    expect(ids('Mechatr')).to.deep.equal(['mechatroniker']);
    expect(ids('Pfl Kamenz'), 'only the last word').to.deep.equal([]);
  });

  it('forgives one typo from five letters and two from nine, but not more, and folds umlauts and ß', () => {
    expect(ids('Erziher')[0]).to.equal('erzieher');
    expect(ids('Elektricker')[0]).to.equal('elektriker');
    expect(ids('Mechatroniekr')[0], 'two edits in a word of 13 letters').to.equal('mechatroniker');
    expect(ids('Kohc'), 'no typos in a word of four letters').to.deep.equal([]);
    expect(ids('Erzeiher'), 'two edits in a word of eight letters').to.deep.equal([]);
    for (const q of ['Bäcker', 'Baecker', 'backer']) expect(ids(q), q).to.deep.equal(['baecker']);
    for (const q of ['Schweißer', 'Schweisser']) expect(ids(q), q).to.deep.equal(['schweisser']);
  });

  it('knows everyday names and English occupation names, whatever the page', () => {
    expect(ids('Krankenschwester')).to.include('pflegefach');
    expect(ids('LKW-Fahrer')).to.include('bkf');
    expect(ids('LKW Fahrerin')).to.include('bkf');
    expect(ids('Azubi Mechatroniker')).to.deep.equal(['mechatroniker']);
    expect(ids('Staplerfahrer')).to.include('lager');
    expect(ids('Erzieher')).to.have.members(['erzieher', 'paed']);
    expect(ids('pädagogische Fachkraft')).to.include('erzieher');
    expect(ids('nurse')).to.include('pflegefach');
    expect(ids('teacher')).to.include('lehrer');
    expect(ids('electrician')).to.include('elektriker');
    expect(ids('software developer')).to.include('software');
    expect(ids('truck driver')).to.include('bkf');
    expect(ids('cook')).to.include('koch');
    expect(ids('nurs'), 'an English word on its way').to.include('pflegefach');
    expect(ids('electri')).to.include('elektriker');
    expect(ids('teilzeit')).to.deep.equal(['verkauf']);
    expect(ids('part-time')).to.deep.equal(['verkauf']);
  });

  it('puts the best match first when there are words: the title before the description, the word before a typo', () => {
    // The gardener's ad is the newest and says "pflegen" and "Pflege"; the care jobs say it in their titles.
    const pflege = ids('Pflege');
    expect(pflege.indexOf('pflegen')).to.be.greaterThan(pflege.indexOf('altenpfleger'));
    expect(pflege.indexOf('pflegen')).to.be.greaterThan(pflege.indexOf('pflegefach'));
    expect(ids('Pflege', { sort: 'newest' })[0], 'sort=newest keeps the old order').to.equal('pflegen');
    expect(ids('')[0], 'without words, newest first').to.equal('pflegen');
    expect(ids('Erzieher')[0]).to.equal('erzieher');
  });

  it('pages through the matches in one order, best or newest first, ties newest first', () => {
    // Many ads of the same few titles: ties in score are ordered by date, and the pages must not overlap.
    const many = Array.from({ length: 200 }, (_, index) => ({ ...ads[index % ads.length]!, id: `job-${String(index).padStart(3, '0')}`, publishedAt: new Date(sampleNow.getTime() - (index % 37) * day).toISOString() }));
    const on: SearchData = { ...data, jobs: many };
    for (const [q, sort] of [['Pflege Kamenz', undefined], ['Fachkraft', undefined], ['Pflege', 'newest']] as const) {
      const whole = search(q, { pageSize: 100, ...(sort && { sort }) }, on).items.map((job) => job.id);
      const paged = [1, 2, 3, 4, 5, 6, 7].flatMap((page) => search(q, { page, pageSize: 3, ...(sort && { sort }) }, on).items.map((job) => job.id));
      expect(whole.length, q).to.be.greaterThan(21);
      expect(paged, q).to.deep.equal(whole.slice(0, 21));
    }
  });

  it('a town finds jobs there, not ads that mention it', () => {
    const mention = ad('mention', 'Elektriker (m/w/d)', 'Nur 20 Minuten bis Radeberg.', { age: 0 });
    expect(search('Elektriker Radeberg', {}, { ...data, jobs: [...ads, mention] }).items.map((job) => job.id)).to.deep.equal([]);
    expect(ids('Verkäufer Radeberg')).to.deep.equal(['verkauf']);
  });

  it('offers a respelling and what lifting a filter finds, when nothing matches', () => {
    const respelled = search('Erzeiher');
    expect(respelled.total).to.equal(0);
    expect(respelled.hints?.didYouMean).to.deep.equal({ q: 'Erzieher', total: search('Erzieher').total });
    const filtered = search('Verkäufer', { partner: ['kamenz'], type: 'part-time' });
    expect(filtered.total).to.equal(0);
    expect(filtered.hints?.withoutFilters).to.deep.equal([{ filter: 'partner', total: 1 }]);
    expect(search('Verkäufer').hints, 'no hints when something matches').to.equal(undefined);
    expect(search('qqqqqq xxxxxx').hints, 'no hints when nothing helps').to.equal(undefined);
  });

  it('suggests occupations, then titles, after two letters, with the typed part marked', () => {
    const engine = new JobSearch();
    const { items } = engine.suggest(data, 'pfle', 8, sampleNow);
    expect(items[0]).to.deep.equal({ text: 'Pflegefachkraft', kind: 'occupation', jobs: 1, match: [[0, 4]] });
    expect(items.map((item) => item.kind)).to.deep.equal([...items].map((item) => item.kind).sort((a, b) => (a === b ? 0 : a === 'occupation' ? -1 : 1)));
    expect(items.some((item) => item.kind === 'title' && item.text === 'Pflegefachkraft ambulanter Dienst')).to.equal(true);
    const baecker = engine.suggest(data, 'bäc', 8, sampleNow).items[0]!;
    expect(baecker.text.slice(baecker.match[0]![0], baecker.match[0]![1])).to.equal('Bäc');
    expect(engine.suggest(data, 'bac', 8, sampleNow).items[0]?.text, 'folded as the search folds').to.equal('Bäcker');
    expect(engine.suggest(data, 'zz', 8, sampleNow).items).to.deep.equal([]);
  });

  it('answers hostile and odd queries normally, and refuses an overlong one', () => {
    expect(search('!!! ??? 🎉🎉').total, 'no letters: no filter').to.equal(ads.length);
    expect(search(`${'Koch '.repeat(50)}`).items.map((job) => job.id)).to.deep.equal(['koch']);
    expect(search(`${'Koch '.repeat(10)}Qxyzzy`).items.map((job) => job.id), 'words beyond the tenth are ignored').to.deep.equal(['koch']);
    expect(search(`${'Koch '.repeat(9)}Qxyzzy`).total, 'the tenth counts').to.equal(0);
    expect(search('.*[a-z]+( \\d{3}').total).to.be.a('number');
    expect(search("' OR 1=1; DROP TABLE jobs; --").total).to.be.a('number');
    expect(() => parseJobQuery(new URLSearchParams({ q: 'x'.repeat(201) }))).to.throw(QueryError, /200/);
    expect(() => parseJobQuery(new URLSearchParams({ sort: 'random' }))).to.throw(QueryError, /sort/);
  });

  it('answers the same after jobs change as an index built anew', () => {
    const engine = new JobSearch();
    engine.search(data, { q: 'Pflege', page: 1, pageSize: 20 }, sampleNow);
    engine.suggest(data, 'pf', 8, sampleNow);
    const changed = [...ads.filter((job) => job.id !== 'koch'), { ...ads[0]!, title: 'Lehrer (m/w/d) für Pflege' }, ad('neu', 'Altenpflegerin gesucht', 'Neu.')].slice(1);
    const after: SearchData = { ...data, jobs: changed };
    for (const q of ['Pflege', 'Lehrer', 'Koch', 'Altenpfleger Kamenz', 'nurse']) {
      expect(search(q, {}, after, engine).items.map((job) => job.id), q).to.deep.equal(search(q, {}, after).items.map((job) => job.id));
    }
    for (const typed of ['pf', 'le', 'ko', 'al']) expect(engine.suggest(after, typed, 8, sampleNow), typed).to.deep.equal(new JobSearch().suggest(after, typed, 8, sampleNow));
  });

  it('takes the operator’s synonyms, and reports the lines it cannot read', () => {
    const table = new SynonymTable(['Fensterputzer => Gebäudereiniger', 'nur ein Wort', 'a => b => c', '# a comment', '']);
    expect(table.problems.map((problem) => problem.line)).to.deep.equal([2, 3]);
    const engine = new JobSearch();
    const cleaner: SearchData = { ...data, jobs: [...ads, ad('reiniger', 'Gebäudereiniger (m/w/d)', 'Glas und Fassade.')] };
    expect(search('Fensterputzer', {}, cleaner, engine).total).to.equal(0);
    engine.useSynonyms(table);
    expect(search('Fensterputzer', {}, cleaner, engine).items.map((job) => job.id)).to.deep.equal(['reiniger']);
  });
});
