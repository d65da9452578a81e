import type { Team } from '@entente/domain';

const MINISTRY_CASEWORK: readonly Team[] = ['information-services', 'international-programs', 'bilateral-relations', 'missions-bureau'];

/**
 * The example staff and the teams their tokens name, so that `npm start` shows each seeded case to
 * the people who would need it (docs/domain.md#who-sees-what): the Ministry's reception records
 * for every unit, its case officers also take complaints for the Secretary General, and the
 * Assembly's coordinator works apart.
 */
export const EXAMPLE_STAFF_TEAMS: Readonly<Record<string, readonly Team[]>> = {
  'ines.tremblay': [...MINISTRY_CASEWORK, 'secretary-general'],
  'marc.bouchard': [...MINISTRY_CASEWORK, 'secretary-general'],
  'julie.cote': [...MINISTRY_CASEWORK, 'secretary-general'],
  'karim.benali': ['international-programs'],
  'sophie.gagnon': MINISTRY_CASEWORK,
  'denis.lavoie': ['international-programs', 'bilateral-relations', 'missions-bureau'],
  'helene.morin': ['secretary-general'],
  'sebastien.jobert': ['interparliamentary-cooperation'],
  // The auditor who checks whether examples are present reads every case whatever its teams.
  'seed-check': [],
};

export function teamsOfExampleStaff(sub: string): readonly Team[] {
  const teams = EXAMPLE_STAFF_TEAMS[sub];
  if (!teams) throw new Error(`${sub} is not one of the example staff (example-staff.ts)`);
  return teams;
}
