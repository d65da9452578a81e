import type { Role } from '../shared/command';
import { InvalidCommand } from '../shared/errors';
import { parseInstant } from '../shared/validation';
import { localDateAt } from '../calendar/time-zone';

/**
 * A service standard of the declaration of services, as data (docs/domain.md#service-standards):
 * which events start, stop or cancel its clock, how many working days it allows, when to warn
 * and whom to escalate to. The declaration is revised every year, so each standard is versioned;
 * a case keeps the version in force when its clock started.
 */
export interface ServiceStandard {
  readonly id: string;
  readonly version: number;
  /** Local date (America/Toronto) from which this version applies. */
  readonly effectiveFrom: string;
  readonly title: string;
  /** The commitment quoted from the declaration. */
  readonly source: string;
  readonly clock: {
    readonly startsOn: string;
    readonly stopsOn: readonly string[];
    readonly cancelledOn: readonly string[];
  };
  readonly workingDays: number;
  /**
   * Why a clock of this standard may be paused (waiting for a document only the requester can
   * send, say); absent: it never pauses. Paused working days are added to its deadlines.
   */
  readonly pause?: { readonly reasons: readonly string[] };
  readonly warning: { readonly workingDaysBeforeDue: number; readonly notify: 'assignee' };
  readonly escalation: {
    readonly onBreach: Role;
    /** A breach still open this many working days after the due instant goes one level up. */
    readonly further?: { readonly afterWorkingDays: number; readonly to: Role };
  };
}

/** The declaration's dates are Québec dates. */
export const STANDARDS_TIME_ZONE = 'America/Toronto';

/**
 * The version of standard `id` in force at `instant`: the latest `effectiveFrom` not after the
 * instant's local date (the highest version if two share a date).
 */
export function standardInForce(
  standards: readonly ServiceStandard[],
  id: string,
  instant: string,
  timeZone: string = STANDARDS_TIME_ZONE,
): ServiceStandard {
  const date = localDateAt(parseInstant(instant, 'instant'), timeZone);
  const versions = standards.filter((standard) => standard.id === id);
  if (versions.length === 0) throw new InvalidCommand('id', `no service standard '${id}'`);
  const inForce = versions
    .filter((standard) => standard.effectiveFrom <= date)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version)
    .pop();
  if (!inForce) throw new InvalidCommand('instant', `no version of '${id}' is in force on ${date}`);
  return inForce;
}
