import { plural } from '../format.js';
import type { Translation } from '../translation.js';

/** German, the default. */
export const de: Translation = {
  locale: 'de',
  languageName: 'Deutsch',

  missingApi: 'Dieses Element ist noch nicht eingerichtet: Die Adresse der Schnittstelle (Attribut „api“ oder „data-api“ am Script) fehlt.',
  loading: 'Wird geladen …',
  stillLoading: 'Das dauert länger als üblich. Wir laden weiter …',
  retry: 'Erneut versuchen',
  errorNetwork: 'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung.',
  errorTimeout: 'Der Server antwortet nicht. Wir haben das Laden abgebrochen.',
  errorServer: 'Beim Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  errorInvalid: 'Der Server hat eine unerwartete Antwort geschickt.',
  errorNotFound: 'Das Gesuchte gibt es nicht mehr.',
  errorForbidden: 'Diese Seite darf die Schnittstelle nicht nutzen.',
  errorRateLimited: (seconds) =>
    seconds === undefined
      ? 'Zu viele Anfragen. Bitte warten Sie einen Moment.'
      : `Zu viele Anfragen. Bitte versuchen Sie es in ${seconds} Sekunden noch einmal.`,

  employmentType: {
    'full-time': 'Vollzeit',
    'part-time': 'Teilzeit',
    apprenticeship: 'Ausbildung',
    internship: 'Praktikum',
    'mini-job': 'Minijob',
  },
  salaryPeriod: { hour: 'pro Stunde', month: 'pro Monat', year: 'pro Jahr' },

  jobList: {
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
    results: (count) => plural(de, count, { one: '# Stelle', other: '# Stellen' }),
    resultsFor: (count, page, pages) => `${plural(de, count, { one: '# Stelle', other: '# Stellen' })}, Seite ${page} von ${pages}`,
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
  },
};
