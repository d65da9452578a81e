import { isStaffRole, isTeam, STAFF_ROLES, TEAMS, type Team, type Role } from '@entente/domain';

/** A person the development provider knows: who the example cases of `npm start` act as. */
export interface StaffMember {
  readonly sub: string;
  readonly name: string;
  readonly role: Role;
  readonly teams: readonly Team[];
}

const MINISTRY: readonly Team[] = TEAMS.filter((team) => team !== 'interparliamentary-cooperation');
/** The Ministry's units that work requests, the Secretary General's office aside. */
const MINISTRY_UNITS: readonly Team[] = MINISTRY.filter((team) => team !== 'secretary-general');

/**
 * The example staff (apps/api/src/cli/seed/), each with the role and teams they act in, which
 * decide what they read (docs/domain.md#who-sees-what): reception records for every Ministry unit
 * and the Secretary General, whose complaints its case officers also take.
 */
export const EXAMPLE_STAFF: readonly StaffMember[] = [
  { sub: 'ines.tremblay', name: 'Inès Tremblay', role: 'intake-officer', teams: MINISTRY },
  { sub: 'marc.bouchard', name: 'Marc Bouchard', role: 'case-officer', teams: MINISTRY },
  { sub: 'julie.cote', name: 'Julie Côté', role: 'case-officer', teams: MINISTRY },
  { sub: 'karim.benali', name: 'Karim Benali', role: 'case-officer', teams: ['international-programs'] },
  { sub: 'sophie.gagnon', name: 'Sophie Gagnon', role: 'supervisor', teams: MINISTRY_UNITS },
  {
    sub: 'denis.lavoie',
    name: 'Denis Lavoie',
    role: 'director',
    teams: ['international-programs', 'bilateral-relations', 'missions-bureau'],
  },
  { sub: 'helene.morin', name: 'Hélène Morin', role: 'secretary-general', teams: ['secretary-general'] },
  { sub: 'sebastien.jobert', name: 'Sébastien Jobert', role: 'coordinator', teams: ['interparliamentary-cooperation'] },
  { sub: 'claire.roy', name: 'Claire Roy', role: 'auditor', teams: [] },
  { sub: 'paul.girard', name: 'Paul Girard', role: 'administrator', teams: [] },
  // Each body has its own person in charge of personal information, who erases only its cases.
  { sub: 'nathalie.pelletier', name: 'Nathalie Pelletier', role: 'privacy-officer', teams: MINISTRY },
  { sub: 'louis.fortin', name: 'Louis Fortin', role: 'privacy-officer', teams: ['interparliamentary-cooperation'] },
];

export function staffMember(sub: string): StaffMember | undefined {
  return EXAMPLE_STAFF.find((member) => member.sub === sub);
}

/** What the development grant was asked for, before the directory fills the gaps. */
export interface PersonRequest {
  readonly sub?: string;
  readonly role?: string;
  readonly teams?: readonly string[];
  readonly name?: string;
}

/**
 * The person a development token speaks for, or why there is none: the request's role and teams,
 * else the directory's. Anyone may be named (tests invent people), but only with a staff role.
 */
export function developmentPerson(request: PersonRequest): StaffMember | string {
  const { sub } = request;
  if (!sub?.trim()) return 'sub is required';
  const known = staffMember(sub);
  const role = request.role ?? known?.role;
  if (!isStaffRole(role)) return `role must be one of ${STAFF_ROLES.join(', ')}`;
  const teams = request.teams?.length ? request.teams : (known?.teams ?? []);
  if (!teams.every(isTeam)) return `team must be one of ${TEAMS.join(', ')}`;
  return { sub, name: request.name ?? known?.name ?? sub, role, teams };
}
