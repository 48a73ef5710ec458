import { expect } from '@open-wc/testing';
import type { Commute, Partner } from '@wachstumsregion/domain/contract';
import { rank, relax, wayBetween, type Wishes } from '../../src/commute-finder/ranking.js';
import { cleanState, readState, writeState } from '../../src/commute-finder/url-state.js';

const place = (id: string, kind: Partner['kind'] = 'town', district?: string): Partner => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  kind,
  lat: 51,
  lon: 14,
  ...(district ? { district } : {}),
  website: `https://www.${id}.example`,
  contact: { office: `Amt ${id}`, email: `amt@${id}.example` },
});

/** A city, a district with two towns in it, and a town outside it. */
const partners = [place('city', 'city'), place('kreis', 'district'), place('alpha', 'town', 'kreis'), place('beta', 'town', 'kreis'), place('gamma')];
const both = (a: string, b: string, train: number | undefined, car: number | undefined, back?: { train?: number; car?: number }): Commute[] => [
  { from: a, to: b, ...(train === undefined ? {} : { train }), ...(car === undefined ? {} : { car }) },
  { from: b, to: a, train: back?.train ?? train, car: back?.car ?? car } as Commute,
];
const commutes: Commute[] = [
  ...both('alpha', 'city', 20, 25, { train: 24 }),
  ...both('beta', 'city', 20, 30),
  ...both('gamma', 'city', undefined, 15),
  ...both('kreis', 'city', 40, 35),
  ...both('alpha', 'beta', 10, 10),
  ...both('alpha', 'kreis', 30, 25),
  ...both('beta', 'kreis', 30, 25),
  ...both('gamma', 'alpha', 50, 40),
  ...both('gamma', 'beta', 50, 40),
  ...both('gamma', 'kreis', 60, 50),
];
// The district's count includes its towns (as the API's facet does): 10 of its own.
const counts = { city: 50, kreis: 30, alpha: 12, beta: 8, gamma: 5 };
const wishes = (changes: Partial<Wishes>): Wishes => ({ work: '', live: '', by: 'any', max: 45, kind: '', ...changes });
const ids = (ranking: { fits: { partner: Partner }[] }) => ranking.fits.map((fit) => fit.partner.id);

describe('commute finder ranking', () => {
  it('takes the longer of the two ways, and with "any" the faster mode', () => {
    const index = new Map(commutes.map((row) => [`${row.from}>${row.to}`, row]));
    expect(wayBetween(index, 'alpha', 'city', 'train')).to.deep.equal({ mode: 'train', there: 20, back: 24, minutes: 24 });
    expect(wayBetween(index, 'alpha', 'city', 'any')!.mode).to.equal('train');
    expect(wayBetween(index, 'kreis', 'city', 'any')).to.include({ mode: 'car', minutes: 35 });
    // No train minutes for gamma is unknown, not "no way".
    expect(wayBetween(index, 'gamma', 'city', 'train')).to.equal(undefined);
    expect(wayBetween(index, 'gamma', 'gamma', 'train')!.minutes).to.equal(0);
  });

  it('ranks homes for a workplace by the shorter way, ties by jobs there, then by name, and says which it tied with', () => {
    const ranking = rank(partners, commutes, counts, wishes({ work: 'city', by: 'train', max: 30 }));
    expect(ranking.order).to.equal('way');
    // alpha and beta both need 20 there, but alpha's way back takes 24: beta first.
    expect(ids(ranking)).to.deep.equal(['city', 'beta', 'alpha']);
    expect(ranking.unknown.map((partner) => partner.id)).to.deep.equal(['gamma']);

    const tied = rank(partners, [...both('alpha', 'city', 20, 25), ...both('beta', 'city', 20, 30)], { alpha: 3, beta: 3 }, wishes({ work: 'city', by: 'train', kind: 'town' }));
    expect(ids(tied)).to.deep.equal(['alpha', 'beta']);
    expect(tied.fits[1]!.tiedWith!.id).to.equal('alpha');
    const byJobs = rank(partners, [...both('alpha', 'city', 20, 25), ...both('beta', 'city', 20, 30)], { alpha: 3, beta: 4 }, wishes({ work: 'city', by: 'train', kind: 'town' }));
    expect(ids(byJobs)).to.deep.equal(['beta', 'alpha']);
    expect(byJobs.fits[1]!.tiedWith!.id).to.equal('beta');
    expect(byJobs.fits[0]!.tiedWith).to.equal(undefined);
  });

  it('keeps to the kind of place: a district counts as a town, the city not', () => {
    expect(ids(rank(partners, commutes, counts, wishes({ work: 'city', kind: 'town' })))).to.deep.equal(['gamma', 'beta', 'alpha', 'kreis']);
    expect(ids(rank(partners, commutes, counts, wishes({ work: 'gamma', kind: 'city' })))).to.deep.equal(['city']);
  });

  it('answers the reversed question: workplaces from a home, with jobs only, the most first', () => {
    const ranking = rank(partners, commutes, { ...counts, beta: 0, kreis: 22 }, wishes({ live: 'alpha', work: 'city', max: 30, kind: 'city' }));
    expect(ranking.order).to.equal('jobs');
    // kind does not apply to workplaces; beta has no jobs; the district counts its own 10 only.
    expect(ids(ranking)).to.deep.equal(['city', 'alpha', 'kreis']);
    expect(ranking.fits.find((fit) => fit.partner.id === 'kreis')!.jobs).to.equal(10);
    expect(ranking.fits.find((fit) => fit.partner.id === 'alpha')!.way!.minutes).to.equal(0);
  });

  it('with anywhere, ranks by the jobs within reach, each job counted once', () => {
    const ranking = rank(partners, commutes, counts, wishes({ max: 25 }));
    expect(ranking.order).to.equal('near');
    const near = Object.fromEntries(ranking.fits.map((fit) => [fit.partner.id, fit.near]));
    // alpha reaches the city (24 minutes, the way back), beta (10) and the district's seat (25 by car); the
    // district's 30 count its own 10 once, its towns' jobs come from the towns.
    expect(near.alpha).to.equal(12 + 50 + 8 + 10);
    expect(near.beta).to.equal(80);
    expect(near.kreis).to.equal(10 + 12 + 8);
    expect(near.gamma).to.equal(5 + 50);
    // alpha and beta reach as many jobs; alpha has more of its own.
    expect(ids(ranking)).to.deep.equal(['alpha', 'beta', 'city', 'gamma', 'kreis']);
    expect(ranking.fits[1]!.tiedWith!.id).to.equal('alpha');
  });

  it('names towns without minutes apart instead of ranking them, and ignores ids that are no partners', () => {
    const lonely = place('delta');
    const ranking = rank([...partners, lonely], commutes, counts, wishes({ work: 'city' }));
    expect(ranking.unknown.map((partner) => partner.id)).to.deep.equal(['delta']);
    expect(rank([...partners, lonely], commutes, counts, wishes({})).unknown.map((partner) => partner.id)).to.deep.equal(['delta']);
    expect(rank(partners, commutes, counts, wishes({ work: 'nowhere' })).order).to.equal('near');
  });

  it('when nothing fits, says which wish to relax and by how much', () => {
    const strict = wishes({ work: 'city', by: 'train', max: 15, kind: 'town' });
    expect(rank(partners, commutes, counts, strict).fits).to.have.length(0);
    expect(relax(partners, commutes, counts, counts, strict, '')).to.deep.equal([
      { wish: 'max', value: 20, count: 1 },
      { wish: 'by', value: 'any', count: 1 },
      { wish: 'kind', value: '', count: 1 },
    ]);
    const noField = { city: 0 };
    expect(relax(partners, commutes, noField, counts, wishes({ live: 'city', max: 60 }), 'it')).to.deep.equal([{ wish: 'field', value: '', count: 5 }]);
    expect(relax(partners, commutes, {}, {}, wishes({}), '')).to.deep.equal([]);
  });
});

describe('commute finder URL state', () => {
  it('reads only our parameters and drops what does not look right', () => {
    expect(readState(new URL('https://town.example/page?id=7'))).to.equal(undefined);
    const url = new URL('https://town.example/?wr-work=%3Cscript%3E&wr-live=radeberg&wr-by=plane&wr-max=1e3&wr-kind=village&wr-field=it');
    expect(readState(url)).to.deep.equal({ ask: 'work', work: '', live: 'radeberg', by: 'any', max: 45, kind: '', field: 'it' });
    expect(cleanState({ max: '30.5' }).max).to.equal(45);
    expect(cleanState({ max: 30, by: 'car', kind: 'city', work: 'kamenz' })).to.deep.equal({ ask: 'home', work: 'kamenz', live: '', by: 'car', max: 30, kind: 'city', field: '' });
  });

  it("writes the wishes of the question asked, leaves defaults out and the page's own parameters alone", () => {
    const url = writeState(new URL('https://town.example/?id=7&wr-q=pflege&wr-max=60#karte'), { ask: 'work', work: 'dresden', live: 'radeberg', by: 'train', max: 45, kind: 'city', field: '' });
    expect(url.href).to.equal('https://town.example/?id=7&wr-q=pflege&wr-live=radeberg&wr-by=train#karte');
    expect(readState(url)).to.deep.equal({ ask: 'work', work: '', live: 'radeberg', by: 'train', max: 45, kind: '', field: '' });
  });
});
