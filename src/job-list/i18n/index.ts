import type { SectionTexts } from '../../core/i18n/locales/index.js';
import { retryableImport } from '../../core/lazy-import.js';
import { de } from './de.js';

const loadEnglish = retryableImport(() => import('./en.js'));

/** The job list's own texts: German inside the widget, English loaded when a page asks for it. */
export const jobListTexts: SectionTexts<'jobList'> = {
  name: 'jobList',
  languages: { de: () => de, en: () => loadEnglish().then((module) => module.en) },
};
