import { plural } from '../../core/i18n/format.js';
import type { Sections } from '../../core/i18n/translation.js';

const locale = { locale: 'de' };

/** The contact form's texts in German. */
export const de: Sections['contactForm'] = {
  label: 'Kontakt zur Wachstumsregion',
  intro: 'Schreiben Sie uns, was Sie suchen. Die Wirtschaftsförderung der Orte, die Sie wählen, antwortet Ihnen persönlich.',
  optional: '(freiwillig)',
  name: 'Ihr Name',
  email: 'Ihre E-Mail-Adresse',
  emailHint: 'Dorthin schicken wir die Antwort.',
  phone: 'Telefon',
  livesIn: 'Wo wohnen Sie jetzt?',
  livesInHint: 'Ort oder Land, zum Beispiel „Stuttgart“ oder „Kanada“.',
  partners: 'Welche Orte interessieren Sie?',
  partnersHint: 'Wählen Sie einen oder mehrere.',
  wish: 'Was suchen Sie?',
  wishes: { live: 'Einen Ort zum Wohnen', work: 'Arbeit', both: 'Beides: Wohnen und Arbeit' },
  field: 'Ihr Beruf oder Fachgebiet',
  fieldHint: 'Zum Beispiel „Pflegefachfrau“ oder „Maschinenbau“.',
  message: 'Ihre Nachricht',
  messageHint: 'Was sollen wir wissen? Zum Beispiel, wann Sie zurückkommen möchten.',
  consent:
    'Ich bin einverstanden, dass meine Angaben an die Wirtschaftsförderung der gewählten Orte weitergegeben und dort gespeichert werden, um meine Anfrage zu beantworten. Ich kann das jederzeit widerrufen.',
  recipients: (offices) => `Ihre Anfrage erhält: ${offices}.`,
  recipientsNone: 'Ihre Anfrage erhält die Wirtschaftsförderung jedes Ortes, den Sie oben wählen.',
  privacy: 'Wie wir mit Ihren Daten umgehen, steht in der',
  privacyLink: 'Datenschutzerklärung',
  honeypot: 'Dieses Feld bitte leer lassen',
  submit: 'Anfrage senden',
  sending: 'Wird gesendet …',
  draftRestored: 'Ihre bisherigen Eingaben sind wiederhergestellt.',
  summary: (count) => plural(locale, count, { one: 'Bitte prüfen Sie eine Angabe', other: 'Bitte prüfen Sie # Angaben' }),
  required: {
    name: 'Bitte geben Sie Ihren Namen ein.',
    email: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    partners: 'Bitte wählen Sie mindestens einen Ort.',
    wish: 'Bitte wählen Sie, was Sie suchen.',
    consent: 'Bitte stimmen Sie zu, damit wir Ihre Anfrage weitergeben dürfen.',
  },
  emailInvalid: 'Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
  phoneInvalid: 'Bitte nur Ziffern, Leerzeichen und + ( ) - / verwenden.',
  tooLong: (label, max) => `${label}: höchstens ${max} Zeichen.`,
  invalid: (label) => `${label}: Bitte prüfen Sie diese Angabe.`,
  unknownPartner: 'Einer der gewählten Orte ist nicht mehr dabei. Bitte wählen Sie erneut.',
  challengeFailed: 'Die automatische Prüfung gegen Werbung ist abgelaufen. Bitte senden Sie die Anfrage noch einmal.',
  otherField: (field) => `Der Server hat die Angabe „${field}“ abgelehnt.`,
  failedNetwork: 'Ihre Anfrage konnte nicht gesendet werden: keine Verbindung zum Server.',
  failedTimeout: 'Ihre Anfrage konnte nicht gesendet werden: Der Server antwortet nicht.',
  failedServer: 'Ihre Anfrage konnte nicht gesendet werden: Beim Server ist ein Fehler aufgetreten.',
  failedForbidden: 'Von dieser Website können keine Anfragen gesendet werden. Bitte schreiben Sie der Wirtschaftsförderung direkt per E-Mail.',
  failedConflict: 'Eine frühere Fassung dieser Anfrage ist schon bei uns angekommen. Wenn Sie diese Fassung zusätzlich senden möchten, senden Sie bitte noch einmal.',
  failedRateLimited: (seconds) =>
    seconds === undefined
      ? 'Von Ihrem Anschluss kamen gerade sehr viele Anfragen. Bitte versuchen Sie es in einigen Minuten noch einmal.'
      : `Von Ihrem Anschluss kamen gerade sehr viele Anfragen. Bitte versuchen Sie es in ${plural(locale, seconds, { one: 'einer Sekunde', other: '# Sekunden' })} noch einmal.`,
  keptHint: 'Ihre Eingaben bleiben erhalten.',
  sendAgain: 'Noch einmal senden',
  sent: 'Vielen Dank! Ihre Anfrage ist angekommen.',
  reference: 'Ihre Vorgangsnummer:',
  sentHint: (offices) => `Eine Antwort per E-Mail erhalten Sie von: ${offices}.`,
  another: 'Neue Anfrage schreiben',
};
