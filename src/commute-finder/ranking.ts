import type { Commute, Partner } from '../core/types.js';

export type Mode = 'train' | 'car';
export type By = Mode | 'any';
/** The kind of place to live in; a district counts as a town (its minutes are its seat's). */
export type Kind = '' | 'city' | 'town';

/** What the ranking needs to know of a visitor's wishes. */
export interface Wishes {
  /** Where they work, '' for anywhere in the region: the question is "where can I live?". */
  work: string;
  /** Where they live; when set, the question turns round: "where can I work?" (and `work` is not used). */
  live: string;
  by: By;
  /** Longest way in minutes, each direction. */
  max: number;
  kind: Kind;
}

/** The way between a town and the place asked about, by one mode. A direction without data is undefined. */
export interface Way {
  mode: Mode;
  there: number | undefined;
  back: number | undefined;
  /** The longer of the two known directions: a commute has to be bearable both ways. */
  minutes: number;
}

export interface Fit {
  partner: Partner;
  /** The way to the place asked about; 0 minutes for that place itself; absent for "anywhere". */
  way?: Way;
  /** Matching jobs in the town (a district: those outside its partner towns, since its minutes are its seat's). */
  jobs: number;
  /** "Anywhere": matching jobs in the town and in every partner within `max` minutes of it. */
  near?: number;
  /** The town ranked just before this one with the same first criterion; a later criterion decided. */
  tiedWith?: Partner;
}

/** What decides first: the shorter way, the more jobs in the town, or the more jobs within reach. */
export type Order = 'way' | 'jobs' | 'near';

export interface Ranking {
  order: Order;
  fits: Fit[];
  /** Towns that passed the other wishes but whose minutes are unknown: named apart, never ranked. */
  unknown: Partner[];
}

type Index = Map<string, Commute>;

const indexOf = (commutes: Commute[]): Index => new Map(commutes.map((row) => [`${row.from}>${row.to}`, row]));

/** The way from one partner to another by the wished mode (`any`: the faster mode over both ways). */
export function wayBetween(index: Index, from: string, to: string, by: By): Way | undefined {
  if (from === to) return { mode: by === 'car' ? 'car' : 'train', there: 0, back: 0, minutes: 0 };
  let best: Way | undefined;
  for (const mode of by === 'any' ? (['train', 'car'] as const) : [by]) {
    const there = index.get(`${from}>${to}`)?.[mode];
    const back = index.get(`${to}>${from}`)?.[mode];
    if (there === undefined && back === undefined) continue;
    const minutes = Math.max(there ?? 0, back ?? 0);
    if (!best || minutes < best.minutes) best = { mode, there, back, minutes };
  }
  return best;
}

/** Jobs per partner without double counting: a district's count includes its partner towns', so they come off. */
function ownJobs(partners: Partner[], counts: Record<string, number>): Map<string, number> {
  const own = new Map(partners.map((partner) => [partner.id, counts[partner.id] ?? 0]));
  for (const partner of partners) {
    const district = partner.district;
    if (district && own.has(district)) own.set(district, own.get(district)! - (counts[partner.id] ?? 0));
  }
  for (const [id, count] of own) if (count < 0) own.set(id, 0);
  return own;
}

const byName = (a: Fit, b: Fit) => a.partner.name.localeCompare(b.partner.name, 'de') || (a.partner.id < b.partner.id ? -1 : 1);

/** Each order's criteria, first to last; the name ends every tie. */
const criteria: Record<Order, ((a: Fit, b: Fit) => number)[]> = {
  way: [(a, b) => a.way!.minutes - b.way!.minutes, (a, b) => b.jobs - a.jobs],
  jobs: [(a, b) => b.jobs - a.jobs, (a, b) => a.way!.minutes - b.way!.minutes],
  near: [(a, b) => b.near! - a.near!, (a, b) => b.jobs - a.jobs],
};

/**
 * Ranks the partners for the wishes. With a workplace: towns to live in within `max` minutes, the shorter way
 * first. With a home (`live`): workplaces within `max` minutes that have matching jobs, the most jobs first. With
 * neither: towns to live in by the matching jobs within reach. `counts` are the jobs per partner of the wished
 * field (the `partner` facet of one `/jobs` query). Ids that are not partners are taken as not given.
 */
export function rank(partners: Partner[], commutes: Commute[], counts: Record<string, number>, wishes: Wishes): Ranking {
  const index = indexOf(commutes);
  const own = ownJobs(partners, counts);
  const known = (id: string) => (partners.some((partner) => partner.id === id) ? id : '');
  const live = known(wishes.live);
  const anchor = live || known(wishes.work);
  const order: Order = live ? 'jobs' : anchor ? 'way' : 'near';
  const fits: Fit[] = [];
  const unknown: Partner[] = [];
  for (const partner of partners) {
    const { kind } = wishes;
    if (!live && kind && partner.kind !== kind && !(kind === 'town' && partner.kind === 'district')) continue;
    const jobs = own.get(partner.id)!;
    if (anchor) {
      const way = live ? wayBetween(index, live, partner.id, wishes.by) : wayBetween(index, partner.id, anchor, wishes.by);
      if (!way) unknown.push(partner);
      else if (way.minutes <= wishes.max && (!live || jobs > 0)) fits.push({ partner, way, jobs });
    } else {
      let near = jobs;
      let reached = partners.length === 1;
      for (const other of partners) {
        const way = other === partner ? undefined : wayBetween(index, partner.id, other.id, wishes.by);
        if (!way) continue;
        reached = true;
        if (way.minutes <= wishes.max) near += own.get(other.id)!;
      }
      if (!reached) unknown.push(partner);
      else if (near > 0) fits.push({ partner, jobs, near });
    }
  }
  const [first, second] = criteria[order];
  fits.sort((a, b) => first!(a, b) || second!(a, b) || byName(a, b));
  fits.forEach((fit, i) => {
    if (i > 0 && first!(fits[i - 1]!, fit) === 0) fit.tiedWith = fits[i - 1]!.partner;
  });
  return { order, fits, unknown };
}

/** A wish relaxed so that towns fit, and how many then do. */
export type Relaxation =
  | { wish: 'max'; value: number; count: number }
  | { wish: 'by'; value: 'any'; count: number }
  | { wish: 'kind'; value: ''; count: number }
  | { wish: 'field'; value: ''; count: number };

/** The steps a visitor can pick for the longest way. */
export const maxSteps = [15, 20, 30, 45, 60, 90, 120];

/**
 * When nothing fits: each wish that, relaxed alone, lets towns fit, by the least it takes (the next step of
 * minutes that is enough). `allCounts` are the jobs of every field, to try without the field.
 */
export function relax(partners: Partner[], commutes: Commute[], counts: Record<string, number>, allCounts: Record<string, number> | undefined, wishes: Wishes, field: string): Relaxation[] {
  const fitting = (changed: Partial<Wishes>, jobs = counts) => rank(partners, commutes, jobs, { ...wishes, ...changed }).fits.length;
  const found: Relaxation[] = [];
  for (const step of maxSteps) {
    const count = step > wishes.max ? fitting({ max: step }) : 0;
    if (count) {
      found.push({ wish: 'max', value: step, count });
      break;
    }
  }
  let count = wishes.by !== 'any' ? fitting({ by: 'any' }) : 0;
  if (count) found.push({ wish: 'by', value: 'any', count });
  count = wishes.kind && !wishes.live ? fitting({ kind: '' }) : 0;
  if (count) found.push({ wish: 'kind', value: '', count });
  count = field && allCounts ? fitting({}, allCounts) : 0;
  if (count) found.push({ wish: 'field', value: '', count });
  return found;
}
