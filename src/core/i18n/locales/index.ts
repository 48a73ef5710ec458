import type { Translation } from '../translation.js';
import { de } from './de.js';

/**
 * The languages the widgets speak. German, the region's language, ships inside every widget; the others load as
 * their own small chunk the first time a widget needs them, so a German page never downloads English texts.
 * A new language is one file beside these and one line here.
 */
export const translations = {
  de: () => de,
  en: () => import('./en.js').then((module) => module.en),
} satisfies Record<string, () => Translation | Promise<Translation>>;

export type Language = keyof typeof translations;
export const defaultLanguage: Language = 'de';
export const defaultTranslation: Translation = de;
