export type Locale = 'fr-CA' | 'en-CA';

/** Every instant is shown in the ministry's zone, whatever the browser's. */
export const ZONE = 'America/Toronto';

const parts = (locale: Locale, instant: Date, options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(new Intl.DateTimeFormat(locale, { timeZone: ZONE, ...options }).formatToParts(instant).map((p) => [p.type, p.value]));

/**
 * « lundi 4 janvier 2027, 17 h » as the Office québécois de la langue française writes it (hours
 * on 24, `h`, minutes only when there are some); in English, "Monday, January 4, 2027, 5:00 p.m.".
 */
export function formatInstant(iso: string, locale: Locale, withWeekday = true): string {
  const instant = new Date(iso);
  if (locale === 'en-CA') {
    const date = instant.toLocaleDateString('en-CA', { timeZone: ZONE, dateStyle: withWeekday ? 'full' : 'long' });
    return `${date}, ${instant.toLocaleTimeString('en-CA', { timeZone: ZONE, hour: 'numeric', minute: '2-digit' })}`;
  }
  const d = parts(locale, instant, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const t = parts(locale, instant, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
  const time = t.minute === '00' ? `${Number(t.hour)} h` : `${Number(t.hour)} h ${t.minute}`;
  // « le 1er juillet »: the first of the month is an ordinal in French.
  const day = d.day === '1' ? '1er' : d.day;
  return `${withWeekday ? `${d.weekday} ` : ''}${day} ${d.month} ${d.year}, ${time}`;
}

/** A short time of day: « 17 h 05 », "5:05 p.m.". */
export function formatTime(instant: Date, locale: Locale): string {
  if (locale === 'en-CA') return instant.toLocaleTimeString('en-CA', { timeZone: ZONE, hour: 'numeric', minute: '2-digit' });
  const t = parts(locale, instant, { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' });
  return `${Number(t.hour)} h ${t.minute}`;
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A calendar date as written (« 18 juin 2026 », "June 18, 2026"): a mission's days are the destination's, not an instant. */
export function formatLocalDate(date: string, locale: Locale): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, { timeZone: 'UTC', dateStyle: 'long' });
}
