// The queries of bench/server-search.mjs: what job seekers type into the job list's search box, over the sample
// jobs of '@wachstumsregion/domain/sample-data' (words taken from their titles, towns and descriptions). A fixed
// list, drawn in a fixed pseudo-random order, so that runs and engines are compared on the same questions.
// Nothing here knows how the server searches: these are only paths of `GET /v1/jobs`.

/** Occupations and words from the sample titles, as people type them (mostly lower case, some with umlauts). */
const words = [
  'pflege', 'Pflegefachkraft', 'altenpfleger', 'pflegehilfskraft', 'erzieher', 'Erzieher', 'kita', 'hort',
  'sozialarbeiter', 'heilpädagoge', 'lehrkraft', 'dozent', 'busfahrer', 'fahrer', 'reisebusfahrer',
  'berufskraftfahrer', 'staplerfahrer', 'disponent', 'koch', 'Koch', 'küchenhilfe', 'bäcker', 'baecker',
  'konditor', 'servicekraft', 'hotelfachmann', 'rezeption', 'housekeeping', 'elektroniker', 'Elektroniker',
  'mechatroniker', 'kfz', 'industriemechaniker', 'zerspanungsmechaniker', 'schweißer', 'schweisser', 'cnc',
  'tischler', 'zimmerer', 'maurer', 'straßenbauer', 'strassenbau', 'tiefbau', 'bauleiter', 'bauingenieur',
  'ingenieur', 'konstrukteur', 'techniker', 'informatiker', 'fachinformatiker', 'softwareentwickler', 'entwickler',
  'administrator', 'devops', 'java', 'typescript', 'sap', 'physiotherapeut', 'ergotherapeut', 'logopäde',
  'arzt', 'allgemeinmedizin', 'medizinische fachangestellte', 'sachbearbeiter', 'verwaltung', 'buchhaltung',
  'bilanzbuchhalter', 'steuerfachangestellter', 'bürokaufmann', 'controller', 'personalreferent', 'verkäufer',
  'kassierer', 'filialleiter', 'lager', 'lagerlogistik', 'kommissionierer', 'produktion', 'schichtbetrieb',
  'hausmeister', 'reinigungskraft', 'ausbildung', 'praktikum', 'minijob', 'teilzeit', 'duales studium',
  'marketing', 'tourismus', 'reinraum', 'photovoltaik', 'wärmepumpen', 'heizung', 'sanitär', 'lebensmittel',
];

/** Partner towns and the other places of the sample jobs (the partner's name or the job's city). */
const towns = [
  'dresden', 'Dresden', 'kamenz', 'radeberg', 'pulsnitz', 'großenhain', 'grossenhain', 'hoyerswerda', 'bautzen',
  'bischofswerda', 'radeburg', 'großröhrsdorf', 'grossroehrsdorf', 'königswartha', 'wilthen',
];

/** One or two letters off, as typed on a phone. */
const typos = [
  'pflegefachkarft', 'erziher', 'elektronicker', 'busfahrerr', 'physiotherapeud', 'informatker',
  'softwarentwickler', 'sachbearbieter', 'tischlerr', 'lagerlogistk', 'kassirer', 'hausmeiser', 'mechatronicker',
  'logopede', 'ergoterapeut', 'verkaufer', 'bauingeneur', 'staplerfaher', 'kommisionierer',
  'zerspannungsmechaniker', 'buchhaltnug', 'rezepzion', 'konditer', 'altenpfeger', 'ausbilung', 'praktikumm',
  'hoyerswerder', 'radeburgg', 'kammenz', 'dresdn',
];

/** Feminine and gender-neutral forms of the titles' masculine "(m/w/d)" forms. */
const feminine = [
  'erzieherin', 'Erzieherin', 'köchin', 'bäckerin', 'verkäuferin', 'busfahrerin', 'lehrerin', 'physiotherapeutin',
  'logopädin', 'ingenieurin', 'informatikerin', 'kauffrau', 'bürokauffrau', 'industriekauffrau', 'kaufleute',
  'sachbearbeiterin', 'elektronikerin', 'tischlerin', 'ärztin', 'altenpflegerin', 'kassiererin', 'pflegefachfrau',
  'Lehrer*in', 'Erzieher:in', 'ErzieherIn', 'Sozialarbeiter/-in', 'Fahrer*innen', 'Köchinnen',
];

/** English names, typed on an English page or by newcomers. */
const english = [
  'nurse', 'electrician', 'software developer', 'developer', 'driver', 'bus driver', 'truck driver', 'teacher',
  'cook', 'chef', 'baker', 'engineer', 'accountant', 'warehouse', 'carpenter', 'mechanic', 'caregiver',
  'physiotherapist', 'apprenticeship', 'internship', 'part-time', 'cleaner',
];

/** Everyday names and synonyms of what the titles call otherwise. */
const synonyms = [
  'krankenschwester', 'krankenpfleger', 'lkw-fahrer', 'lkw fahrer', 'azubi', 'altenpflege', 'kindergarten',
  'erzieher kita', 'it', 'bürojob', 'quereinsteiger', 'nachtschicht', 'handwerker', 'programmierer', 'kellner',
];

/** Nothing in the sample jobs is like these. */
const nothing = [
  'astronaut', 'tiefseetaucher', 'zauberer', 'xylophon', 'quantenphysik mondbasis', 'qwertzuiop',
  'walfänger', 'opernsänger', 'pilot helikopter', 'zzzz', 'dromedar', 'sommelier kreuzfahrt',
];

/** Second words people add to an occupation. */
const addOns = ['teilzeit', 'ausbildung', 'minijob', 'praktikum', 'vollzeit', 'nachtdienst', 'quereinsteiger', 'wochenende'];

const partners = ['kamenz', 'dresden', 'radeberg', 'pulsnitz', 'landkreis-bautzen', 'hoyerswerda', 'grossenhain', 'radeburg', 'grossroehrsdorf', 'kamenz,pulsnitz'];
const categories = ['health', 'it', 'crafts', 'manufacturing', 'engineering', 'logistics', 'retail', 'office', 'public', 'education', 'hospitality'];
const types = ['full-time', 'part-time', 'apprenticeship', 'internship', 'mini-job'];

/** mulberry32: the same sequence on every machine and run. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** `/v1/jobs?…` with the parameters in a fixed order. */
export function jobsPath(params) {
  const search = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== undefined && value !== ''));
  const query = search.toString();
  return query ? `/v1/jobs?${query}` : '/v1/jobs';
}

/**
 * The typed queries: a few hundred distinct paths, each with its kind (word, two words, town, typo, feminine,
 * English, synonym, filter with words, no result). The same list on every run.
 */
export function typedQueries(seed = 2026) {
  const random = seeded(seed);
  const list = [];
  const seen = new Set();
  const add = (kind, params) => {
    const path = jobsPath(params);
    if (seen.has(path)) return;
    seen.add(path);
    list.push({ kind, path });
  };
  for (const q of words) add('word', { q });
  for (const q of towns) add('town', { q });
  for (const q of typos) add('typo', { q });
  for (const q of feminine) add('feminine', { q });
  for (const q of english) add('english', { q });
  for (const q of synonyms) add('synonym', { q });
  for (const q of nothing) add('no result', { q });
  // Two words: an occupation and a town, or an occupation and what kind of job.
  for (let i = 0; i < 50; i++) add('two words', { q: `${pick(random, words)} ${pick(random, towns)}` });
  for (let i = 0; i < 30; i++) add('two words', { q: `${pick(random, words)} ${pick(random, addOns)}` });
  for (let i = 0; i < 10; i++) add('two words', { q: `${pick(random, feminine)} ${pick(random, towns)}` });
  // The widget's filters with words: a town's own list, a field, a kind of employment, or two of them.
  for (let i = 0; i < 30; i++) add('filter', { q: pick(random, words), partner: pick(random, partners) });
  for (let i = 0; i < 15; i++) add('filter', { q: pick(random, words), category: pick(random, categories) });
  for (let i = 0; i < 15; i++) add('filter', { q: pick(random, [...words, ...feminine]), type: pick(random, types) });
  for (let i = 0; i < 10; i++) add('filter', { q: pick(random, words), partner: pick(random, partners), type: pick(random, types) });
  // Filters that leave nothing, with words that would find jobs elsewhere.
  add('no result', { q: 'koch', category: 'it' });
  add('no result', { q: 'softwareentwickler', category: 'hospitality' });
  add('no result', { q: 'busfahrer', type: 'internship', partner: 'wilthen-gibt-es-nicht' });
  // A few second pages and the newest-first order, as the job list asks when paging or sorting.
  for (let i = 0; i < 8; i++) add('word', { q: pick(random, words), page: 2 });
  for (let i = 0; i < 8; i++) add('word', { q: pick(random, words), sort: 'newest' });
  for (let i = 0; i < 8; i++) add('word', { q: pick(random, words), sort: 'relevance' });
  return list;
}

/** What a visitor has typed so far, letter by letter, for `GET /v1/jobs/suggestions` (two characters or more). */
export function typedPrefixes() {
  const typed = ['pflegefachkraft', 'erzieherin', 'busfahrer', 'elektroniker', 'softwareentwickler', 'bäcker', 'ausbildung koch', 'lagerlogistik', 'physiotherapeut', 'sachbearbeiter'];
  return typed.flatMap((word) => Array.from({ length: word.length - 1 }, (_, i) => word.slice(0, i + 2))).map((q) => ({ kind: 'prefix', path: `/v1/jobs/suggestions?${new URLSearchParams({ q })}` }));
}

/** `count` entries of `list`, drawn in a fixed pseudo-random order (with repeats, as real traffic). */
export function drawOrder(list, count, seed = 7) {
  const random = seeded(seed);
  return Array.from({ length: count }, () => list[Math.floor(random() * list.length)]);
}

const emoji = '😀🔧👩‍⚕️🚌🍞💻🏗️✨';

/** Input no one types by accident: it must answer fast and never break the search. */
export function hostileQueries() {
  const long = 'Pflegefachkraft Altenpflege Kamenz Teilzeit Nachtdienst Intensivstation Wohnbereichsleitung ';
  // 50 different words of three letters (the 50th ends the 199 characters), all beginnings of words in the jobs.
  const fiftyWords = Array.from({ length: 50 }, (_, i) => ['ba', 'ko', 'lk', 'bu', 'sa', 'cn', 'pf', 'in', 'ti', 'el'][i % 10] + 'aeiou'[Math.floor(i / 10)]).join(' ');
  const punctuation = '!?.,;:-_()[]{}<>/\\|"\'`^°§$%&=+*~#@'.repeat(6).slice(0, 200);
  const regexLike = '(a+)+$ ^(\\w+\\s?)*$ .*.*.*=.* [a-z]{1,99999} (?:x|x?)+y \\d+\\b aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!';
  const sqlLike = "pflege' OR '1'='1'; DROP TABLE jobs; -- UNION SELECT data FROM partners /* %' AND 1=1 */";
  const longWord = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
  const queries = [
    { kind: '200 characters', q: long.repeat(3).slice(0, 200) },
    { kind: '50 words', q: fiftyWords },
    { kind: 'punctuation only', q: punctuation },
    { kind: 'emoji only', q: emoji.repeat(10) },
    { kind: 'regex-like', q: regexLike },
    { kind: 'SQL-like', q: sqlLike },
    { kind: '80-letter word', q: longWord },
    { kind: '10 long typos', q: 'pflegefachkarft softwarentwickler zerspannungsmechaniker kommisionierer sachbearbieter verwaltungsfachangestellterr berufskraftfahrerr elektronicker physiotherapeud bauingeneur' },
  ];
  return queries.map(({ kind, q }) => {
    // The contract allows 200 characters; stay inside it so that these measure the search, not the refusal.
    if ([...q].length > 200 || q.length > 200) throw new Error(`hostile query "${kind}" is longer than 200 characters`);
    return { kind, path: jobsPath({ q }) };
  });
}

/** Longer than the contract allows: must be refused with 400 before any search. */
export const tooLongQuery = { kind: '1,000 characters', path: jobsPath({ q: 'pflege '.repeat(143).slice(0, 1000) }) };
