// Arithmetic on local dates ('YYYY-MM-DD'). A local date is modelled as midnight UTC of that
// day, which makes day steps exact (no DST in UTC). Inputs are assumed already validated.

export const DAY_MS = 86_400_000;

export function localDateToUtcMs(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

export function utcMsToLocalDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return utcMsToLocalDate(localDateToUtcMs(date) + days * DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(localDateToUtcMs(date)).getUTCDay();
}
