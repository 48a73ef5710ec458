import { plural } from '../../core/i18n/format.js';
import type { Sections } from '../../core/i18n/translation.js';

const locale = { locale: 'en' };

/** The contact form's texts in English. */
export const en: Sections['contactForm'] = {
  label: 'Contact the growth region',
  intro: 'Tell us what you are looking for. The economic-development offices of the places you choose will answer you in person.',
  optional: '(optional)',
  name: 'Your name',
  email: 'Your e-mail address',
  emailHint: 'We send our answer there.',
  phone: 'Phone',
  livesIn: 'Where do you live now?',
  livesInHint: 'Town or country, for example “Stuttgart” or “Canada”.',
  partners: 'Which places interest you?',
  partnersHint: 'Choose one or more.',
  wish: 'What are you looking for?',
  wishes: { live: 'Somewhere to live', work: 'Work', both: 'Both: living and working' },
  field: 'Your occupation or field',
  fieldHint: 'For example “nurse” or “mechanical engineering”.',
  message: 'Your message',
  messageHint: 'What should we know? For example, when you would like to come back.',
  consent:
    'I agree that my details are passed on to the economic-development offices of the places I chose and stored there to answer my inquiry. I can withdraw this at any time.',
  recipients: (offices) => `Your inquiry goes to: ${offices}.`,
  recipientsNone: 'Your inquiry goes to the economic-development office of each place you choose above.',
  privacy: 'How we handle your data is explained in the',
  privacyLink: 'privacy policy',
  honeypot: 'Please leave this field empty',
  submit: 'Send inquiry',
  sending: 'Sending …',
  draftRestored: 'What you typed before has been restored.',
  summary: (count) => plural(locale, count, { one: 'Please check one entry', other: 'Please check # entries' }),
  required: {
    name: 'Please enter your name.',
    email: 'Please enter your e-mail address.',
    partners: 'Please choose at least one place.',
    wish: 'Please choose what you are looking for.',
    consent: 'Please agree, so that we may pass on your inquiry.',
  },
  emailInvalid: 'Please enter an e-mail address like name@example.org.',
  phoneInvalid: 'Please use only digits, spaces and + ( ) - /.',
  tooLong: (label, max) => `${label}: at most ${max} characters.`,
  invalid: (label) => `${label}: please check this entry.`,
  unknownPartner: 'One of the chosen places is no longer a partner. Please choose again.',
  challengeFailed: 'The automatic spam check has expired. Please send your inquiry again.',
  otherField: (field) => `The server did not accept “${field}”.`,
  failedNetwork: 'Your inquiry could not be sent: there is no connection to the server.',
  failedTimeout: 'Your inquiry could not be sent: the server does not answer.',
  failedServer: 'Your inquiry could not be sent: the server ran into a problem.',
  failedForbidden: 'Inquiries cannot be sent from this website. Please write to the economic-development office directly by e-mail.',
  failedConflict: 'An earlier version of this inquiry has already reached us. If you want to send this version as well, please send again.',
  failedRateLimited: (seconds) =>
    seconds === undefined
      ? 'Very many inquiries came from your connection just now. Please try again in a few minutes.'
      : `Very many inquiries came from your connection just now. Please try again in ${plural(locale, seconds, { one: '# second', other: '# seconds' })}.`,
  keptHint: 'Everything you typed is still here.',
  sendAgain: 'Send again',
  sent: 'Thank you! Your inquiry has arrived.',
  reference: 'Your reference number:',
  sentHint: (offices) => `You will get an answer by e-mail from: ${offices}.`,
  another: 'Write another inquiry',
};
