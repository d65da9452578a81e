/** The units that work cases; a person belongs to one or more, and sees the case types of theirs. */
export const TEAMS = [
  'information-services',
  'international-programs',
  'bilateral-relations',
  'missions-bureau',
  'secretary-general',
  'interparliamentary-cooperation',
] as const;
export type Team = (typeof TEAMS)[number];

export function isTeam(value: unknown): value is Team {
  return typeof value === 'string' && (TEAMS as readonly string[]).includes(value);
}
