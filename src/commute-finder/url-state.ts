import type { By, Kind } from './ranking.js';

/** A visitor's wishes as the form holds them; with `sync-url` they live in the page's URL. */
export interface FinderState {
  /** The question: a place to live (`home`, from `work`) or a place to work (`work`, from `live`). */
  ask: 'home' | 'work';
  work: string;
  live: string;
  by: By;
  max: number;
  kind: Kind;
  field: string;
}

export const defaultMax = 45;

const names = { work: 'wr-work', live: 'wr-live', by: 'wr-by', max: 'wr-max', kind: 'wr-kind', field: 'wr-field' } as const;
type Named = keyof typeof names;

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Wishes from an untrusted source (the page's URL, the element's attributes): ids must look like ids, the minutes
 * are a whole number from 5 to 240, the rest one of its values; anything else is dropped. A home asks the
 * reversed question.
 */
export function cleanState(raw: Partial<Record<Named, string | number | null | undefined>>): FinderState {
  const id = (value: unknown) => (typeof value === 'string' && value.length <= 64 && slug.test(value) ? value : '');
  const max = Number(raw.max);
  const live = id(raw.live);
  return {
    ask: live ? 'work' : 'home',
    work: id(raw.work),
    live,
    by: raw.by === 'train' || raw.by === 'car' ? raw.by : 'any',
    max: Number.isInteger(max) && max >= 5 && max <= 240 ? max : defaultMax,
    kind: raw.kind === 'city' || raw.kind === 'town' ? raw.kind : '',
    field: id(raw.field),
  };
}

/** The wishes in the URL, or undefined when it holds none of ours. */
export function readState(url: URL): FinderState | undefined {
  const entries = Object.entries(names).map(([key, name]) => [key, url.searchParams.get(name)]);
  return entries.some(([, value]) => value !== null) ? cleanState(Object.fromEntries(entries)) : undefined;
}

/** The URL with the wishes in our `wr-` parameters (defaults left out); the page's own parameters stay. */
export function writeState(url: URL, state: FinderState): URL {
  const next = new URL(url.href);
  const home = state.ask === 'home';
  const values: Record<Named, string> = {
    work: home ? state.work : '',
    live: home ? '' : state.live,
    by: state.by === 'any' ? '' : state.by,
    max: state.max === defaultMax ? '' : String(state.max),
    kind: home ? state.kind : '',
    field: state.field,
  };
  for (const key of Object.keys(names) as Named[]) {
    if (values[key]) next.searchParams.set(names[key], values[key]);
    else next.searchParams.delete(names[key]);
  }
  return next;
}
