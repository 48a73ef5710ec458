import type { Partner } from '@wachstumsregion/domain/contract';

/** A workplace as a source gives it. */
export interface Place {
  postalCode?: string;
  city?: string;
  lat?: number;
  lon?: number;
}

/**
 * Postcodes of the partner towns (Deutsche Post), so a job's `plz` finds its town even when the source writes
 * a village or district name as the place. Dresden's are a range (01067–01328 without the surrounding towns).
 */
export const defaultPartnerPostcodes: Readonly<Record<string, string>> = {
  '01917': 'kamenz',
  '01896': 'pulsnitz',
  '01454': 'radeberg',
  '01900': 'grossroehrsdorf',
  '01471': 'radeburg',
  '01558': 'grossenhain',
  '02977': 'hoyerswerda',
};

const dresdenPostcodes = (postcode: string) => {
  const number = Number(postcode);
  return postcode.startsWith('01') && number >= 1067 && number <= 1328;
};

/** Lowercase, umlauts and ß spelled out, anything after a comma, slash or bracket ("Kamenz, Lessingstadt") dropped. */
export function normaliseTown(name: string): string {
  return name
    .split(/[,/(]/)[0]!
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface PartnerMatchOptions {
  /** Postcode → partner id; `defaultPartnerPostcodes` unless given. */
  postcodes?: Readonly<Record<string, string>>;
  /** How far the nearest town may be for a job to count as its (km). */
  maxKm?: number;
}

/**
 * The partner a workplace belongs to: by postcode, else by town name, else the nearest town or city partner
 * within `maxKm` (25 km) by coordinates. Districts are never chosen by distance (their point is a centre, not
 * a place of work). `undefined`: the job is not in the region.
 */
export function matchPartner(place: Place, partners: readonly Partner[], options: PartnerMatchOptions = {}): string | undefined {
  const ids = new Set(partners.map((partner) => partner.id));
  const postcode = place.postalCode?.trim();
  if (postcode) {
    const byCode = (options.postcodes ?? defaultPartnerPostcodes)[postcode] ?? (dresdenPostcodes(postcode) ? 'dresden' : undefined);
    if (byCode && ids.has(byCode)) return byCode;
  }
  if (place.city) {
    const town = normaliseTown(place.city);
    const byName = partners.find((partner) => partner.kind !== 'district' && normaliseTown(partner.name) === town);
    if (byName) return byName.id;
  }
  if (typeof place.lat === 'number' && typeof place.lon === 'number' && Number.isFinite(place.lat) && Number.isFinite(place.lon)) {
    const maxKm = options.maxKm ?? 25;
    let best: { id: string; km: number } | undefined;
    for (const partner of partners) {
      if (partner.kind === 'district') continue;
      const km = distanceKm({ lat: place.lat, lon: place.lon }, partner);
      if (km <= maxKm && (!best || km < best.km)) best = { id: partner.id, km };
    }
    return best?.id;
  }
  return undefined;
}
