/**
 * The region's calendar. A closing date ("Bewerbung bis 31.12.") is a day in Dresden, wherever the server, the
 * editor's laptop or the visitor's phone happens to be: Berlin's day, not the machine's.
 */
export const regionTimeZone = 'Europe/Berlin';

const dayParts = new Intl.DateTimeFormat('en-US', {
  timeZone: regionTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Berlin's wall-clock time of a moment, as if it were UTC (for offset arithmetic). */
function berlinWallTime(ms: number): number {
  const parts = Object.fromEntries(dayParts.formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** The day (`yyyy-mm-dd`) a moment falls on in Berlin. */
export function regionDay(moment: Date | string): string {
  return new Date(berlinWallTime(new Date(moment).getTime())).toISOString().slice(0, 10);
}

/**
 * The last second (23:59:59) of a Berlin day given as `yyyy-mm-dd`, as a moment. No day switches between summer
 * and winter time near midnight, so the offset read at that hour is the one that applies.
 */
export function endOfRegionDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, date, 23, 59, 59);
  return new Date(asUtc - (berlinWallTime(asUtc) - asUtc));
}
