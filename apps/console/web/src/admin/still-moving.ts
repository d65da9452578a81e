/** Readings at most, one a second: the calendar's workflow reaches every running clock well within a minute here. */
export const MAX_READINGS = 60;
const QUIET_READINGS = 4;

/**
 * Whether to read the moved clocks again, given how many each reading listed so far. The calendar's
 * workflow moves clocks one case after another, so the list grows; it has settled once it has not
 * grown for a few readings after the first move (a change that moves nothing keeps the page asking
 * until the last reading).
 */
export function stillMoving(counts: readonly number[]): boolean {
  if (counts.length >= MAX_READINGS) return false;
  const last = counts.slice(-QUIET_READINGS);
  const settled = last.length === QUIET_READINGS && (last[0] ?? 0) > 0 && last.every((count) => count === last[0]);
  return !settled;
}
