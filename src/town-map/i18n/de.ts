import { plural } from '../../core/i18n/format.js';
import type { Sections } from '../../core/i18n/translation.js';

const locale = { locale: 'de' };

/** The town map's texts in German. */
export const de: Sections['townMap'] = {
  label: 'Karte der Partnerkommunen',
  showList: 'Als Liste zeigen',
  minutes: (minutes) => plural(locale, minutes, { one: '# Minute', other: '# Minuten' }),
  byTrain: (minutes, to) => `${plural(locale, minutes, { one: '# Minute', other: '# Minuten' })} mit der Bahn nach ${to}`,
  byCar: (minutes, to) => `${plural(locale, minutes, { one: '# Minute', other: '# Minuten' })} mit dem Auto nach ${to}`,
  shortTrain: (minutes) => `${minutes} min Bahn`,
  shortCar: (minutes) => `${minutes} min Auto`,
  jobs: (count) => plural(locale, count, { one: '# Stelle', other: '# Stellen' }),
  kind: { city: 'Großstadt', town: 'Stadt', district: 'Landkreis' },
  inDistrict: (district) => `im ${district}`,
  commuteTo: (to) => `Fahrzeit nach ${to}`,
  train: 'Bahn',
  car: 'Auto',
  jobCount: 'Stellenangebote',
  contact: 'Ansprechpartner',
  email: 'E-Mail',
  phone: 'Telefon',
  website: (name) => `Website von ${name}`,
  jobsIn: (name) => `Stellen in ${name}`,
  clear: 'Auswahl aufheben',
  legendTrain: 'mit der Bahn',
  legendCar: 'nur mit dem Auto',
  empty: 'Es sind noch keine Partner eingetragen.',
  tilesOffer: (provider) =>
    `Auf Wunsch zeigen wir eine Landkarte von ${provider}. Dabei wird Ihre IP-Adresse an ${provider} übertragen.`,
  tilesButton: (provider) => `Landkarte von ${provider} laden`,
  tilesOff: 'Schematische Karte zeigen',
  tilesLoading: 'Die Landkarte wird geladen …',
  tilesFailed: 'Die Landkarte konnte nicht geladen werden. Die schematische Karte bleibt.',
  tilesAttribution: (attribution) => `Kartendaten: ${attribution}`,
  tilesMap: 'Landkarte: Plus und Minus vergrößern und verkleinern, die Pfeiltasten verschieben sie',
  zoomIn: 'Karte vergrößern',
  zoomOut: 'Karte verkleinern',
};
