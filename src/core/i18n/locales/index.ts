import type { CommonTexts, Sections } from '../translation.js';
import { retryableImport } from '../../lazy-import.js';
import { de } from './de.js';

const loadEnglish = retryableImport(() => import('./en.js'));

/**
 * The languages the widgets speak, with the texts they share. German, the region's language, ships inside every
 * widget; other languages load as small chunks the first time a widget needs them, so a German page never
 * downloads English. A new language is a file here, one in each widget's `i18n/` folder, and a line in each index.
 */
export const translations = {
  de: () => de,
  en: () => loadEnglish().then((module) => module.en),
} satisfies Record<string, () => CommonTexts | Promise<CommonTexts>>;

export type Language = keyof typeof translations;
export const defaultLanguage: Language = 'de';
export const defaultTranslation: CommonTexts = de;

/** One widget's own texts: its name in `Sections`, and a loader per language (German inside, others lazy). */
export interface SectionTexts<S extends keyof Sections> {
  readonly name: S;
  readonly languages: { readonly [L in Language]: () => Sections[S] | Promise<Sections[S]> };
}
