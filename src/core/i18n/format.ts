import { regionTimeZone } from '../../../domain/src/region-day.js';

/** Anything that names its language: a dictionary, or `{ locale: 'de' }`. */
type HasLocale = { readonly locale: string };

/** Picks the plural form for a count in the dictionary's language; `#` in the form is the formatted count. */
export function plural(t: HasLocale, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = forms[new Intl.PluralRules(t.locale).select(count)] ?? forms.other;
  return form.replace('#', formatNumber(t, count));
}

export function formatNumber(t: HasLocale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(t.locale, options).format(value);
}

/**
 * A day of the region as the language writes it ("24. November 2026" / "24 November 2026"): Berlin's day, so a
 * closing date reads the same on a phone abroad.
 */
export function formatDate(t: HasLocale, value: string | Date): string {
  return new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: regionTimeZone }).format(new Date(value));
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** How long ago (or until) a moment is, in words: "vor 3 Tagen", "3 days ago", "heute"/"today" within a day. */
export function formatRelativeTime(t: HasLocale, value: string | Date, now: Date = new Date()): string {
  const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(t.locale, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}
