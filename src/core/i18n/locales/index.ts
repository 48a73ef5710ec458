import type { Translation } from '../translation.js';
import { de } from './de.js';
import { en } from './en.js';

/** The languages the widgets speak. A new language is one file beside these and one line here. */
export const translations = { de, en } satisfies Record<string, Translation>;

export type Language = keyof typeof translations;
export const defaultLanguage: Language = 'de';
