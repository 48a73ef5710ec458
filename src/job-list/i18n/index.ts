import type { SectionTexts } from '../../core/i18n/locales/index.js';
import { de } from './de.js';

/** The job list's own texts: German inside the widget, English loaded when a page asks for it. */
export const jobListTexts: SectionTexts<'jobList'> = {
  name: 'jobList',
  languages: { de: () => de, en: () => import('./en.js').then((module) => module.en) },
};
