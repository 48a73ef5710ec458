import type { CommonTexts } from '../translation.js';

/** German, the default. */
export const de: CommonTexts = {
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
};
