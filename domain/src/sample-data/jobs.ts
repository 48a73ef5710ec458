/**
 * Deterministic sample jobs for the mock API and the reference server.
 *
 * Every job is generated from its own seeded PRNG (seed = job index), so job-0001
 * is the same whatever `count` is, and only dates depend on `now`. Employers are
 * drawn from a small roster per partner and sector (also seeded), so one employer
 * has several openings at a fixed address, as in reality. All names are invented.
 */

export type EmploymentType = 'full-time' | 'part-time' | 'apprenticeship' | 'internship' | 'mini-job';

export interface SampleJob {
  id: string;
  title: string;
  employer: { name: string; url?: string };
  /** Partner id. */
  partner: string;
  location: { city: string; postalCode?: string; lat?: number; lon?: number };
  /** Category id. */
  category: string;
  employmentType: EmploymentType;
  salary?: { min?: number; max?: number; currency: 'EUR'; period: 'hour' | 'month' | 'year' };
  /** ISO date-time. */
  publishedAt: string;
  /** ISO date-time. */
  validThrough?: string;
  /** Plain German text, paragraphs separated by a blank line. */
  description: string;
  applyUrl?: string;
  applyEmail?: string;
  source: 'manual';
  externalId?: string;
}

type CategoryId =
  | 'it' | 'health' | 'crafts' | 'manufacturing' | 'engineering' | 'logistics'
  | 'retail' | 'office' | 'public' | 'education' | 'hospitality';

// ---------------------------------------------------------------------------
// Seeded randomness (no Math.random: output must be identical in browser and Node)

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn keys into seeds. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function pick<T>(rng: Rng, list: readonly T[]): T {
  const item = list[Math.floor(rng() * list.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function weighted<K extends string>(rng: Rng, weights: Readonly<Partial<Record<K, number>>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rng() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, w] of entries) {
    r -= w;
    if (r < 0) return key;
  }
  const last = entries[entries.length - 1];
  if (last === undefined) throw new Error('weighted pick from empty table');
  return last[0];
}

/** Picks `n` distinct items (or all, if fewer), kept in list order so sentences read in a sensible sequence. */
function sample<T>(rng: Rng, list: readonly T[], n: number): T[] {
  const rest = list.map((_, index) => index);
  const chosen: number[] = [];
  while (chosen.length < n && rest.length > 0) chosen.push(...rest.splice(Math.floor(rng() * rest.length), 1));
  return chosen.sort((a, b) => a - b).map((index) => list[index] as T);
}

function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(vars[key] ?? whole));
}

/** "Bäckerei Hörnig GmbH" → "baeckerei-hoernig" (for invented domains and URLs). */
function slugify(text: string, maxLength = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/\(m\/w\/d\)/g, ' ')
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/&\s*co\.\s*kg/g, ' ')
    .replace(/e\.\s*v\./g, ' ')
    .replace(/\b(ggmbh|gmbh|mbh|eg|ag|kg)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : maxLength);
}

// ---------------------------------------------------------------------------
// Where jobs are: partner places with postal codes and centres

interface Place {
  partner: string;
  city: string;
  /** [postal code, lat, lon] of the quarter; jobs jitter around it. */
  quarters: readonly (readonly [string, number, number])[];
  /** Words for invented employer names ("Elbtal Software GmbH"). */
  words: readonly string[];
  /** [name, domain] of the administrations that post public-sector jobs here. */
  administrations: readonly (readonly [string, string])[];
  /** How to get there, for the "what we offer" paragraph. Kept modest on purpose. */
  commute: string;
  weight: number;
}

const places: readonly Place[] = [
  {
    partner: 'dresden', city: 'Dresden', weight: 1,
    quarters: [
      ['01067', 51.0525, 13.7372], ['01069', 51.0405, 13.7334], ['01097', 51.0652, 13.7446],
      ['01099', 51.0703, 13.7612], ['01109', 51.1163, 13.7785], ['01127', 51.0758, 13.7233],
      ['01139', 51.0787, 13.7002], ['01157', 51.0551, 13.6853], ['01187', 51.0312, 13.7116],
      ['01217', 51.0262, 13.7458], ['01219', 51.0303, 13.7701], ['01237', 51.0041, 13.8003],
      ['01257', 50.9952, 13.8141], ['01277', 51.0448, 13.7905], ['01307', 51.0507, 13.7651],
      ['01309', 51.0552, 13.8012], ['01328', 51.0601, 13.8802],
    ],
    words: ['Elbtal', 'Dresdner', 'Elbflorenz', 'Neustädter'],
    administrations: [['Landeshauptstadt Dresden', 'dresden.de']],
    commute: 'Ihr Arbeitsplatz in Dresden ist mit Straßenbahn, Bus und S-Bahn gut erreichbar.',
  },
  {
    partner: 'grossenhain', city: 'Großenhain', weight: 1,
    quarters: [['01558', 51.29, 13.533]],
    words: ['Großenhainer', 'Röderaue', 'Röderland'],
    administrations: [['Stadtverwaltung Großenhain', 'grossenhain.de']],
    commute: 'Von Großenhain fahren Regionalzüge direkt nach Dresden; Parkplätze gibt es direkt vor Ort.',
  },
  {
    partner: 'landkreis-bautzen', city: 'Bautzen', weight: 5,
    quarters: [['02625', 51.181, 14.424]],
    words: ['Bautzener', 'Oberlausitzer', 'Spreetal'],
    administrations: [['Landratsamt Bautzen', 'landkreis-bautzen.de'], ['Stadtverwaltung Bautzen', 'bautzen.de']],
    commute: 'Bautzen liegt an der Bahnstrecke Dresden–Görlitz und an der A4; nach Dresden sind es rund 45 Minuten.',
  },
  {
    partner: 'landkreis-bautzen', city: 'Bischofswerda', weight: 3,
    quarters: [['01877', 51.127, 14.18]],
    words: ['Bischofswerdaer', 'Oberlausitzer', 'Butterberg'],
    administrations: [['Stadtverwaltung Bischofswerda', 'bischofswerda.de']],
    commute: 'Bischofswerda liegt an der Bahnstrecke Dresden–Görlitz; Züge fahren regelmäßig nach Dresden und Bautzen.',
  },
  {
    partner: 'landkreis-bautzen', city: 'Wilthen', weight: 1,
    quarters: [['02681', 51.097, 14.391]],
    words: ['Oberlausitzer', 'Bergland'],
    administrations: [['Stadtverwaltung Wilthen', 'wilthen.de']],
    commute: 'Wilthen erreichen Sie von Bautzen aus in rund 15 Minuten mit dem Auto; kostenlose Parkplätze sind vorhanden.',
  },
  {
    partner: 'landkreis-bautzen', city: 'Königswartha', weight: 1,
    quarters: [['02699', 51.31, 14.328]],
    words: ['Teichland', 'Oberlausitzer'],
    administrations: [['Gemeindeverwaltung Königswartha', 'koenigswartha.de']],
    commute: 'Königswartha liegt im Teichgebiet zwischen Bautzen und Hoyerswerda; kostenlose Parkplätze sind vorhanden.',
  },
  {
    partner: 'pulsnitz', city: 'Pulsnitz', weight: 1,
    quarters: [['01896', 51.184, 14.013]],
    words: ['Pulsnitzer', 'Westlausitzer', 'Keulenberg'],
    administrations: [['Stadtverwaltung Pulsnitz', 'pulsnitz.de']],
    commute: 'Pulsnitz hat einen Bahnhof mit direkter Verbindung nach Dresden und Kamenz.',
  },
  {
    partner: 'radeburg', city: 'Radeburg', weight: 1,
    quarters: [['01471', 51.216, 13.724]],
    words: ['Radeburger', 'Heidebogen', 'Teichland'],
    administrations: [['Stadtverwaltung Radeburg', 'radeburg.de']],
    commute: 'Radeburg liegt nahe der A13; nach Dresden fahren regelmäßig Busse.',
  },
  {
    partner: 'radeberg', city: 'Radeberg', weight: 1,
    quarters: [['01454', 51.115, 13.912]],
    words: ['Rödertal', 'Heide', 'Radeberger Land'],
    administrations: [['Stadtverwaltung Radeberg', 'radeberg.de']],
    commute: 'Von Radeberg sind Sie mit dem Zug in rund 20 Minuten in Dresden.',
  },
  {
    partner: 'grossroehrsdorf', city: 'Großröhrsdorf', weight: 1,
    quarters: [['01900', 51.145, 14.02]],
    words: ['Großröhrsdorfer', 'Massenei', 'Westlausitz'],
    administrations: [['Stadtverwaltung Großröhrsdorf', 'grossroehrsdorf.de']],
    commute: 'Großröhrsdorf liegt an der Bahnstrecke Dresden–Kamenz; Dresden erreichen Sie in rund einer halben Stunde.',
  },
  {
    partner: 'kamenz', city: 'Kamenz', weight: 1,
    quarters: [['01917', 51.269, 14.094]],
    words: ['Kamenzer', 'Lessingstadt', 'Westlausitz'],
    administrations: [['Stadtverwaltung Kamenz', 'kamenz.de']],
    commute: 'Kamenz ist mit dem Zug direkt an Dresden angebunden.',
  },
  {
    partner: 'hoyerswerda', city: 'Hoyerswerda', weight: 1,
    quarters: [['02977', 51.438, 14.245]],
    words: ['Hoyerswerdaer', 'Seenland', 'Elsterland'],
    administrations: [['Stadtverwaltung Hoyerswerda', 'hoyerswerda.de']],
    commute: 'Von Hoyerswerda fahren Regionalzüge direkt nach Dresden, und das Lausitzer Seenland liegt vor der Tür.',
  },
];

/** Slots per 40 jobs: Dresden more, every partner well represented (320 jobs → 96/48/32/32/24…/16). */
const partnerSlots: Readonly<Record<string, number>> = {
  dresden: 12,
  'landkreis-bautzen': 6,
  radeberg: 4,
  kamenz: 4,
  grossenhain: 3,
  pulsnitz: 3,
  grossroehrsdorf: 3,
  hoyerswerda: 3,
  radeburg: 2,
};

/** Smooth weighted round-robin, so any prefix of the jobs is spread over all partners. */
function partnerCycle(): string[] {
  const current = new Map<string, number>(Object.keys(partnerSlots).map((id) => [id, 0]));
  const total = Object.values(partnerSlots).reduce((a, b) => a + b, 0);
  const cycle: string[] = [];
  for (let i = 0; i < total; i++) {
    let best = '';
    let bestValue = -Infinity;
    for (const [id, w] of Object.entries(partnerSlots)) {
      const value = (current.get(id) ?? 0) + w;
      current.set(id, value);
      if (value > bestValue) [best, bestValue] = [id, value];
    }
    current.set(best, bestValue - total);
    cycle.push(best);
  }
  return cycle;
}

/** Local economic profile: which fields post how many jobs. */
const categoryWeights: Readonly<Record<string, Readonly<Record<CategoryId, number>>>> = {
  dresden: { it: 14, health: 12, crafts: 8, manufacturing: 8, engineering: 10, logistics: 6, retail: 8, office: 9, public: 6, education: 8, hospitality: 9 },
  grossenhain: { it: 2, health: 7, crafts: 9, manufacturing: 10, engineering: 4, logistics: 9, retail: 6, office: 4, public: 4, education: 5, hospitality: 4 },
  'landkreis-bautzen': { it: 3, health: 8, crafts: 8, manufacturing: 10, engineering: 5, logistics: 6, retail: 5, office: 4, public: 8, education: 6, hospitality: 7 },
  pulsnitz: { it: 2, health: 6, crafts: 10, manufacturing: 9, engineering: 3, logistics: 4, retail: 5, office: 4, public: 3, education: 5, hospitality: 5 },
  radeburg: { it: 1, health: 6, crafts: 10, manufacturing: 5, engineering: 2, logistics: 6, retail: 5, office: 3, public: 3, education: 4, hospitality: 7 },
  radeberg: { it: 7, health: 6, crafts: 6, manufacturing: 10, engineering: 7, logistics: 5, retail: 5, office: 5, public: 3, education: 5, hospitality: 4 },
  grossroehrsdorf: { it: 2, health: 5, crafts: 8, manufacturing: 12, engineering: 4, logistics: 6, retail: 4, office: 4, public: 3, education: 4, hospitality: 2 },
  kamenz: { it: 3, health: 7, crafts: 7, manufacturing: 11, engineering: 6, logistics: 6, retail: 5, office: 4, public: 6, education: 5, hospitality: 4 },
  hoyerswerda: { it: 4, health: 10, crafts: 6, manufacturing: 6, engineering: 4, logistics: 6, retail: 5, office: 4, public: 6, education: 7, hospitality: 7 },
};

// ---------------------------------------------------------------------------
// Sectors: employers, titles and tasks that belong together
// Placeholders: {A} regional word, {S}/{S2} surnames, {T} town, {K} kita name,
// {G} inn name, {Y} apprenticeship start year; in sentences {E} employer, {C} town,
// {N} staff, {F} founding year.

interface Sector {
  category: CategoryId;
  employers: readonly string[];
  jobs: readonly string[];
  apprenticeships?: readonly string[];
  internships?: readonly string[];
  minijobs?: readonly string[];
  about: readonly string[];
  tasks: readonly string[];
  /** Monthly gross for full-time, EUR. */
  pay: readonly [number, number];
  staff: readonly [number, number];
}

const sectors: readonly Sector[] = [
  // IT
  {
    category: 'it', pay: [3600, 5800], staff: [12, 180],
    employers: ['{A} Software GmbH', '{A} Digital GmbH', 'Datenwerk {T} GmbH', '{S} & {S2} Softwareentwicklung GmbH'],
    jobs: [
      'Softwareentwickler Java (m/w/d)', 'Fullstack-Entwickler TypeScript (m/w/d)', 'DevOps Engineer (m/w/d)',
      'Data Engineer (m/w/d)', 'Frontend-Entwickler (m/w/d) Barrierefreiheit', 'Embedded-Softwareentwickler C/C++ (m/w/d)',
      'Product Owner (m/w/d)', 'Softwaretester (m/w/d) Testautomatisierung', 'SAP-Berater (m/w/d) Logistik',
    ],
    apprenticeships: ['Ausbildung zum Fachinformatiker für Anwendungsentwicklung (m/w/d) {Y}', 'Duales Studium Informatik (m/w/d) {Y}'],
    internships: ['Praktikum Softwareentwicklung (m/w/d)', 'Praktikum UX-Design (m/w/d)', 'Abschlussarbeit Informatik (m/w/d)'],
    about: [
      '{E} entwickelt seit {F} Software für Mittelstand, Kommunen und Industrie – von {C} aus für Kunden in ganz Deutschland.',
      'Bei {E} in {C} arbeiten rund {N} Menschen an Webanwendungen, Schnittstellen und Cloud-Plattformen.',
    ],
    tasks: [
      'Sie entwickeln neue Funktionen für unsere Anwendungen und sichern die Qualität mit automatisierten Tests.',
      'Sie arbeiten im agilen Team eng mit Produktmanagement und Design zusammen.',
      'Sie analysieren Anforderungen unserer Kunden und setzen sie in saubere, wartbare Lösungen um.',
      'Sie übernehmen Verantwortung für Code-Reviews, Dokumentation und den Betrieb Ihrer Services.',
    ],
  },
  {
    category: 'it', pay: [3000, 4800], staff: [8, 90],
    employers: ['{S} IT-Systemhaus GmbH', '{A} IT-Service GmbH', '{A} Netzwerktechnik GmbH'],
    jobs: [
      'IT-Systemadministrator (m/w/d)', 'Fachinformatiker Systemintegration (m/w/d)', 'IT-Support-Mitarbeiter (m/w/d) 1st Level',
      'IT-Sicherheitsbeauftragter (m/w/d)', 'Netzwerkadministrator (m/w/d)', 'IT-Consultant (m/w/d) Microsoft 365',
    ],
    apprenticeships: ['Ausbildung zum Fachinformatiker für Systemintegration (m/w/d) {Y}', 'Ausbildung zum Kaufmann für IT-System-Management (m/w/d) {Y}'],
    internships: ['Praktikum IT-Administration (m/w/d)'],
    minijobs: ['Minijob IT-Hardware-Rollout (m/w/d)'],
    about: [
      '{E} ist ein IT-Dienstleister mit Sitz in {C}, der Unternehmen und Praxen der Region beim Betrieb ihrer Systeme begleitet.',
      'Seit {F} betreut {E} von {C} aus Netzwerke, Server und Arbeitsplätze – persönlich und vor Ort.',
    ],
    tasks: [
      'Sie betreuen Server, Netzwerke und Arbeitsplätze unserer Kunden.',
      'Sie kümmern sich um Updates, Datensicherung und IT-Sicherheit.',
      'Sie beraten Anwenderinnen und Anwender und lösen Störungen schnell und freundlich.',
      'Sie planen und begleiten die Einführung neuer Hard- und Software.',
    ],
  },

  // Health
  {
    category: 'health', pay: [3300, 4900], staff: [150, 900],
    employers: ['{A} Fachklinik GmbH', '{A} Krankenhaus gGmbH'],
    jobs: [
      'Pflegefachkraft (m/w/d) Intensivstation', 'Assistenzarzt (m/w/d) Innere Medizin', 'Stationsleitung Pflege (m/w/d)',
      'Operationstechnischer Assistent (m/w/d)', 'Medizinischer Technologe für Radiologie (m/w/d)', 'Physiotherapeut (m/w/d) Rehabilitation',
    ],
    apprenticeships: ['Ausbildung zum Pflegefachmann / zur Pflegefachfrau (m/w/d) {Y}', 'Ausbildung zum Operationstechnischen Assistenten (m/w/d) {Y}'],
    internships: ['Praktikum Pflege (m/w/d) vor dem Studium'],
    minijobs: ['Minijob Patientenbegleitdienst (m/w/d)'],
    about: [
      '{E} versorgt in {C} jedes Jahr tausende Patientinnen und Patienten mit einem Team von rund {N} Beschäftigten.',
      'Als {E} stehen wir seit {F} für moderne Medizin nah am Wohnort – hier in {C}.',
    ],
    tasks: [
      'Sie pflegen und betreuen Patientinnen und Patienten ganzheitlich und fachgerecht.',
      'Sie dokumentieren Behandlungs- und Pflegeverläufe digital.',
      'Sie arbeiten eng mit Ärztinnen, Ärzten und Therapeuten zusammen.',
      'Sie übernehmen Verantwortung für Medikamentengabe, Überwachung und Wundversorgung.',
    ],
  },
  {
    category: 'health', pay: [2600, 4000], staff: [25, 140],
    employers: ['Pflegedienst {S} GmbH', 'Sozialstation {T} gGmbH', 'Seniorenzentrum {A} Hof'],
    jobs: [
      'Pflegefachkraft (m/w/d) ambulante Pflege', 'Altenpfleger (m/w/d) Nachtdienst', 'Pflegehilfskraft (m/w/d)',
      'Wohnbereichsleitung (m/w/d)', 'Betreuungskraft nach § 43b SGB XI (m/w/d)', 'Pflegedienstleitung (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Pflegefachmann / zur Pflegefachfrau (m/w/d) {Y}', 'Ausbildung zum Pflegehelfer (m/w/d) {Y}'],
    internships: ['Praktikum Altenpflege (m/w/d)'],
    minijobs: ['Minijob Betreuungskraft (m/w/d) Seniorenheim', 'Minijob Fahrer (m/w/d) Essen auf Rädern'],
    about: [
      '{E} betreut in {C} und den umliegenden Orten ältere und pflegebedürftige Menschen – zu Hause und im eigenen Haus.',
      'Rund {N} Pflegekräfte, Betreuerinnen und Betreuer sorgen bei {E} dafür, dass sich Menschen in {C} gut versorgt fühlen.',
    ],
    tasks: [
      'Sie versorgen Klientinnen und Klienten nach ärztlicher Verordnung und Pflegeplanung.',
      'Sie beraten Angehörige und begleiten Menschen in schwierigen Lebenslagen.',
      'Sie fahren mit dem Dienstwagen feste Touren in {C} und Umgebung.',
      'Sie gestalten den Alltag der Bewohnerinnen und Bewohner mit Gesprächen, Spaziergängen und Festen.',
    ],
  },
  {
    category: 'health', pay: [2500, 3600], staff: [5, 25],
    employers: ['Hausarztpraxis Dr. {S}', 'Gemeinschaftspraxis Dr. {S} und Dr. {S2}'],
    jobs: [
      'Medizinische Fachangestellte (m/w/d)', 'Praxismanager (m/w/d)', 'Arzt in Weiterbildung Allgemeinmedizin (m/w/d)',
      'Facharzt für Allgemeinmedizin (m/w/d)', 'Nichtärztliche Praxisassistenz (m/w/d) für Hausbesuche',
    ],
    apprenticeships: ['Ausbildung zur Medizinischen Fachangestellten (m/w/d) {Y}'],
    internships: ['Famulatur Allgemeinmedizin (m/w/d)'],
    minijobs: ['Minijob Empfang (m/w/d) Arztpraxis', 'Minijob Praxisreinigung (m/w/d)'],
    about: [
      '{E} ist eine moderne Hausarztpraxis im Zentrum von {C} mit einem Team von {N} Kolleginnen und Kollegen.',
      'Seit {F} kümmert sich {E} in {C} um Patientinnen und Patienten aller Altersgruppen.',
    ],
    tasks: [
      'Sie empfangen Patientinnen und Patienten und organisieren Termine und Abläufe in der Praxis.',
      'Sie assistieren bei Untersuchungen, nehmen Blut ab und schreiben EKGs.',
      'Sie übernehmen Hausbesuche bei Patientinnen und Patienten in {C} und Umgebung.',
      'Sie kümmern sich um Abrechnung, Hygiene und Materialwirtschaft.',
    ],
  },
  {
    category: 'health', pay: [2600, 3500], staff: [4, 30],
    employers: ['Physiotherapie {S}', 'Therapiezentrum {A}'],
    jobs: ['Physiotherapeut (m/w/d)', 'Ergotherapeut (m/w/d)', 'Logopäde (m/w/d)', 'Masseur und medizinischer Bademeister (m/w/d)'],
    apprenticeships: ['Ausbildung zum Physiotherapeuten (m/w/d) {Y}'],
    internships: ['Praktikum Physiotherapie (m/w/d)'],
    minijobs: ['Minijob Empfang (m/w/d) Therapiepraxis'],
    about: [
      '{E} behandelt in {C} Patientinnen und Patienten nach Operationen, Unfällen und bei chronischen Beschwerden.',
      'Seit {F} arbeitet {E} in {C} mit einem Team von {N} Therapeutinnen und Therapeuten.',
    ],
    tasks: [
      'Sie behandeln nach ärztlicher Verordnung und erstellen individuelle Therapiepläne.',
      'Sie leiten Gruppenkurse und Übungen im Trainingsraum an.',
      'Sie machen Hausbesuche und behandeln in Pflegeeinrichtungen in {C}.',
      'Sie dokumentieren Behandlungsverläufe und stimmen sich mit Ärztinnen und Ärzten ab.',
    ],
  },

  // Crafts
  {
    category: 'crafts', pay: [2700, 3700], staff: [10, 80],
    employers: ['Bauunternehmen {S} GmbH', '{A} Bau GmbH', '{S} Hoch- und Tiefbau GmbH & Co. KG'],
    jobs: [
      'Maurer (m/w/d)', 'Straßenbauer (m/w/d)', 'Tiefbaufacharbeiter (m/w/d)', 'Betonbauer (m/w/d)',
      'Polier (m/w/d) Hochbau', 'Vorarbeiter Straßenbau (m/w/d)', 'Baggerfahrer (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Straßenbauer (m/w/d) {Y}', 'Ausbildung zum Maurer (m/w/d) {Y}', 'Ausbildung zum Baugeräteführer (m/w/d) {Y}'],
    internships: ['Schülerpraktikum Bau (m/w/d)'],
    minijobs: ['Aushilfe Bauhelfer (m/w/d) auf Minijob-Basis'],
    about: [
      '{E} ist ein Meisterbetrieb aus {C}, gegründet {F} und heute mit {N} Mitarbeitenden in der Region unterwegs.',
      '{E} baut für private Bauherren, Gewerbe und Kommunen in {C} und im Umland – vom Einfamilienhaus bis zur Straßensanierung.',
    ],
    tasks: [
      'Sie führen Arbeiten auf unseren Baustellen selbstständig und im Team aus.',
      'Sie lesen Pläne und setzen sie sorgfältig um.',
      'Sie bedienen moderne Maschinen und sorgen für eine saubere, sichere Baustelle.',
      'Sie übernehmen Arbeiten im Straßenbau, von der Pflasterung bis zur Asphaltdecke.',
    ],
  },
  {
    category: 'crafts', pay: [2800, 3800], staff: [6, 60],
    employers: ['Elektro {S} GmbH', 'Heizung Sanitär {S} GmbH', '{A} Haustechnik GmbH'],
    jobs: [
      'Elektroniker für Energie- und Gebäudetechnik (m/w/d)', 'Anlagenmechaniker SHK (m/w/d)', 'Kundendiensttechniker Heizung (m/w/d)',
      'Elektromeister (m/w/d)', 'Monteur Photovoltaik (m/w/d)', 'Servicetechniker Wärmepumpen (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Elektroniker für Energie- und Gebäudetechnik (m/w/d) {Y}', 'Ausbildung zum Anlagenmechaniker SHK (m/w/d) {Y}'],
    internships: ['Praktikum Elektrotechnik (m/w/d)'],
    about: [
      '{E} plant und installiert seit {F} Elektro-, Heizungs- und Sanitäranlagen in {C} und Umgebung.',
      'Mit {N} Fachleuten ist {E} der Ansprechpartner für Haustechnik in {C} – vom Neubau bis zur Wärmepumpe im Altbau.',
    ],
    tasks: [
      'Sie installieren und warten Anlagen bei privaten und gewerblichen Kunden.',
      'Sie suchen Fehler, beheben Störungen und erklären Kundinnen und Kunden die Technik.',
      'Sie nehmen Anlagen in Betrieb und dokumentieren Ihre Arbeit digital.',
      'Sie arbeiten mit modernen Messgeräten und gut ausgestatteten Servicefahrzeugen.',
    ],
  },
  {
    category: 'crafts', pay: [2400, 3100], staff: [8, 70],
    employers: ['Bäckerei {S}', 'Bäckerei & Konditorei {S}', 'Landbäckerei {S}'],
    jobs: [
      'Bäcker (m/w/d) Frühschicht', 'Konditor (m/w/d)', 'Bäckermeister (m/w/d) Backstubenleitung',
      'Fachverkäufer (m/w/d) Bäckerei', 'Produktionshelfer (m/w/d) Backstube',
    ],
    apprenticeships: ['Ausbildung zum Bäcker (m/w/d) {Y}', 'Ausbildung zum Konditor (m/w/d) {Y}', 'Ausbildung zum Fachverkäufer im Lebensmittelhandwerk – Bäckerei (m/w/d) {Y}'],
    internships: ['Schülerpraktikum Bäckerhandwerk (m/w/d)'],
    minijobs: ['Minijob Verkaufshilfe Bäckerei', 'Minijob Auslieferungsfahrer (m/w/d) Backwaren'],
    about: [
      '{E} ist ein Familienbetrieb in {C}, der seit {F} nach eigenen Rezepten backt und mehrere Filialen in der Region beliefert.',
      'Bei {E} in {C} entstehen täglich Brot, Brötchen und Kuchen in Handarbeit – mit Zutaten aus der Region.',
    ],
    tasks: [
      'Sie stellen Backwaren und Spezialitäten nach unseren Rezepten her.',
      'Sie bedienen Öfen und Maschinen in unserer modernen Backstube.',
      'Sie achten auf Hygiene, Qualität und die richtige Größe jeder Charge.',
      'Sie beraten Kundinnen und Kunden und präsentieren unsere Waren ansprechend.',
    ],
  },
  {
    category: 'crafts', pay: [2600, 3500], staff: [6, 45],
    employers: ['Kfz-Meisterbetrieb {S}', '{A} Karosserie- und Lackzentrum GmbH'],
    jobs: [
      'Kfz-Mechatroniker (m/w/d)', 'Karosseriebauer (m/w/d)', 'Fahrzeuglackierer (m/w/d)', 'Kfz-Meister (m/w/d) Serviceleitung',
      'Hochvolttechniker (m/w/d) Elektromobilität',
    ],
    apprenticeships: ['Ausbildung zum Kfz-Mechatroniker (m/w/d) {Y}', 'Ausbildung zum Karosserie- und Fahrzeugbaumechaniker (m/w/d) {Y}'],
    minijobs: ['Minijob Reifenservice (m/w/d) Saison'],
    about: [
      '{E} repariert und wartet in {C} seit {F} Fahrzeuge aller Marken.',
      'Mit {N} Mitarbeitenden ist {E} die Werkstatt des Vertrauens für viele Familien und Firmen in {C}.',
    ],
    tasks: [
      'Sie warten und reparieren Pkw und Transporter aller Marken.',
      'Sie diagnostizieren Fehler mit modernen Prüfgeräten.',
      'Sie arbeiten an Hybrid- und Elektrofahrzeugen und bilden sich dafür weiter.',
      'Sie erklären Kundinnen und Kunden verständlich, was an ihrem Fahrzeug zu tun ist.',
    ],
  },
  {
    category: 'crafts', pay: [2600, 3400], staff: [5, 40],
    employers: ['Tischlerei {S}', '{A} Holzbau GmbH', 'Zimmerei {S}'],
    jobs: [
      'Tischler (m/w/d)', 'Zimmerer (m/w/d)', 'Holzbauer (m/w/d)', 'CNC-Bediener (m/w/d) Möbelfertigung',
      'Monteur (m/w/d) Fenster und Türen',
    ],
    apprenticeships: ['Ausbildung zum Tischler (m/w/d) {Y}', 'Ausbildung zum Zimmerer (m/w/d) {Y}'],
    internships: ['Praktikum Tischlerei (m/w/d)'],
    about: [
      '{E} fertigt in {C} Möbel, Treppen, Fenster und Holzbauten nach Maß.',
      'Seit {F} verbindet {E} in {C} traditionelles Handwerk mit moderner CNC-Technik.',
    ],
    tasks: [
      'Sie fertigen Bauteile in unserer Werkstatt, von Hand und an CNC-Maschinen.',
      'Sie montieren Möbel, Fenster und Türen bei unseren Kunden.',
      'Sie lesen Zeichnungen und planen Arbeitsschritte selbstständig.',
      'Sie achten auf Maßgenauigkeit und saubere Oberflächen.',
    ],
  },

  // Manufacturing
  {
    category: 'manufacturing', pay: [2700, 3800], staff: [40, 450],
    employers: ['{A} Präzisionstechnik GmbH', '{A} Metallverarbeitung GmbH', '{S} Maschinenbau GmbH'],
    jobs: [
      'CNC-Fräser (m/w/d)', 'Zerspanungsmechaniker (m/w/d)', 'Industriemechaniker (m/w/d) Instandhaltung',
      'Schweißer (m/w/d) WIG/MAG', 'Maschinen- und Anlagenführer (m/w/d)', 'Qualitätsprüfer (m/w/d)',
      'Schichtleiter Produktion (m/w/d)', 'Elektroniker für Betriebstechnik (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Mechatroniker (m/w/d) {Y}', 'Ausbildung zum Industriemechaniker (m/w/d) {Y}', 'Ausbildung zum Zerspanungsmechaniker (m/w/d) {Y}', 'Ausbildung zum Elektroniker für Betriebstechnik (m/w/d) {Y}'],
    internships: ['Praktikum Produktionsplanung (m/w/d)', 'Praktikum Qualitätsmanagement (m/w/d)'],
    minijobs: ['Minijob Produktionshelfer (m/w/d) Wochenende'],
    about: [
      '{E} fertigt in {C} Präzisionsteile und Baugruppen für Maschinenbau, Fahrzeugindustrie und Medizintechnik.',
      'Mit rund {N} Beschäftigten gehört {E} zu den größeren Arbeitgebern in {C}.',
    ],
    tasks: [
      'Sie richten Maschinen ein, fahren Serien und prüfen die Maßhaltigkeit der Teile.',
      'Sie warten Anlagen vorbeugend und beheben Störungen.',
      'Sie arbeiten nach Zeichnungen und Prüfplänen und dokumentieren die Qualität.',
      'Sie bringen Ideen zur Verbesserung von Abläufen ein.',
    ],
  },
  {
    category: 'manufacturing', pay: [2600, 3500], staff: [60, 300],
    employers: ['{A} Kunststofftechnik GmbH', '{A} Verpackungswerk GmbH'],
    jobs: [
      'Verfahrensmechaniker Kunststoff- und Kautschuktechnik (m/w/d)', 'Einrichter Spritzguss (m/w/d)',
      'Produktionsmitarbeiter (m/w/d) Schichtbetrieb', 'Werkzeugmechaniker (m/w/d)', 'Maschinenbediener (m/w/d) Folienextrusion',
    ],
    apprenticeships: ['Ausbildung zum Verfahrensmechaniker für Kunststoff- und Kautschuktechnik (m/w/d) {Y}', 'Ausbildung zum Werkzeugmechaniker (m/w/d) {Y}'],
    internships: ['Praktikum Verfahrenstechnik (m/w/d)'],
    minijobs: ['Minijob Produktionshelfer (m/w/d) Verpackung'],
    about: [
      '{E} stellt in {C} Kunststoffteile und Verpackungen für Lebensmittel-, Automobil- und Elektroindustrie her.',
      'Seit {F} produziert {E} am Standort {C} und beschäftigt heute rund {N} Menschen.',
    ],
    tasks: [
      'Sie rüsten Spritzguss- und Extrusionsanlagen um und optimieren Prozessparameter.',
      'Sie überwachen die laufende Produktion und prüfen Teile stichprobenartig.',
      'Sie verpacken, kennzeichnen und übergeben fertige Ware an die Logistik.',
      'Sie halten Ordnung und Sicherheit an Ihrem Arbeitsplatz hoch.',
    ],
  },
  {
    category: 'manufacturing', pay: [2500, 3300], staff: [50, 350],
    employers: ['{A} Lebensmittelwerk GmbH', '{A} Feinkost GmbH', '{A} Backwaren GmbH'],
    jobs: [
      'Lebensmitteltechnologe (m/w/d)', 'Fachkraft für Lebensmitteltechnik (m/w/d)', 'Produktionsmitarbeiter (m/w/d) Lebensmittel',
      'Maschinenführer (m/w/d) Verpackung', 'Mitarbeiter Qualitätssicherung (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zur Fachkraft für Lebensmitteltechnik (m/w/d) {Y}'],
    internships: ['Praktikum Qualitätssicherung Lebensmittel (m/w/d)'],
    minijobs: ['Minijob Produktionshelfer (m/w/d) Saison'],
    about: [
      '{E} produziert in {C} Lebensmittel für den Handel in ganz Deutschland.',
      'Bei {E} arbeiten rund {N} Menschen – viele davon seit Jahrzehnten, denn in {C} hält man zusammen.',
    ],
    tasks: [
      'Sie bedienen und überwachen Produktions- und Verpackungsanlagen.',
      'Sie halten Hygiene- und Qualitätsstandards nach IFS ein.',
      'Sie nehmen Proben und dokumentieren Prüfergebnisse.',
      'Sie reinigen Anlagen und unterstützen beim Produktwechsel.',
    ],
  },
  {
    category: 'manufacturing', pay: [2900, 4300], staff: [80, 700],
    employers: ['{A} Elektronik GmbH', '{A} Sensorik GmbH', '{A} Halbleitertechnik GmbH'],
    jobs: [
      'Mikrotechnologe (m/w/d) Reinraum', 'Elektroniker für Geräte und Systeme (m/w/d)', 'Bestücker SMD (m/w/d)',
      'Prüffeldtechniker (m/w/d)', 'Operator Reinraum (m/w/d) Schichtbetrieb',
    ],
    apprenticeships: ['Ausbildung zum Mikrotechnologen (m/w/d) {Y}', 'Ausbildung zum Elektroniker für Geräte und Systeme (m/w/d) {Y}'],
    internships: ['Praktikum Prüftechnik (m/w/d)'],
    about: [
      '{E} entwickelt und fertigt in {C} elektronische Baugruppen und Sensoren – ein Teil von Silicon Saxony.',
      'Rund {N} Beschäftigte arbeiten bei {E} in {C} an Elektronik, die in Autos, Maschinen und Medizingeräten steckt.',
    ],
    tasks: [
      'Sie bedienen Fertigungs- und Prüfanlagen in Reinraum oder Elektronikfertigung.',
      'Sie prüfen Baugruppen, suchen Fehler und reparieren sie.',
      'Sie arbeiten nach Arbeitsanweisungen und dokumentieren Ihre Ergebnisse sorgfältig.',
      'Sie unterstützen bei der Einführung neuer Produkte in die Serie.',
    ],
  },

  // Engineering
  {
    category: 'engineering', pay: [3500, 5400], staff: [10, 120],
    employers: ['Ingenieurbüro {S} & Partner', '{S} + {S2} Ingenieure GmbH', '{A} Vermessung GmbH'],
    jobs: [
      'Bauingenieur (m/w/d) Tiefbau', 'Bauleiter (m/w/d) Straßen- und Tiefbau', 'Vermessungstechniker (m/w/d)',
      'Tragwerksplaner (m/w/d)', 'Technischer Zeichner (m/w/d) Bau', 'Wasserbauingenieur (m/w/d)', 'Projektleiter Straßenbau (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Vermessungstechniker (m/w/d) {Y}', 'Ausbildung zum Bauzeichner (m/w/d) {Y}', 'Duales Studium Bauingenieurwesen (m/w/d) {Y}'],
    internships: ['Praktikum Tiefbauplanung (m/w/d)', 'Praxissemester Bauingenieurwesen (m/w/d)'],
    about: [
      '{E} plant von {C} aus Straßen, Brücken, Leitungen und Gewässer für Kommunen und Zweckverbände.',
      'Unabhängig von der Größe des Projekts begleitet {E} seine Auftraggeber von der ersten Idee bis zur Abnahme.',
    ],
    tasks: [
      'Sie planen Bauvorhaben in allen Leistungsphasen der HOAI.',
      'Sie erstellen Ausschreibungen und prüfen Angebote.',
      'Sie überwachen Baustellen, Termine und Kosten.',
      'Sie stimmen sich mit Behörden, Bauherren und Baufirmen ab.',
    ],
  },
  {
    category: 'engineering', pay: [3600, 5600], staff: [30, 400],
    employers: ['{A} Anlagenbau GmbH', '{A} Energietechnik GmbH', '{A} Automation GmbH'],
    jobs: [
      'Elektroingenieur (m/w/d) Automatisierungstechnik', 'Konstrukteur (m/w/d) Maschinenbau', 'Projektingenieur (m/w/d) Energietechnik',
      'Techniker (m/w/d) Heizung, Lüftung, Sanitär', 'Inbetriebnahmetechniker (m/w/d)', 'SPS-Programmierer (m/w/d)',
      'Prozessingenieur (m/w/d) Verfahrenstechnik',
    ],
    apprenticeships: ['Ausbildung zum Technischen Produktdesigner (m/w/d) {Y}', 'Duales Studium Elektrotechnik (m/w/d) {Y}'],
    internships: ['Praktikum Konstruktion (m/w/d)', 'Abschlussarbeit Automatisierungstechnik (m/w/d)'],
    about: [
      '{E} entwickelt und baut in {C} Anlagen für Energieversorgung, Wasserstoff und industrielle Automatisierung.',
      'Seit {F} liefert {E} von {C} aus Sondermaschinen und Steuerungstechnik an Kunden in ganz Europa.',
    ],
    tasks: [
      'Sie konstruieren Baugruppen und Anlagen mit modernen CAD-Werkzeugen.',
      'Sie programmieren Steuerungen und nehmen Anlagen beim Kunden in Betrieb.',
      'Sie führen Projekte technisch von der Angebotsphase bis zur Übergabe.',
      'Sie arbeiten eng mit Fertigung, Einkauf und Vertrieb zusammen.',
    ],
  },

  // Logistics
  {
    category: 'logistics', pay: [2500, 3400], staff: [30, 400],
    employers: ['{A} Logistik GmbH', 'Spedition {S} GmbH', '{A} Transport & Service GmbH'],
    jobs: [
      'Berufskraftfahrer CE (m/w/d) Nahverkehr', 'Fachkraft für Lagerlogistik (m/w/d)', 'Staplerfahrer (m/w/d)',
      'Disponent (m/w/d) Nahverkehr', 'Kommissionierer (m/w/d)', 'Lagerleiter (m/w/d)', 'Speditionskaufmann (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zur Fachkraft für Lagerlogistik (m/w/d) {Y}', 'Ausbildung zum Berufskraftfahrer (m/w/d) {Y}', 'Ausbildung zum Kaufmann für Spedition und Logistikdienstleistung (m/w/d) {Y}'],
    internships: ['Praktikum Disposition (m/w/d)'],
    minijobs: ['Minijob Lagerhelfer (m/w/d)'],
    about: [
      '{E} bewegt von {C} aus täglich Waren für Handel und Industrie in ganz Sachsen.',
      'Mit modernem Fuhrpark und rund {N} Beschäftigten ist {E} ein verlässlicher Partner für regionale Transporte.',
    ],
    tasks: [
      'Sie nehmen Waren an, lagern sie fachgerecht ein und kommissionieren Aufträge.',
      'Sie fahren Touren im Nahverkehr und liefern bei Kunden in der Region aus.',
      'Sie planen Touren und Fahrzeugeinsatz mit unserer Dispositionssoftware.',
      'Sie arbeiten mit Scanner, Lagerverwaltungssystem und Flurförderzeugen.',
    ],
  },
  {
    category: 'logistics', pay: [2600, 3300], staff: [20, 150],
    employers: ['{A} Omnibusverkehr GmbH', 'Reisedienst {S} GmbH'],
    jobs: [
      'Busfahrer (m/w/d) Linienverkehr', 'Fahrer (m/w/d) Schülerbeförderung', 'Werkstattmeister (m/w/d) Busbetrieb',
      'Disponent (m/w/d) Linienverkehr', 'Reisebusfahrer (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Berufskraftfahrer Personenverkehr (m/w/d) {Y}'],
    minijobs: ['Minijob Fahrer (m/w/d) Schülerbeförderung', 'Minijob Kurierfahrer (m/w/d) Klasse B'],
    about: [
      '{E} bringt in {C} und Umgebung Schulkinder, Pendler und Reisegruppen sicher ans Ziel.',
      'Seit {F} betreibt {E} Linien- und Reiseverkehr von {C} aus, heute mit rund {N} Beschäftigten.',
    ],
    tasks: [
      'Sie fahren Linien- und Schulbusse nach Fahrplan.',
      'Sie sind freundliche Ansprechperson für Fahrgäste und verkaufen Fahrscheine.',
      'Sie prüfen Ihr Fahrzeug vor Fahrtantritt und melden Mängel.',
      'Sie übernehmen bei Bedarf Sonderfahrten und Ausflugsverkehre.',
    ],
  },

  // Retail
  {
    category: 'retail', pay: [2300, 3100], staff: [15, 120],
    employers: ['{A} Frischemarkt GmbH', '{S} Lebensmittelmarkt GmbH'],
    jobs: [
      'Verkäufer (m/w/d) Lebensmittel', 'Kassierer (m/w/d)', 'Filialleiter (m/w/d)', 'Stellvertretende Marktleitung (m/w/d)',
      'Fachverkäufer (m/w/d) Fleischtheke', 'Mitarbeiter Warenverräumung (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Kaufmann im Einzelhandel (m/w/d) {Y}', 'Ausbildung zum Verkäufer (m/w/d) {Y}'],
    minijobs: ['Minijob Regalauffüller (m/w/d)', 'Aushilfe Kasse (m/w/d) Minijob'],
    about: [
      '{E} betreibt in {C} und Umgebung Märkte mit insgesamt rund {N} Beschäftigten.',
      'Frische, regionale Produkte und freundliche Beratung: Dafür kennen die Menschen in {C} {E}.',
    ],
    tasks: [
      'Sie beraten Kundinnen und Kunden und kassieren zügig und freundlich.',
      'Sie verräumen Ware, pflegen Regale und achten auf Frische und Haltbarkeit.',
      'Sie bestellen Ware nach und nehmen Lieferungen an.',
      'Sie gestalten Aktionsflächen und unterstützen bei der Inventur.',
    ],
  },
  {
    category: 'retail', pay: [2300, 3000], staff: [6, 40],
    employers: ['Modehaus {S}', 'Mode & Schuhe {S}'],
    jobs: [
      'Verkaufsberater (m/w/d) Mode', 'Verkäufer (m/w/d) Damenmode in großen Größen', 'Filialleitung (m/w/d) Modehaus',
      'Maßschneider (m/w/d) Änderungsatelier',
    ],
    apprenticeships: ['Ausbildung zum Kaufmann im Einzelhandel (m/w/d) {Y}'],
    internships: ['Praktikum Marketing', 'Praktikum E-Commerce (m/w/d)'],
    minijobs: ['Minijob Verkaufsaushilfe (m/w/d) Samstag'],
    about: [
      '{E} ist seit {F} eine feste Adresse für Mode und Schuhe in der Innenstadt von {C}.',
      'Bei {E} in {C} steht persönliche Beratung vor schnellem Verkauf.',
    ],
    tasks: [
      'Sie beraten Kundinnen und Kunden typgerecht – in jeder Größe.',
      'Sie dekorieren Schaufenster und Verkaufsflächen nach Saison.',
      'Sie pflegen unseren Onlineshop und beantworten Anfragen.',
      'Sie kümmern sich um Warenannahme, Auszeichnung und Kasse.',
    ],
  },
  {
    category: 'retail', pay: [2400, 3300], staff: [20, 90],
    employers: ['{A} Baumarkt GmbH', '{A} Bau- und Gartencenter GmbH'],
    jobs: [
      'Fachberater (m/w/d) Sanitär', 'Fachberater (m/w/d) Garten', 'Verkäufer (m/w/d) Holzzuschnitt',
      'Mitarbeiter Baustoffhandel (m/w/d)', 'Abteilungsleiter (m/w/d) Baumarkt',
    ],
    apprenticeships: ['Ausbildung zum Kaufmann im Einzelhandel (m/w/d) {Y}', 'Ausbildung zur Fachkraft für Lagerlogistik (m/w/d) {Y}'],
    minijobs: ['Minijob Verkaufshilfe (m/w/d) Gartencenter'],
    about: [
      '{E} versorgt Heimwerker, Handwerker und Gartenfreunde in {C} mit allem, was sie brauchen.',
      '{E} gehört seit {F} zu {C} und beschäftigt rund {N} Mitarbeitende.',
    ],
    tasks: [
      'Sie beraten Kundinnen und Kunden fachkundig zu Produkten und Projekten.',
      'Sie pflegen Ihre Abteilung und halten die Ware verkaufsbereit.',
      'Sie nehmen Bestellungen auf und koordinieren Lieferungen.',
      'Sie bedienen Zuschnittmaschinen und Stapler sicher.',
    ],
  },
  {
    category: 'retail', pay: [2600, 3800], staff: [12, 60],
    employers: ['Autohaus {S} GmbH', '{A} Automobile GmbH'],
    jobs: ['Automobilverkäufer (m/w/d)', 'Serviceberater (m/w/d) Kfz', 'Teiledienstmitarbeiter (m/w/d)', 'Automobilkaufmann (m/w/d)'],
    apprenticeships: ['Ausbildung zum Automobilkaufmann (m/w/d) {Y}'],
    internships: ['Praktikum Marketing'],
    minijobs: ['Minijob Fahrzeugaufbereitung (m/w/d)'],
    about: [
      '{E} ist ein Familienunternehmen in {C}, das seit {F} Neu- und Gebrauchtwagen verkauft und betreut.',
      'Rund {N} Menschen arbeiten bei {E} in Verkauf, Service und Werkstatt.',
    ],
    tasks: [
      'Sie beraten Kundinnen und Kunden beim Kauf und bei der Finanzierung von Fahrzeugen.',
      'Sie nehmen Fahrzeuge zum Service an und erklären die anstehenden Arbeiten.',
      'Sie pflegen unseren Fahrzeugbestand in den Online-Börsen.',
      'Sie bereiten Verträge und Zulassungen vor.',
    ],
  },

  // Office
  {
    category: 'office', pay: [2800, 4200], staff: [6, 35],
    employers: ['Steuerkanzlei {S}', 'Steuerberatung {S} & {S2}'],
    jobs: ['Steuerfachangestellter (m/w/d)', 'Lohnbuchhalter (m/w/d)', 'Bilanzbuchhalter (m/w/d)', 'Steuerfachwirt (m/w/d)'],
    apprenticeships: ['Ausbildung zum Steuerfachangestellten (m/w/d) {Y}'],
    internships: ['Praktikum Steuerberatung (m/w/d)'],
    minijobs: ['Minijob Bürohilfe (m/w/d)'],
    about: [
      '{E} berät seit {F} Handwerksbetriebe, Freiberufler und Familien in {C} und Umgebung.',
      'Bei {E} in {C} arbeiten {N} Kolleginnen und Kollegen papierlos und mit moderner Software.',
    ],
    tasks: [
      'Sie erstellen Finanz- und Lohnbuchhaltungen für unsere Mandanten.',
      'Sie bereiten Jahresabschlüsse und Steuererklärungen vor.',
      'Sie sind Ansprechperson für Mandantinnen und Mandanten bei Fragen rund um Belege und Fristen.',
      'Sie arbeiten mit DATEV und digitalen Belegprozessen.',
    ],
  },
  {
    category: 'office', pay: [2800, 3800], staff: [8, 60],
    employers: ['{S} Immobilien GmbH', 'Hausverwaltung {S}', '{A} Immobilienservice GmbH'],
    jobs: [
      'Immobilienkaufmann (m/w/d)', 'Sachbearbeiter Mietenbuchhaltung (m/w/d)', 'Hausmeister (m/w/d) Wohnanlagen',
      'Kundenbetreuer Vermietung (m/w/d)', 'Assistenz der Geschäftsführung (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Immobilienkaufmann (m/w/d) {Y}', 'Ausbildung zum Kaufmann für Büromanagement (m/w/d) {Y}'],
    minijobs: ['Minijob Hausmeisterhilfe (m/w/d)', 'Minijob Reinigungskraft (m/w/d) Treppenhaus'],
    about: [
      '{E} verwaltet in {C} und Umgebung rund 2.000 Wohnungen und Gewerbeeinheiten.',
      'Seit {F} kümmert sich {E} darum, dass sich Mieterinnen und Mieter in {C} zu Hause fühlen.',
    ],
    tasks: [
      'Sie betreuen Mieterinnen und Mieter von der Besichtigung bis zur Übergabe.',
      'Sie erstellen Nebenkostenabrechnungen und überwachen Zahlungseingänge.',
      'Sie beauftragen Handwerksbetriebe und kontrollieren Arbeiten vor Ort.',
      'Sie organisieren Eigentümerversammlungen und bereiten Unterlagen vor.',
    ],
  },
  {
    category: 'office', pay: [2700, 4200], staff: [25, 250],
    employers: ['{A} Dienstleistungsgruppe GmbH', '{S} Unternehmensgruppe GmbH & Co. KG', '{A} Handelsgesellschaft mbH'],
    jobs: [
      'Sachbearbeiter Buchhaltung (m/w/d)', 'Kaufmännischer Mitarbeiter (m/w/d)', 'Personalreferent (m/w/d)',
      'Bürokaufmann (m/w/d)', 'Controller (m/w/d)', 'Marketing-Manager (m/w/d)', 'Kundenservice-Mitarbeiter (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Kaufmann für Büromanagement (m/w/d) {Y}', 'Ausbildung zum Industriekaufmann (m/w/d) {Y}', 'Duales Studium BWL (m/w/d) {Y}'],
    internships: ['Praktikum Marketing', 'Praktikum Personalwesen (m/w/d)'],
    minijobs: ['Minijob Bürohilfe (m/w/d)'],
    about: [
      '{E} ist ein mittelständisches Unternehmen mit Sitz in {C} und rund {N} Beschäftigten an mehreren Standorten.',
      'Von {C} aus steuert {E} seit {F} Einkauf, Verwaltung und Vertrieb der gesamten Gruppe.',
    ],
    tasks: [
      'Sie bearbeiten Rechnungen, Zahlungen und Mahnungen.',
      'Sie unterstützen Geschäftsführung und Fachabteilungen in allen kaufmännischen Fragen.',
      'Sie pflegen Daten in ERP- und Personalsystemen.',
      'Sie bereiten Auswertungen, Präsentationen und Berichte vor.',
    ],
  },

  // Public sector: employers come from the place's administrations, not from templates
  {
    category: 'public', pay: [2900, 4700], staff: [80, 900],
    employers: [],
    jobs: [
      'Sachbearbeiter Bauverwaltung (m/w/d)', 'Sachbearbeiter Bürgerbüro (m/w/d)', 'Verwaltungsfachangestellter (m/w/d) Ordnungsamt',
      'Sachgebietsleiter Stadtplanung (m/w/d)', 'Klimaschutzmanager (m/w/d)', 'Sachbearbeiter Wirtschaftsförderung (m/w/d)',
      'Sachbearbeiter Straßen- und Tiefbau (m/w/d)', 'Mitarbeiter Bauhof (m/w/d)', 'Hausmeister (m/w/d) Schulen',
      'Gerätewart (m/w/d) Freiwillige Feuerwehr', 'IT-Administrator (m/w/d) Verwaltung', 'Sachbearbeiter Kämmerei (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Verwaltungsfachangestellten (m/w/d) {Y}', 'Duales Studium Public Management (m/w/d) {Y}', 'Ausbildung zum Straßenwärter (m/w/d) {Y}', 'Ausbildung zum Fachangestellten für Medien- und Informationsdienste (m/w/d) {Y}'],
    internships: ['Praktikum Verwaltung (m/w/d)', 'Praktikum Öffentlichkeitsarbeit (m/w/d)'],
    minijobs: ['Minijob Aufsicht (m/w/d) Stadtbibliothek', 'Minijob Kassierer (m/w/d) Freibad'],
    about: [
      '{E} sorgt mit rund {N} Beschäftigten dafür, dass das Leben in {C} funktioniert – vom Bürgerbüro bis zum Straßenbau.',
      'Als moderne Verwaltung gestaltet {E} die Zukunft von {C} mit: Bauen, Bildung, Klimaschutz und Digitalisierung.',
      '{E} ist Dienstleister für die Bürgerinnen und Bürger von {C} und bietet sichere Arbeitsplätze im öffentlichen Dienst.',
    ],
    tasks: [
      'Sie bearbeiten Anträge und Vorgänge rechtssicher und bürgerfreundlich.',
      'Sie bereiten Vorlagen für Ausschüsse und den Stadtrat vor.',
      'Sie betreuen Bauvorhaben, Ausschreibungen und Fördermittelanträge.',
      'Sie arbeiten mit anderen Ämtern, Behörden und Unternehmen der Region zusammen.',
      'Sie treiben die Digitalisierung von Verwaltungsleistungen voran.',
    ],
  },

  // Education and social work
  {
    category: 'education', pay: [3100, 4200], staff: [10, 40],
    employers: ['Kita {K} {T}', 'Kinderhaus {K} gGmbH'],
    jobs: [
      'Erzieher (m/w/d) Kindertagesstätte', 'Erzieher (m/w/d) Hort', 'Kita-Leitung (m/w/d)',
      'Heilpädagoge (m/w/d) Integration', 'Sozialassistent (m/w/d) Krippe',
    ],
    apprenticeships: ['Ausbildung zum Erzieher (m/w/d) berufsbegleitend {Y}', 'Ausbildung zum Sozialassistenten (m/w/d) {Y}'],
    internships: ['Anerkennungspraktikum Erzieher (m/w/d)', 'Freiwilliges Soziales Jahr in der Kita (m/w/d)'],
    minijobs: ['Minijob Küchenhilfe (m/w/d) Kita'],
    about: [
      'Bei {E} betreuen {N} pädagogische Fachkräfte Kinder von der Krippe bis zum Hort – mitten in {C}.',
      '{E} arbeitet seit {F} nach einem offenen Konzept mit viel Zeit im Garten und in der Natur rund um {C}.',
    ],
    tasks: [
      'Sie begleiten Kinder in ihrer Entwicklung und gestalten den Alltag in der Gruppe.',
      'Sie beobachten, dokumentieren und führen Entwicklungsgespräche mit Eltern.',
      'Sie planen Projekte, Ausflüge und Feste gemeinsam mit dem Team.',
      'Sie setzen den Sächsischen Bildungsplan kreativ um.',
    ],
  },
  {
    category: 'education', pay: [3200, 4600], staff: [15, 120],
    employers: ['Freies Schulzentrum {T} gGmbH', '{A} Bildungswerk gGmbH'],
    jobs: [
      'Lehrkraft (m/w/d) Mathematik Oberschule', 'Lehrkraft (m/w/d) Deutsch und Geschichte',
      'Dozent (m/w/d) Deutsch als Zweitsprache', 'Berufsschullehrer (m/w/d) Metalltechnik', 'Schulbegleiter (m/w/d)',
    ],
    internships: ['Praktikum Schulpädagogik (m/w/d)'],
    minijobs: ['Minijob Hausaufgabenhilfe (m/w/d)', 'Minijob Nachhilfelehrer (m/w/d)'],
    about: [
      '{E} unterrichtet und bildet in {C} Jugendliche und Erwachsene aus – in kleinen Klassen und mit viel Praxis.',
      'Seit {F} ist {E} ein freier Bildungsträger in {C} mit rund {N} Lehrkräften und Dozentinnen und Dozenten.',
    ],
    tasks: [
      'Sie unterrichten in Ihren Fächern und fördern jede Schülerin und jeden Schüler individuell.',
      'Sie arbeiten im Team an Unterrichtskonzepten und digitalen Lernangeboten.',
      'Sie begleiten Prüfungen, Praktika und Projekttage.',
      'Sie stehen Eltern und Betrieben als Ansprechperson zur Verfügung.',
    ],
  },
  {
    category: 'education', pay: [3100, 4300], staff: [12, 90],
    employers: ['Jugendhilfe {A} e. V.', '{A} Familienzentrum e. V.'],
    jobs: [
      'Sozialpädagoge (m/w/d) Schulsozialarbeit', 'Sozialarbeiter (m/w/d) Jugendhilfe', 'Pädagogische Fachkraft (m/w/d) Wohngruppe',
      'Integrationshelfer (m/w/d)', 'Streetworker (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Heilerziehungspfleger (m/w/d) {Y}'],
    internships: ['Praktikum Soziale Arbeit (m/w/d)'],
    minijobs: ['Minijob Freizeitbetreuung (m/w/d) Jugendclub'],
    about: [
      '{E} ist ein freier Träger der Kinder- und Jugendhilfe mit Angeboten in {C} und im ganzen Landkreis.',
      'Rund {N} Fachkräfte von {E} beraten und begleiten Kinder, Jugendliche und Familien in {C}.',
    ],
    tasks: [
      'Sie beraten Jugendliche und Familien in schwierigen Lebenslagen.',
      'Sie gestalten offene Angebote, Gruppenarbeit und Projekte.',
      'Sie arbeiten mit Schulen, Jugendamt und anderen Trägern zusammen.',
      'Sie dokumentieren Hilfeverläufe und wirken an Hilfeplangesprächen mit.',
    ],
  },

  // Hospitality and tourism
  {
    category: 'hospitality', pay: [2300, 3200], staff: [6, 40],
    employers: ['Landgasthof {S}', 'Gasthaus {G}', 'Restaurant {A} Stuben'],
    jobs: [
      'Koch / Köchin', 'Koch (m/w/d) à la carte', 'Servicekraft (m/w/d)', 'Restaurantfachmann (m/w/d)',
      'Küchenhilfe (m/w/d)', 'Souschef (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Koch (m/w/d) {Y}', 'Ausbildung zur Fachkraft für Gastronomie (m/w/d) {Y}', 'Ausbildung zum Restaurantfachmann (m/w/d) {Y}'],
    minijobs: ['Minijob Servicekraft (m/w/d) Wochenende', 'Minijob Spülkraft (m/w/d)'],
    about: [
      'Regionale Küche und ehrliche Gastfreundschaft: Dafür steht {E} in {C} seit {F}.',
      '{E} bewirtet in {C} Gäste aus der Region und Ausflügler – mit Saal für Familienfeiern und Biergarten.',
    ],
    tasks: [
      'Sie bereiten Gerichte der saisonalen und regionalen Küche zu.',
      'Sie betreuen Gäste am Tisch, beraten zu Speisen und Getränken und kassieren.',
      'Sie planen Feiern und Veranstaltungen mit.',
      'Sie achten auf Hygiene, Mise en Place und Warenwirtschaft.',
    ],
  },
  {
    category: 'hospitality', pay: [2300, 3200], staff: [10, 70],
    employers: ['Hotel {A} Hof', 'Pension {S}', '{A} Ferienpark GmbH'],
    jobs: [
      'Hotelfachmann (m/w/d) Rezeption', 'Housekeeping-Mitarbeiter (m/w/d)', 'Nachtportier (m/w/d)',
      'Veranstaltungskaufmann (m/w/d)', 'Teamleitung Housekeeping (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Hotelfachmann (m/w/d) {Y}', 'Ausbildung zum Kaufmann für Hotelmanagement (m/w/d) {Y}'],
    internships: ['Praktikum Hotelmanagement (m/w/d)'],
    minijobs: ['Minijob Zimmerreinigung (m/w/d)', 'Minijob Frühstücksservice (m/w/d)'],
    about: [
      '{E} empfängt in {C} Geschäftsreisende, Familien und Radtouristen – mit {N} Beschäftigten und viel Herz.',
      'Seit {F} ist {E} in {C} ein Haus, in dem Gäste gern wiederkommen.',
    ],
    tasks: [
      'Sie empfangen Gäste, checken sie ein und aus und geben Ausflugstipps für die Region.',
      'Sie sorgen für saubere, gemütliche Zimmer.',
      'Sie bearbeiten Reservierungen und Anfragen per Telefon und E-Mail.',
      'Sie organisieren Tagungen, Hochzeiten und Feiern.',
    ],
  },
  {
    category: 'hospitality', pay: [2400, 3300], staff: [10, 60],
    employers: ['{A} Freizeit- und Tourismus GmbH', 'Tourismus- und Bädergesellschaft {T} mbH'],
    jobs: [
      'Mitarbeiter Tourist-Information (m/w/d)', 'Fachangestellter für Bäderbetriebe (m/w/d)', 'Rettungsschwimmer (m/w/d) Saison',
      'Marketingmanager Tourismus (m/w/d)', 'Gästeführer (m/w/d)',
    ],
    apprenticeships: ['Ausbildung zum Fachangestellten für Bäderbetriebe (m/w/d) {Y}', 'Ausbildung zum Tourismuskaufmann (m/w/d) {Y}'],
    internships: ['Praktikum Tourismusmarketing (m/w/d)'],
    minijobs: ['Minijob Eisverkäufer (m/w/d) Saison', 'Minijob Kasse (m/w/d) Freibad'],
    about: [
      '{E} betreibt in {C} Tourist-Information, Freibad und Freizeitangebote für Einheimische und Gäste.',
      '{E} macht {C} und die Region bekannt – mit Radwegen, Führungen, Festen und Angeboten für Familien.',
    ],
    tasks: [
      'Sie beraten Gäste zu Ausflügen, Unterkünften und Veranstaltungen.',
      'Sie sorgen für Sicherheit am Becken und die Technik des Bades.',
      'Sie entwickeln Angebote und Kampagnen für Gäste aus dem In- und Ausland.',
      'Sie pflegen Inhalte auf Website und Social Media.',
    ],
  },
];

// ---------------------------------------------------------------------------
// Shared sentence pools for the profile and offer paragraphs

const surnames = [
  'Hörnig', 'Richter', 'Lehmann', 'Kretschmer', 'Schöne', 'Pietsch', 'Wünsche', 'Zschiesche', 'Jähnig', 'Kühne',
  'Dörfel', 'Hänsel', 'Krause', 'Großmann', 'Seifert', 'Nitsche', 'Böhme', 'Fröhlich', 'Günther', 'Paschke',
  'Mättig', 'Rößler', 'Domschke', 'Wuttke', 'Kaiser',
];
const kitaNames = ['Sonnenschein', 'Regenbogen', 'Pusteblume', 'Spatzennest', 'Zwergenland', 'Waldwichtel'];
const innNames = ['Zum Goldenen Löwen', 'Zum Hirsch', 'Zur Linde', 'Am Markt', 'Zur Mühle'];

const profiles: Readonly<Record<CategoryId, readonly string[]>> = {
  it: [
    'Sie haben eine Ausbildung oder ein Studium in der Informatik oder vergleichbare Praxiserfahrung.',
    'Sie kennen sich mit Git, Linux und modernen Entwicklungswerkzeugen aus.',
    'Sie erklären komplexe Technik gern verständlich.',
  ],
  health: [
    'Sie haben eine abgeschlossene Ausbildung in einem Gesundheitsberuf oder ein Medizinstudium.',
    'Empathie und Belastbarkeit gehören zu Ihren Stärken.',
    'Sie sind bereit, im Schichtdienst oder nach Dienstplan zu arbeiten.',
  ],
  crafts: [
    'Sie haben eine abgeschlossene Ausbildung im Handwerk, gern mit Berufserfahrung.',
    'Sie arbeiten sorgfältig und haben ein gutes technisches Verständnis.',
    'Sie haben Freude an Handarbeit und legen Wert auf Qualität.',
  ],
  manufacturing: [
    'Sie haben eine technische Ausbildung, zum Beispiel im Metall-, Elektro- oder Kunststoffbereich.',
    'Sie sind bereit, im Zwei- oder Dreischichtsystem zu arbeiten.',
    'Qualitätsbewusstsein und Zuverlässigkeit zeichnen Sie aus.',
  ],
  engineering: [
    'Sie haben ein ingenieurwissenschaftliches Studium oder sind staatlich geprüfter Techniker (m/w/d).',
    'Sie arbeiten sicher mit CAD- und Berechnungsprogrammen.',
    'Sie behalten auch bei mehreren Projekten gleichzeitig den Überblick.',
  ],
  logistics: [
    'Sie haben eine Ausbildung in der Logistik oder Erfahrung im Lager oder als Fahrerin oder Fahrer.',
    'Für Fahrtätigkeiten besitzen Sie den passenden Führerschein und die Fahrerkarte.',
    'Sie sind zuverlässig, pünktlich und arbeiten gern eigenständig.',
  ],
  retail: [
    'Sie haben Erfahrung im Verkauf oder eine Ausbildung im Einzelhandel.',
    'Der Umgang mit Kundinnen und Kunden macht Ihnen Freude.',
    'Sie sind bereit, auch an Samstagen zu arbeiten.',
  ],
  office: [
    'Sie haben eine kaufmännische Ausbildung oder ein betriebswirtschaftliches Studium.',
    'Sie arbeiten sicher mit MS Office und sind offen für neue Software.',
    'Sie sind strukturiert, diskret und kommunikationsstark.',
  ],
  public: [
    'Sie haben eine Ausbildung oder ein Studium in der öffentlichen Verwaltung oder eine vergleichbare Qualifikation.',
    'Sie arbeiten bürgernah, rechtssicher und lösungsorientiert.',
    'Sie arbeiten gern mit Bürgerinnen und Bürgern, Ämtern und Unternehmen zusammen.',
  ],
  education: [
    'Sie haben einen pädagogischen Abschluss oder eine staatliche Anerkennung als Erzieherin oder Erzieher.',
    'Sie begegnen Kindern, Jugendlichen und Familien mit Respekt und Geduld.',
    'Ein erweitertes Führungszeugnis legen Sie vor Arbeitsbeginn vor.',
  ],
  hospitality: [
    'Sie haben eine Ausbildung in Gastronomie oder Hotellerie oder Erfahrung im Service.',
    'Sie sind gern Gastgeberin oder Gastgeber und behalten auch im Trubel die Ruhe.',
    'Sie sind bereit, an Wochenenden und Feiertagen zu arbeiten.',
  ],
};

const genericProfile = [
  'Gute Deutschkenntnisse (mindestens B2) setzen wir voraus.',
  'Ein Führerschein der Klasse B ist von Vorteil.',
  'Sie arbeiten selbstständig, sorgfältig und gern im Team.',
  'Quereinsteigerinnen und Quereinsteiger mit passender Erfahrung sind willkommen.',
];

const apprenticeProfile = [
  'Sie haben einen guten Haupt- oder Realschulabschluss oder machen ihn in diesem Schuljahr.',
  'Sie sind neugierig, zuverlässig und arbeiten gern mit anderen zusammen.',
  'Ein Schnuppertag vorab ist jederzeit möglich.',
];
const studyProfile = [
  'Sie haben das Abitur oder die Fachhochschulreife oder erwerben sie in diesem Schuljahr.',
  'Sie verbinden gern Theorie an der Hochschule mit Praxis im Betrieb.',
];
const internProfile = [
  'Sie studieren ein passendes Fach oder suchen ein Pflichtpraktikum im Rahmen Ihrer Ausbildung.',
  'Sie möchten Praxis sammeln und dabei die Region kennenlernen.',
  'Die Dauer des Praktikums stimmen wir flexibel mit Ihnen ab.',
];
const miniProfile = [
  'Sie suchen einen Nebenjob mit flexiblen Zeiten – gern auch als Studentin, Student oder in Rente.',
  'Erfahrung ist schön, aber keine Bedingung; wir arbeiten Sie gründlich ein.',
];

const offers = [
  'Einen unbefristeten Arbeitsvertrag und ein faires Gehalt.',
  '30 Tage Urlaub, dazu frei am 24. und 31. Dezember.',
  'Flexible Arbeitszeiten und – wo es die Aufgabe erlaubt – mobiles Arbeiten.',
  'Ein Deutschlandticket als Jobticket mit Zuschuss.',
  'Betriebliche Altersvorsorge und vermögenswirksame Leistungen.',
  'Eine strukturierte Einarbeitung mit festen Ansprechpartnern.',
  'Weiterbildungen, die wir fördern und bezahlen.',
  'Ein Dienstfahrrad zum Leasing.',
  'Ein familiäres Team, in dem man sich kennt.',
  'Gesundheitsangebote vom Rückenkurs bis zum Obstkorb.',
  'Hilfe bei der Wohnungssuche für alle, die in die Region zurückkehren oder neu herziehen.',
];
const publicOffers = ['Eine Vergütung nach TVöD mit Jahressonderzahlung.', 'Einen sicheren Arbeitsplatz und Gleitzeit.'];
const apprenticeOffers = [
  'Eine Ausbildungsvergütung über dem Durchschnitt und gute Chancen auf Übernahme.',
  'Feste Ausbilderinnen und Ausbilder und Unterstützung bei der Prüfungsvorbereitung.',
];
const internOffers = ['Eine Betreuung, die sich Zeit für Ihre Fragen nimmt.', 'Echte Aufgaben statt Kaffeekochen.'];
const miniOffers = ['Flexible Einsätze auf Minijob-Basis, abgestimmt auf Ihren Kalender.'];
const partTimeOffers = ['Teilzeit zwischen 20 und 30 Stunden pro Woche – die Verteilung stimmen wir gemeinsam ab.'];
const aboutClosers = [
  'Wir wachsen und suchen zum nächstmöglichen Zeitpunkt Verstärkung.',
  'Für unser Team suchen wir ab sofort engagierte Unterstützung.',
  'Zur Verstärkung unseres Teams in {C} suchen wir Sie.',
  'Wir freuen uns ausdrücklich auch über Bewerbungen von Rückkehrerinnen und Rückkehrern.',
  'Flache Hierarchien und kurze Entscheidungswege prägen unsere Arbeit.',
];

// ---------------------------------------------------------------------------
// Employers

interface Employer {
  name: string;
  domain: string;
  isPublic: boolean;
  url?: string;
  city: string;
  postalCode: string;
  lat: number;
  lon: number;
  staff: number;
  founded: number;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function placeEmployer(rng: Rng, place: Place, name: string, domain: string, isPublic: boolean, sector: Sector): Employer {
  const [postalCode, lat, lon] = pick(rng, place.quarters);
  const employer: Employer = {
    name, domain, isPublic, city: place.city, postalCode,
    // Jitter of up to ~700 m so markers don't stack exactly on the town centre.
    lat: round(lat + (rng() - 0.5) * 0.012, 5),
    lon: round(lon + (rng() - 0.5) * 0.018, 5),
    staff: Math.round(intBetween(rng, sector.staff[0], sector.staff[1]) / 5) * 5 || 5,
    founded: intBetween(rng, 1990, 2018),
  };
  if (isPublic || rng() < 0.8) employer.url = `https://www.${domain}`;
  return employer;
}

/** 1–3 employers (2–4 in Dresden) for one partner and sector, seeded by both. */
function buildRoster(partner: string, sectorIndex: number): Employer[] {
  const sector = sectors[sectorIndex];
  if (sector === undefined) throw new Error(`no sector ${sectorIndex}`);
  const rng = mulberry32(hash(`${partner}|${sectorIndex}`));
  const partnerPlaces = places.filter((p) => p.partner === partner);
  const choosePlace = (): Place => {
    let r = rng() * partnerPlaces.reduce((s, p) => s + p.weight, 0);
    for (const p of partnerPlaces) if ((r -= p.weight) < 0) return p;
    return pick(rng, partnerPlaces);
  };

  if (sector.category === 'public') {
    return partnerPlaces.flatMap((place) =>
      place.administrations.map(([name, domain]) => placeEmployer(rng, place, name, domain, true, sector)),
    );
  }

  const size = partner === 'dresden' ? intBetween(rng, 2, 4) : intBetween(rng, 1, 3);
  const roster: Employer[] = [];
  for (let attempt = 0; roster.length < size && attempt < 20; attempt++) {
    const place = choosePlace();
    const [s1, s2] = sample(rng, surnames, 2);
    const name = fill(pick(rng, sector.employers), {
      A: pick(rng, place.words), S: s1 ?? 'Richter', S2: s2 ?? 'Lehmann', T: place.city,
      K: pick(rng, kitaNames), G: pick(rng, innNames),
    });
    if (roster.some((e) => e.name === name)) continue;
    roster.push(placeEmployer(rng, place, name, `${slugify(name, 40)}.de`, false, sector));
  }
  return roster;
}

// ---------------------------------------------------------------------------
// Jobs

const SEED = 0x5eed2014; // the region's founding year, for fun
const DAY = 24 * 60 * 60 * 1000;

function chooseType(rng: Rng): EmploymentType {
  const r = rng();
  if (r < 0.1) return 'apprenticeship';
  if (r < 0.15) return 'internship';
  if (r < 0.2) return 'mini-job';
  if (r < 0.4) return 'part-time';
  return 'full-time';
}

function titlesFor(sector: Sector, type: EmploymentType): readonly string[] | undefined {
  switch (type) {
    case 'apprenticeship': return sector.apprenticeships;
    case 'internship': return sector.internships;
    case 'mini-job': return sector.minijobs;
    default: return sector.jobs;
  }
}

function salaryFor(rng: Rng, sector: Sector, type: EmploymentType, isPublic: boolean): SampleJob['salary'] {
  const chance = { 'full-time': 0.45, 'part-time': 0.45, apprenticeship: 0.7, internship: 0.45, 'mini-job': 0.8 }[type];
  if (rng() >= (isPublic ? 0.9 : chance)) return undefined;

  const round50 = (v: number) => Math.round(v / 50) * 50;
  const onlyMin = rng() < 0.2;
  const range = (min: number, max: number, period: 'hour' | 'month' | 'year') =>
    onlyMin ? { min, currency: 'EUR' as const, period } : { min, max, currency: 'EUR' as const, period };

  switch (type) {
    case 'apprenticeship': {
      const min = 900 + 50 * intBetween(rng, 0, 3);
      return range(min, min + 50 * intBetween(rng, 2, 4), 'month');
    }
    case 'internship':
      return { min: round50(550 + rng() * 500), currency: 'EUR', period: 'month' };
    case 'mini-job': {
      const min = 14 + 0.25 * intBetween(rng, 0, 6);
      return range(min, min + intBetween(rng, 1, 2), 'hour');
    }
    default: {
      const [lo, hi] = sector.pay;
      const monthMin = lo + rng() * (hi - lo) * 0.6;
      const monthMax = Math.min(hi + 200, monthMin + (hi - lo) * (0.25 + rng() * 0.4));
      if (type === 'part-time') {
        if (rng() < 0.4) {
          const hourly = (v: number) => Math.round((v / 168) * 2) / 2;
          return range(hourly(monthMin), hourly(monthMax), 'hour');
        }
        const share = 0.5 + rng() * 0.25;
        return range(round50(monthMin * share), round50(monthMax * share), 'month');
      }
      if ((sector.category === 'it' || sector.category === 'engineering') && rng() < 0.35) {
        const k = (v: number) => Math.round((v * 12) / 1000) * 1000;
        return range(k(monthMin), k(monthMax), 'year');
      }
      return range(round50(monthMin), round50(monthMax), 'month');
    }
  }
}

function describe(rng: Rng, sector: Sector, type: EmploymentType, title: string, employer: Employer, place: Place): string {
  const vars = { E: employer.name, C: employer.city, N: employer.staff, F: employer.founded };
  const about = [pick(rng, sector.about), pick(rng, aboutClosers)].map((s) => fill(s, vars)).join(' ');

  const tasks = `Ihre Aufgaben: ${sample(rng, sector.tasks, intBetween(rng, 2, 3)).map((s) => fill(s, vars)).join(' ')}`;

  let profile: string[];
  if (type === 'apprenticeship') profile = sample(rng, /Studium/.test(title) ? studyProfile : apprenticeProfile, 2);
  else if (type === 'internship') profile = sample(rng, internProfile, 2);
  else if (type === 'mini-job') profile = sample(rng, miniProfile, 1);
  else profile = [...sample(rng, profiles[sector.category], 2), pick(rng, genericProfile)];

  const offerPool = [...offers, ...(employer.isPublic ? publicOffers : [])];
  const special =
    type === 'apprenticeship' ? apprenticeOffers
    : type === 'internship' ? internOffers
    : type === 'mini-job' ? miniOffers
    : type === 'part-time' ? partTimeOffers
    : [];
  const offer = [...special.slice(0, 1), ...sample(rng, offerPool, intBetween(rng, 1, 2)), place.commute];

  // Mini-jobs keep it short: the profile sentence follows the tasks instead of a paragraph of its own.
  const paragraphs =
    type === 'mini-job'
      ? [about, `${tasks} ${profile.join(' ')}`]
      : [about, tasks, `Ihr Profil: ${profile.join(' ')}`];
  paragraphs.push(`Wir bieten: ${offer.join(' ')}`);
  return paragraphs.join('\n\n');
}

/**
 * `count` jobs published within the 60 days before `now`, all still valid at `now`.
 * Same `now` and `count` → same jobs; job N does not depend on `count`.
 */
export function createSampleJobs(now: Date, count = 320): SampleJob[] {
  const nowMinute = Math.floor(now.getTime() / 60000) * 60000;
  // Apprenticeships start in August/September: from July on, advertise next year's.
  const startYear = now.getUTCFullYear() + (now.getUTCMonth() >= 6 ? 1 : 0);
  const cycle = partnerCycle();
  const rosters = new Map<string, Employer[]>();
  const roster = (partner: string, sectorIndex: number): Employer[] => {
    const key = `${partner}|${sectorIndex}`;
    let list = rosters.get(key);
    if (!list) rosters.set(key, (list = buildRoster(partner, sectorIndex)));
    return list;
  };

  const jobs: SampleJob[] = [];
  const posted = new Set<string>();
  const externalIds = new Set<string>();
  for (let i = 0; i < count; i++) {
    const rng = mulberry32(hash(`job|${i}`) ^ SEED);
    const partner = cycle[i % cycle.length] ?? 'dresden';
    const weights = categoryWeights[partner];
    if (!weights) throw new Error(`no category weights for ${partner}`);

    let type = chooseType(rng);
    const category = weighted(rng, weights);
    const inCategory = sectors.map((s, index) => ({ s, index })).filter(({ s }) => s.category === category);
    let candidates = inCategory.filter(({ s }) => titlesFor(s, type)?.length);
    if (candidates.length === 0) {
      // No such kind of job in this field (e.g. mini-jobs for engineers): fall back.
      type = type === 'mini-job' ? 'part-time' : 'full-time';
      candidates = inCategory;
    }
    const { s: sector, index: sectorIndex } = pick(rng, candidates);
    const employer = pick(rng, roster(partner, sectorIndex));
    const place = places.find((p) => p.partner === partner && p.city === employer.city);
    if (!place) throw new Error(`no place ${employer.city}`);

    // Re-roll a title the same employer already posts (only earlier jobs count, so prefixes stay stable).
    let title = '';
    for (let attempt = 0; attempt < 6 && (title === '' || posted.has(`${employer.name}|${title}`)); attempt++) {
      title = fill(pick(rng, titlesFor(sector, type) ?? sector.jobs), { Y: startYear });
      if (type === 'part-time') title += pick(rng, [' in Teilzeit', ' – Teilzeit (20–30 Std.)', '']);
    }
    posted.add(`${employer.name}|${title}`);

    const id = `job-${String(i + 1).padStart(4, '0')}`;
    const ageMinutes = Math.floor(rng() * 60 * 24 * 60);
    const published = nowMinute - ageMinutes * 60000;

    const job: SampleJob = {
      id,
      title,
      employer: employer.url ? { name: employer.name, url: employer.url } : { name: employer.name },
      partner,
      location: { city: employer.city, postalCode: employer.postalCode, lat: employer.lat, lon: employer.lon },
      category,
      employmentType: type,
      publishedAt: new Date(published).toISOString(),
      description: describe(rng, sector, type, title, employer, place),
      source: 'manual',
    };

    const salary = salaryFor(rng, sector, type, employer.isPublic);
    if (salary) job.salary = salary;

    if (rng() < 0.85) {
      // 30–90 days, but never already expired at `now`.
      const minDays = Math.max(30, Math.ceil(ageMinutes / 1440) + 7);
      job.validThrough = new Date(published + intBetween(rng, minDays, 90) * DAY).toISOString();
    }

    const titleSlug = slugify(title, 50);
    const how = rng();
    const applyUrl = employer.isPublic
      ? `https://www.${employer.domain}/stellenangebote/${titleSlug}`
      : `https://karriere.${employer.domain}/stellen/${String(i + 1).padStart(4, '0')}-${titleSlug}`;
    const applyEmail = `${employer.isPublic ? 'personal' : 'bewerbung'}@${employer.domain}`;
    if (how < 0.75) job.applyUrl = applyUrl;
    if (how >= 0.45) job.applyEmail = applyEmail;

    if (rng() < 0.3) {
      // One source never repeats an id (the server enforces that): a number drawn before moves on to the next
      // free one; when all 900 are taken (benchmarks generate thousands of jobs) the job's own number is added.
      // Only earlier jobs count, so job N keeps its id whatever `count` is.
      const prefix = `${employer.isPublic ? 'AUS' : 'REF'}-${startYear}-`;
      let number = intBetween(rng, 100, 999);
      for (let tries = 0; tries < 900 && externalIds.has(`${prefix}${number}`); tries++) number = number === 999 ? 100 : number + 1;
      job.externalId = externalIds.has(`${prefix}${number}`) ? `${prefix}${number}-${i + 1}` : `${prefix}${number}`;
      externalIds.add(job.externalId);
    }

    jobs.push(job);
  }
  return jobs;
}
