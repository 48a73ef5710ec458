import { plural } from '../../core/i18n/format.js';
import type { Sections } from '../../core/i18n/translation.js';

const locale = { locale: 'de' };
const matches = (count: number) => plural(locale, count, { one: '# Treffer', other: '# Treffer' });

/** The job list's texts in German. */
export const de: Sections['jobList'] = {
  employmentType: {
    'full-time': 'Vollzeit',
    'part-time': 'Teilzeit',
    apprenticeship: 'Ausbildung',
    internship: 'Praktikum',
    'mini-job': 'Minijob',
  },
  salaryPeriod: { hour: 'pro Stunde', month: 'pro Monat', year: 'pro Jahr' },
  label: 'Stellenangebote',
  filters: 'Stellen filtern',
  search: 'Suchbegriff',
  searchHint: 'Beruf, Arbeitgeber oder Stichwort',
  partner: 'Ort',
  category: 'Berufsfeld',
  type: 'Anstellungsart',
  any: 'Alle',
  wholeDistrict: (name) => `${name} (ganzer Landkreis)`,
  option: (label, count) => (count === undefined ? label : `${label} (${count})`),
  results: (count) => plural(locale, count, { one: '# Stelle', other: '# Stellen' }),
  resultsFor: (count, page, pages) => `${plural(locale, count, { one: '# Stelle', other: '# Stellen' })}, Seite ${page} von ${pages}`,
  empty: 'Keine passenden Stellen gefunden.',
  emptyHint: 'Versuchen Sie andere Suchbegriffe oder weniger Filter.',
  resetFilters: 'Filter zurücksetzen',
  published: (relative) => `veröffentlicht ${relative}`,
  pagination: 'Seiten der Stellenliste',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  pageLabel: (page) => `Seite ${page}`,
  close: 'Schließen',
  employer: 'Arbeitgeber',
  location: 'Arbeitsort',
  salary: 'Vergütung',
  validThrough: 'Bewerbung bis',
  applyOnline: 'Jetzt bewerben',
  applyByEmail: 'Per E-Mail bewerben',
  applyHint: 'Die Bewerbung öffnet die Seite des Arbeitgebers in einem neuen Tab.',
  gone: 'Diese Stelle ist nicht mehr ausgeschrieben.',
  goneHint: 'Vielleicht ist sie besetzt oder die Bewerbungsfrist ist abgelaufen. In der Liste finden Sie aktuelle Angebote.',
  backToList: 'Zur Stellenliste',
  partialError: 'Die Liste konnte nicht aktualisiert werden. Angezeigt werden die zuletzt geladenen Stellen.',
  sort: 'Sortierung',
  sorts: { relevance: 'Beste Treffer', newest: 'Neueste zuerst' },
  didYouMean: (q, count) => `Meinten Sie „${q}“? ${matches(count)}`,
  withoutFilter: {
    partner: (count) => `${matches(count)} in allen Orten`,
    category: (count) => `${matches(count)} in allen Berufsfeldern`,
    type: (count) => `${matches(count)} bei jeder Anstellungsart`,
  },
  suggestions: 'Vorschläge',
  suggestionKind: { occupation: 'Beruf', title: 'Stellentitel' },
};
