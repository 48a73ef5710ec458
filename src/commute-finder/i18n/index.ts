import type { SectionTexts } from '../../core/i18n/locales/index.js';
import { de } from './de.js';

/** The commute finder's own texts: German inside the widget, English loaded when a page asks for it. */
export const commuteFinderTexts: SectionTexts<'commuteFinder'> = {
  name: 'commuteFinder',
  languages: { de: () => de, en: () => import('./en.js').then((module) => module.en) },
};
