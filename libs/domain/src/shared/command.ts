/**
 * Every role the casework engine knows (docs/domain.md#roles), plus `system` for timers and
 * `participant` for a mission's participant answering through their evaluation link.
 */
export type Role =
  | 'intake-officer'
  | 'case-officer'
  | 'supervisor'
  | 'director'
  | 'secretary-general'
  | 'coordinator'
  | 'auditor'
  | 'administrator'
  | 'privacy-officer'
  | 'system'
  | 'participant';

export const ROLES: readonly Role[] = [
  'intake-officer',
  'case-officer',
  'supervisor',
  'director',
  'secretary-general',
  'coordinator',
  'auditor',
  'administrator',
  'privacy-officer',
  'system',
  'participant',
];

/**
 * Roles a person can hold and sign in with. `system` is the workflows' own clock; a `participant`
 * is proved by their evaluation link alone (docs/adr/0023): neither ever signs in.
 */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'system' && role !== 'participant');

export function isStaffRole(value: unknown): value is Role {
  return typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
}

export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/**
 * Who issues a command, when, and for which request. Time comes in with the command (never
 * `Date.now()` in the domain) so that deciders stay deterministic inside Temporal workflows.
 */
export interface CommandMetadata {
  readonly actor: Actor;
  /** ISO instant. */
  readonly now: string;
  readonly correlationId: string;
}

export type Command<Type extends string, Data> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  metadata: CommandMetadata;
}>;
