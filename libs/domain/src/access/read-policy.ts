import type { Actor, Role } from '../shared/command';
import { TEAMS, type Team } from '../shared/team';

/** Who asks: the actor a token proves, and the teams it names (never recorded in events). */
export interface Person extends Actor {
  readonly teams: readonly Team[];
}

/** What the policy needs to know of a case, the same whether read from the read model or the workflow. */
export interface CaseFacts {
  /** The team that works the case's type. */
  readonly team: Team;
  /** Staff who hold the case: its assignee, and for a call the evaluators of its proposals. */
  readonly holders: readonly string[];
  /** Who recorded its opening (null when not known yet). */
  readonly recordedBy: string | null;
  readonly open: boolean;
  /** The role a breached clock of the case is escalated to now, if any. */
  readonly escalatedTo: Role | null;
  /** Its case type has a command administrators issue (a call's extension). */
  readonly administered: boolean;
}

/**
 * One reason a person may read a case. A person's grants are alternatives; each is also a SQL
 * condition (the API translates the same list), so a list leaves out exactly what a read refuses.
 */
export type ReadGrant =
  | { readonly kind: 'every-case' }
  | { readonly kind: 'team'; readonly teams: readonly Team[] }
  | { readonly kind: 'open-in-team'; readonly teams: readonly Team[] }
  | { readonly kind: 'recorded'; readonly teams: readonly Team[]; readonly by: string }
  | { readonly kind: 'held'; readonly teams: readonly Team[]; readonly by: string }
  | { readonly kind: 'escalated'; readonly to: Role; readonly teams: readonly Team[] }
  | { readonly kind: 'administered' };

/** Personal fields shown as stored, or masked until revealed for one case with a stated reason. */
export type PersonalFields = 'shown' | 'masked';

export interface ReadPolicy {
  readonly grants: readonly ReadGrant[];
  readonly personal: PersonalFields;
}

/** The National Assembly's only team: its staff and the Ministry's never read each other's cases. */
export const ASSEMBLY_TEAMS: readonly Team[] = ['interparliamentary-cooperation'];

/** Every team of the public bodies the given teams belong to: the Assembly's, the Ministry's, or both. */
export function teamsOfTheirBodies(teams: readonly Team[]): readonly Team[] {
  const assembly = teams.some((team) => ASSEMBLY_TEAMS.includes(team));
  const ministry = teams.some((team) => !ASSEMBLY_TEAMS.includes(team));
  return TEAMS.filter((team) => (ASSEMBLY_TEAMS.includes(team) ? assembly : ministry));
}

/**
 * Who reads which cases, and how (docs/domain.md#who-sees-what). A token that names no team gives a
 * casework role nothing: need-to-know fails closed.
 */
export function readPolicyOf(person: Person): ReadPolicy {
  const { id: by, teams } = person;
  const shown = (...grants: ReadGrant[]): ReadPolicy => ({ grants, personal: 'shown' });
  switch (person.role) {
    case 'intake-officer':
      // Records what arrives for any open case of the team (a withdrawal letter, a registration).
      return shown({ kind: 'open-in-team', teams }, { kind: 'recorded', teams, by });
    case 'case-officer':
      // Acts only on what is assigned; the unassigned queue is the intake officers' and supervisors'.
      return shown({ kind: 'held', teams, by });
    case 'coordinator':
      // The Assembly's role: its engagements they coordinate, whatever else a token names.
      return shown({ kind: 'held', teams: teams.filter((team) => ASSEMBLY_TEAMS.includes(team)), by });
    case 'supervisor':
    case 'director':
      return shown({ kind: 'team', teams });
    case 'secretary-general':
      // The last level of escalation of their own body: a Ministry's Secretary General never reads the Assembly's engagements.
      return shown({ kind: 'team', teams }, { kind: 'escalated', to: 'secretary-general', teams: teamsOfTheirBodies(teams) });
    case 'auditor':
      return { grants: [{ kind: 'every-case' }], personal: 'masked' };
    case 'administrator':
      // They run the system, not the casework: only the cases they issue a command on (a call
      // they extend), never a person's information.
      return { grants: [{ kind: 'administered' }], personal: 'masked' };
    case 'privacy-officer':
      // Each body's person in charge of personal information: every case of their body, closed
      // ones too, to answer access requests and erase; each read of a person's data is journaled.
      return shown({ kind: 'team', teams });
    case 'system':
    case 'participant':
      // A participant answers their own evaluation through its link and reads no case.
      return { grants: [], personal: 'masked' };
  }
}

/** Whether one grant covers the case. */
export function grantCovers(grant: ReadGrant, facts: CaseFacts): boolean {
  switch (grant.kind) {
    case 'every-case':
      return true;
    case 'team':
      return grant.teams.includes(facts.team);
    case 'open-in-team':
      return facts.open && grant.teams.includes(facts.team);
    case 'recorded':
      return facts.recordedBy === grant.by && grant.teams.includes(facts.team);
    case 'held':
      return facts.holders.includes(grant.by) && grant.teams.includes(facts.team);
    case 'escalated':
      return facts.escalatedTo === grant.to && grant.teams.includes(facts.team);
    case 'administered':
      return facts.administered;
  }
}

/** Whether the person may read the case at all: outside, it does not exist for them (404). */
export function mayRead(person: Person, facts: CaseFacts): boolean {
  return readPolicyOf(person).grants.some((grant) => grantCovers(grant, facts));
}
