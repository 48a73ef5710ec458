import { plural } from '../../core/i18n/format.js';
import type { Sections } from '../../core/i18n/translation.js';

const locale = { locale: 'en' };

/** The town map's texts in English. */
export const en: Sections['townMap'] = {
  label: 'Map of the partner municipalities',
  showList: 'Show as list',
  minutes: (minutes) => plural(locale, minutes, { one: '# minute', other: '# minutes' }),
  byTrain: (minutes, to) => `${plural(locale, minutes, { one: '# minute', other: '# minutes' })} by train to ${to}`,
  byCar: (minutes, to) => `${plural(locale, minutes, { one: '# minute', other: '# minutes' })} by car to ${to}`,
  shortTrain: (minutes) => `${minutes} min train`,
  shortCar: (minutes) => `${minutes} min car`,
  jobs: (count) => plural(locale, count, { one: '# job', other: '# jobs' }),
  kind: { city: 'City', town: 'Town', district: 'District' },
  inDistrict: (district) => `in ${district}`,
  commuteTo: (to) => `Travel time to ${to}`,
  train: 'Train',
  car: 'Car',
  jobCount: 'Job openings',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Phone',
  website: (name) => `Website of ${name}`,
  jobsIn: (name) => `Jobs in ${name}`,
  clear: 'Clear selection',
  legendTrain: 'by train',
  legendCar: 'by car only',
  empty: 'No partners have been entered yet.',
  tilesOffer: (provider) => `On request we show a map from ${provider}. Your IP address will then be sent to ${provider}.`,
  tilesButton: (provider) => `Load map from ${provider}`,
  tilesOff: 'Show schematic map',
  tilesLoading: 'Loading the map …',
  tilesFailed: 'The map could not be loaded. The schematic map stays.',
  tilesAttribution: (attribution) => `Map data: ${attribution}`,
  tilesMap: 'Map: plus and minus zoom in and out, the arrow keys move it',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
};
