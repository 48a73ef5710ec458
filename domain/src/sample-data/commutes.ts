/**
 * Door-to-door-ish travel times in minutes between the partners (town centres;
 * the Landkreis Bautzen is represented by its seat Bautzen).
 *
 * Rail facts behind the numbers: Radeberg, Großröhrsdorf, Pulsnitz and Kamenz lie
 * on one line out of Dresden (branching at Arnsdorf), Bautzen on the Görlitz line
 * that shares the stretch through Radeberg, Großenhain and Hoyerswerda have direct
 * regional trains to Dresden. Radeburg has buses only, so it never has `train`.
 * Pairs without a sensible rail route (bus is faster) also leave `train` out.
 */

export interface SampleCommute {
  from: string;
  to: string;
  /** Minutes by public transport (rail), including changes; absent when there is no sensible rail route. */
  train?: number;
  /** Minutes by car. */
  car?: number;
}

/** [a, b, train (null = no sensible rail route), car]; symmetric, expanded below. */
const pairs: ReadonlyArray<readonly [string, string, number | null, number]> = [
  ['dresden', 'grossenhain', 35, 40],
  ['dresden', 'landkreis-bautzen', 45, 50],
  ['dresden', 'pulsnitz', 35, 35],
  ['dresden', 'radeburg', null, 30],
  ['dresden', 'radeberg', 18, 25],
  ['dresden', 'grossroehrsdorf', 30, 30],
  ['dresden', 'kamenz', 42, 40],
  ['dresden', 'hoyerswerda', 75, 60],

  // Großenhain: everything east goes via Dresden, except Hoyerswerda via Ruhland.
  ['grossenhain', 'landkreis-bautzen', 95, 60],
  ['grossenhain', 'pulsnitz', 80, 40],
  ['grossenhain', 'radeburg', null, 20],
  ['grossenhain', 'radeberg', 65, 40],
  ['grossenhain', 'grossroehrsdorf', 75, 40],
  ['grossenhain', 'kamenz', 85, 40],
  ['grossenhain', 'hoyerswerda', 55, 50],

  // Bautzen: Radeberg on the same line; the Kamenz line with a change in Arnsdorf.
  ['landkreis-bautzen', 'pulsnitz', 55, 35],
  ['landkreis-bautzen', 'radeburg', null, 55],
  ['landkreis-bautzen', 'radeberg', 30, 35],
  ['landkreis-bautzen', 'grossroehrsdorf', 45, 35],
  ['landkreis-bautzen', 'kamenz', 65, 30],
  ['landkreis-bautzen', 'hoyerswerda', null, 40],

  ['pulsnitz', 'radeburg', null, 35],
  ['pulsnitz', 'radeberg', 17, 20],
  ['pulsnitz', 'grossroehrsdorf', 6, 10],
  ['pulsnitz', 'kamenz', 8, 15],
  ['pulsnitz', 'hoyerswerda', 60, 45],

  ['radeburg', 'radeberg', null, 30],
  ['radeburg', 'grossroehrsdorf', null, 35],
  ['radeburg', 'kamenz', null, 35],
  ['radeburg', 'hoyerswerda', null, 50],

  ['radeberg', 'grossroehrsdorf', 12, 15],
  ['radeberg', 'kamenz', 25, 30],
  ['radeberg', 'hoyerswerda', 70, 55],

  ['grossroehrsdorf', 'kamenz', 14, 20],
  ['grossroehrsdorf', 'hoyerswerda', 65, 50],

  // Kamenz–Hoyerswerda by train with a change in Hosena.
  ['kamenz', 'hoyerswerda', 45, 30],
];

function row(from: string, to: string, train: number | null, car: number): SampleCommute {
  return train === null ? { from, to, car } : { from, to, train, car };
}

/** One row per ordered pair of the nine partners (72 rows). */
export const sampleCommutes: SampleCommute[] = pairs.flatMap(([a, b, train, car]) => [
  row(a, b, train, car),
  row(b, a, train, car),
]);
