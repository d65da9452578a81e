/** A value of an action plan's field as a person reads it: lists joined, numbers in the locale, nothing as a dash. */
export function planValue(value: unknown, locale: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value);
  if (Array.isArray(value)) return value.map((item) => planValue(item, locale)).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The versions of the plan proposed so far: one per `ActionPlanProposed` in the timeline, numbered from 1. */
export function planVersions(eventTypes: readonly string[]): number[] {
  const proposed = eventTypes.filter((type) => type === 'ActionPlanProposed').length;
  return Array.from({ length: proposed }, (_, index) => index + 1);
}
