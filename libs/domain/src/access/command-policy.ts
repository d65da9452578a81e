import type { Role } from '../shared/command';
import { mayRead, type CaseFacts, type Person } from './read-policy';

/**
 * Object-level authorization of a step on a case, or of a clock's pause or resume, before each
 * command type's role check (`*_PERMISSIONS`) and the decider's own: only within the person's
 * read scope, which for the roles that act on what they hold (case officers, coordinators) is
 * exactly what they hold, and for the roles above them their teams. Outside it the case is not
 * found (404), so a refusal never confirms that it exists.
 */
export function mayActOn(person: Person, facts: CaseFacts): boolean {
  return mayRead(person, facts);
}

/** A case is opened in a team's case type only by that team's staff (an auditor or administrator opens none). */
export function mayOpenIn(person: Person, team: CaseFacts['team']): boolean {
  return person.teams.includes(team);
}

/** Who may verify the whole log or export a case's history: the auditors. */
export const AUDIT_ROLES: readonly Role[] = ['auditor'];

export function mayAudit(person: Pick<Person, 'role'>): boolean {
  return AUDIT_ROLES.includes(person.role);
}
