import type { EmploymentType, Partner } from '@wachstumsregion/domain/contract';
import { categorise, type CategoryTable } from './categories.js';
import { htmlToText } from './html-text.js';
import type { ImportedJob } from './import-jobs.js';
import { matchPartner, type PartnerMatchOptions } from './partner-match.js';

export const baSource = 'ba-jobsuche';

type BaPlace = { plz?: string; ort?: string; region?: string; land?: string; strasse?: string; koordinaten?: { lat?: number; lon?: number } };

/** One opening of `GET /pc/v4/jobs` (bundesAPI jobsuche), the fields we use; v6 openings are read into this shape. */
export interface BaOpening {
  refnr: string;
  titel?: string;
  beruf?: string;
  arbeitgeber?: string;
  arbeitsort?: BaPlace;
  /** Further places of work (v6 lists several); the first that lies in the region counts. */
  weitereArbeitsorte?: BaPlace[];
  aktuelleVeroeffentlichungsdatum?: string;
  eintrittsdatum?: string;
  modifikationsTimestamp?: string;
  externeUrl?: string;
  /** Not in every answer; read when present. */
  arbeitszeit?: string;
  arbeitszeitmodelle?: string[];
  angebotsart?: string;
}

/** Working-time flags of v6 answers (search and details). */
interface BaV6WorkingTime {
  arbeitszeitVollzeit?: boolean;
  arbeitszeitTeilzeitVormittag?: boolean;
  arbeitszeitTeilzeitNachmittag?: boolean;
  arbeitszeitTeilzeitAbend?: boolean;
  arbeitszeitTeilzeitFlexibel?: boolean;
  arbeitszeitSchichtNachtWochenende?: boolean;
  istGeringfuegigeBeschaeftigung?: boolean;
  stellenangebotsart?: string;
}

/**
 * One opening of `GET /pc/v6/jobs`: the v4 fields renamed (`referenznummer`, `stellenangebotsTitel`, `firma`,
 * `hauptberuf`, `datumErsteVeroeffentlichung`, `aenderungsdatum`, `externeURL`), the place a list
 * `stellenlokationen` of `{ adresse, breite, laenge }`, the working time as flags.
 */
export interface BaV6Opening extends BaV6WorkingTime {
  referenznummer?: string;
  stellenangebotsTitel?: string;
  hauptberuf?: string;
  alleBerufe?: string[];
  firma?: string;
  stellenlokationen?: { adresse?: { plz?: string; ort?: string; region?: string; land?: string; strasse?: string }; breite?: number; laenge?: number }[];
  datumErsteVeroeffentlichung?: string;
  veroeffentlichungszeitraum?: { von?: string };
  eintrittszeitraum?: { von?: string };
  aenderungsdatum?: string;
  externeURL?: string;
}

/** A search answer: v4 lists `stellenangebote`, v6 `ergebnisliste` (absent when nothing matched). */
export interface BaSearchAnswer {
  stellenangebote?: BaOpening[];
  ergebnisliste?: BaV6Opening[];
  maxErgebnisse?: number | string;
  page?: number | string;
  size?: number | string;
}

/** `GET /pc/v4/jobdetails/{base64 refnr}`, the fields we use: the older names and the renamed ones. */
export interface BaDetails extends BaV6WorkingTime {
  stellenbeschreibung?: string;
  stellenangebotsBeschreibung?: string;
  titel?: string;
  stellenangebotsTitel?: string;
  arbeitszeitmodelle?: string[];
  arbeitszeit?: string;
  angebotsart?: string;
  verguetung?: string;
  externeUrl?: string;
  externeURL?: string;
}

/** v6 working-time flags as the v4 words (`VOLLZEIT`, `TEILZEIT`, `MINIJOB`, …) the mapping reads. */
function workingTimeWords(flags: BaV6WorkingTime): string[] {
  const words: string[] = [];
  if (flags.arbeitszeitVollzeit) words.push('VOLLZEIT');
  if (flags.arbeitszeitTeilzeitVormittag || flags.arbeitszeitTeilzeitNachmittag || flags.arbeitszeitTeilzeitAbend || flags.arbeitszeitTeilzeitFlexibel) words.push('TEILZEIT');
  if (flags.arbeitszeitSchichtNachtWochenende) words.push('SCHICHT_NACHTARBEIT_WOCHENENDE');
  if (flags.istGeringfuegigeBeschaeftigung) words.push('MINIJOB');
  return words;
}

/** A v6 opening in the v4 shape the mapping reads. */
export function fromV6Opening(opening: BaV6Opening): BaOpening {
  const places: BaPlace[] = (Array.isArray(opening.stellenlokationen) ? opening.stellenlokationen : []).map((location) => ({
    ...(location?.adresse ?? {}),
    ...(location?.breite != null && location?.laenge != null && { koordinaten: { lat: location.breite, lon: location.laenge } }),
  }));
  const words = workingTimeWords(opening);
  return {
    refnr: opening.referenznummer as string,
    titel: opening.stellenangebotsTitel,
    beruf: opening.hauptberuf ?? opening.alleBerufe?.[0],
    arbeitgeber: opening.firma,
    arbeitsort: places[0],
    weitereArbeitsorte: places.slice(1),
    aktuelleVeroeffentlichungsdatum: opening.datumErsteVeroeffentlichung ?? opening.veroeffentlichungszeitraum?.von,
    eintrittsdatum: opening.eintrittszeitraum?.von,
    modifikationsTimestamp: opening.aenderungsdatum,
    externeUrl: opening.externeURL,
    ...(words.length && { arbeitszeitmodelle: words }),
    angebotsart: opening.stellenangebotsart,
  };
}

/**
 * The openings of a search answer of either version. A v6 answer without `ergebnisliste` is empty only when it
 * says so (`maxErgebnisse` 0); anything else without a list is not a search answer.
 */
export function baOpenings(answer: BaSearchAnswer): BaOpening[] {
  if (answer && typeof answer === 'object') {
    if (Array.isArray(answer.stellenangebote)) return answer.stellenangebote;
    if (Array.isArray(answer.ergebnisliste)) return answer.ergebnisliste.map(fromV6Opening);
    if (answer.maxErgebnisse !== undefined && Number(answer.maxErgebnisse) === 0) return [];
  }
  throw new Error('A BA search answer has no stellenangebote or ergebnisliste list.');
}

export interface BaMapOptions extends PartnerMatchOptions {
  partners: readonly Partner[];
  categories: ReadonlySet<string>;
  fallbackCategory: string;
  categoryTable?: CategoryTable;
  /** The search's `angebotsart`: 4 is Ausbildung (apprenticeship), 34 Praktikum/Trainee. */
  angebotsart?: number;
}

export interface BaSkipped {
  refnr: string;
  reason: string;
}

/** Working-time words of the BA (`VOLLZEIT`, `TEILZEIT`, `MINIJOB`, "Teilzeit - flexibel", …) as our kind. */
export function baEmploymentType(opening: BaOpening, details: BaDetails | undefined, angebotsart?: number): EmploymentType {
  if (angebotsart === 4) return 'apprenticeship';
  if (angebotsart === 34) return 'internship';
  const words = [opening.angebotsart, details?.angebotsart ?? details?.stellenangebotsart, opening.arbeitszeit, details?.arbeitszeit, ...(opening.arbeitszeitmodelle ?? []), ...(details?.arbeitszeitmodelle ?? []), ...(details ? workingTimeWords(details) : [])]
    .filter((word): word is string => typeof word === 'string')
    .map((word) => word.toLowerCase());
  const has = (stem: string) => words.some((word) => word.includes(stem));
  if (has('ausbildung')) return 'apprenticeship';
  if (has('praktikum') || has('trainee')) return 'internship';
  if (has('minijob') || has('geringf')) return 'mini-job';
  if (has('teilzeit') && !has('vollzeit')) return 'part-time';
  return 'full-time';
}

/** A BA date (`2024-05-02` or a timestamp) as an ISO date-time; undefined when unreadable. */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const httpUrl = (value: string | undefined) => (value && /^https?:\/\/\S+$/i.test(value) && value.length <= 2048 ? value : undefined);

/** The BA's public page of an opening. */
export const baJobPage = (refnr: string) => `https://www.arbeitsagentur.de/jobsuche/jobdetail/${encodeURIComponent(refnr)}`;

/**
 * Openings of BA search answers as jobs of the region: the place mapped to a partner (postcode, town, else the
 * nearest town within 25 km; outside the region: skipped and listed), `beruf` and `titel` to a category
 * through the keyword table, the description from the details (HTML reduced to text). An opening without
 * `refnr` or a readable publication date is skipped too; the same `refnr` on two pages counts once.
 */
export function mapBaJobs(answers: readonly BaSearchAnswer[], details: ReadonlyMap<string, BaDetails>, options: BaMapOptions): { jobs: ImportedJob[]; skipped: BaSkipped[] } {
  const jobs: ImportedJob[] = [];
  const skipped: BaSkipped[] = [];
  const seen = new Set<string>();
  for (const answer of answers) {
    for (const opening of baOpenings(answer)) {
      const refnr = typeof opening?.refnr === 'string' ? opening.refnr.trim() : '';
      if (!refnr) {
        skipped.push({ refnr: '', reason: 'no refnr' });
        continue;
      }
      if (seen.has(refnr)) continue;
      seen.add(refnr);
      // The first place of work that lies in the region decides (v6 may list several).
      const readPlace = (place: BaPlace) => {
        const lat = Number(place.koordinaten?.lat);
        const lon = Number(place.koordinaten?.lon);
        const hasPoint = place.koordinaten?.lat != null && place.koordinaten?.lon != null && Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
        const postalCode = /^[0-9]{5}$/.test(String(place.plz ?? '')) ? String(place.plz) : undefined;
        return { place, lat, lon, hasPoint, postalCode, partner: matchPartner({ postalCode, city: place.ort, ...(hasPoint && { lat, lon }) }, options.partners, options) };
      };
      const candidates = [opening.arbeitsort ?? {}, ...(opening.weitereArbeitsorte ?? [])].map(readPlace);
      const { place, lat, lon, hasPoint, postalCode, partner } = candidates.find((candidate) => candidate.partner) ?? candidates[0]!;
      if (!partner) {
        skipped.push({ refnr, reason: `outside the region (${[place.plz, place.ort].filter(Boolean).join(' ') || 'no place'})` });
        continue;
      }
      const publishedAt = isoDate(opening.aktuelleVeroeffentlichungsdatum) ?? isoDate(opening.modifikationsTimestamp);
      if (!publishedAt) {
        skipped.push({ refnr, reason: 'no publication date' });
        continue;
      }
      const detail = details.get(refnr);
      const title = (opening.titel || detail?.titel || detail?.stellenangebotsTitel || opening.beruf || '').trim();
      if (!title) {
        skipped.push({ refnr, reason: 'no title' });
        continue;
      }
      const employer = opening.arbeitgeber?.trim() || 'Arbeitgeber nicht genannt';
      const description = htmlToText(detail?.stellenbeschreibung ?? detail?.stellenangebotsBeschreibung ?? '') || [title, opening.beruf && opening.beruf !== title ? `Beruf: ${opening.beruf}` : '', `${employer}, ${place.ort ?? ''}`.replace(/, $/, '')].filter(Boolean).join('\n\n');
      jobs.push({
        externalId: refnr,
        title,
        employer: { name: employer },
        partner,
        location: { city: (place.ort || options.partners.find((candidate) => candidate.id === partner)!.name).trim(), ...(postalCode && { postalCode }), ...(hasPoint && { lat, lon }) },
        category: categorise([opening.beruf, title], options.categories, options.fallbackCategory, options.categoryTable),
        employmentType: baEmploymentType(opening, detail, options.angebotsart),
        publishedAt,
        description,
        applyUrl: httpUrl(opening.externeUrl) ?? httpUrl(detail?.externeUrl ?? detail?.externeURL) ?? baJobPage(refnr),
      });
    }
  }
  return { jobs, skipped };
}

export interface BaFetchOptions {
  /** A `fetch` (injected: tests pass a stub; the server passes the global one). */
  fetch: typeof globalThis.fetch;
  /** The `X-API-Key` header (the public client id of the jobsuche app, from configuration). */
  apiKey: string;
  /** `https://rest.arbeitsagentur.de/jobboerse/jobsuche-service`, from configuration. */
  baseUrl: string;
  wo: string;
  umkreis?: number;
  angebotsart?: number;
  size?: number;
  /** Stop after this many pages even if the answer promises more. */
  maxPages?: number;
  /** Fetch `/pc/v4/jobdetails` for each opening (the description); default true. */
  details?: boolean;
  /** The search path; `/pc/v6/jobs` (the current one) unless given. */
  searchPath?: string;
}

/** The search the BA answers today: `/pc/v4/jobs` answers 404 since mid-2026 (see the README). */
export const baSearchPath = '/pc/v6/jobs';

/** The base64 of a refnr, as the details path wants it. */
export const baDetailsPath = (refnr: string) => `/pc/v4/jobdetails/${Buffer.from(refnr, 'utf8').toString('base64')}`;

/**
 * All search pages for a place, then the details of each opening. Any failed request (status, network, not
 * JSON) throws, so a run that breaks halfway imports nothing rather than retiring the jobs it did not see; only
 * a details 404 (an opening withdrawn meanwhile) is taken as "no description".
 */
export async function fetchBaJobs(options: BaFetchOptions): Promise<{ answers: BaSearchAnswer[]; details: Map<string, BaDetails> }> {
  const size = options.size ?? 100;
  const maxPages = options.maxPages ?? 50;
  const base = options.baseUrl.replace(/\/+$/, '');
  const get = async (path: string, missing?: 'may be missing'): Promise<unknown> => {
    const response = await options.fetch(`${base}${path}`, { headers: { 'X-API-Key': options.apiKey, accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
    if (missing && response.status === 404) return undefined;
    if (!response.ok) throw new Error(`BA jobsuche ${path} answered ${response.status}.`);
    return response.json();
  };
  const answers: BaSearchAnswer[] = [];
  let complete = false;
  for (let page = 1; page <= maxPages; page++) {
    const query = new URLSearchParams({ wo: options.wo, page: String(page), size: String(size), angebotsart: String(options.angebotsart ?? 1) });
    if (options.umkreis !== undefined) query.set('umkreis', String(options.umkreis));
    const answer = (await get(`${options.searchPath ?? baSearchPath}?${query}`)) as BaSearchAnswer;
    if (!answer || typeof answer !== 'object') throw new Error('BA jobsuche sent no search answer.');
    // Read (and checked) once here, so garbage fails the fetch rather than the mapping.
    const openings = baOpenings(answer);
    answers.push({ stellenangebote: openings, maxErgebnisse: answer.maxErgebnisse, page: answer.page, size: answer.size });
    const total = Number(answer.maxErgebnisse ?? 0);
    if (!openings.length || page * size >= total) {
      complete = true;
      break;
    }
  }
  // Importing part of the answer would retire the openings on the pages not read.
  if (!complete) throw new Error(`BA jobsuche has more than ${maxPages} pages of ${size} for "${options.wo}"; narrow the search or raise maxPages.`);
  const details = new Map<string, BaDetails>();
  if (options.details !== false) {
    for (const answer of answers) {
      for (const opening of answer.stellenangebote ?? []) {
        if (!opening.refnr || details.has(opening.refnr)) continue;
        // An opening withdrawn since the search has no details (404): it is imported from the search answer.
        const detail = (await get(baDetailsPath(opening.refnr), 'may be missing')) as BaDetails | undefined;
        if (detail) details.set(opening.refnr, detail);
      }
    }
  }
  return { answers, details };
}
