import type { CommonTexts } from '../translation.js';

export const en: CommonTexts = {
  locale: 'en',
  languageName: 'English',

  missingApi: 'This element is not set up yet: the API address (attribute "api", or "data-api" on the script) is missing.',
  loading: 'Loading …',
  stillLoading: 'This is taking longer than usual. Still loading …',
  retry: 'Try again',
  errorNetwork: 'No connection to the server. Please check your internet connection.',
  errorTimeout: 'The server does not answer. We stopped waiting.',
  errorServer: 'The server ran into a problem. Please try again later.',
  errorInvalid: 'The server sent an answer we cannot read.',
  errorNotFound: 'What you are looking for is no longer there.',
  errorForbidden: 'This site may not use the service.',
  errorRateLimited: (seconds) =>
    seconds === undefined ? 'Too many requests. Please wait a moment.' : `Too many requests. Please try again in ${seconds} seconds.`,
};
