import type { Team } from '../shared/team';
import type { Person } from './read-policy';

/**
 * Whose moved clocks a person may list after a calendar change. The list names a case, its type,
 * the standard and the old and new due instants: nothing personal, so reading it is not journaled.
 * Administrators keep the calendar and see every clock it moves; supervisors and directors those
 * of their teams (docs/domain.md#who-sees-what).
 */
export type CalendarMovesScope = { readonly kind: 'every-case' } | { readonly kind: 'teams'; readonly teams: readonly Team[] };

/** The scope, or undefined when the person may not list moved clocks at all (403). */
export function calendarMovesScopeOf(person: Person): CalendarMovesScope | undefined {
  switch (person.role) {
    case 'administrator':
      return { kind: 'every-case' };
    case 'supervisor':
    case 'director':
      return { kind: 'teams', teams: person.teams };
    default:
      return undefined;
  }
}
