import type { Role } from '../shared/command';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { requireLocalDate, requireText } from '../shared/validation';
import { requireWholeNumber } from '../shared/quantities';
import type { ServiceStandard } from './service-standard';

/**
 * What an administrator publishes when the yearly declaration of services changes a standard:
 * its new commitment, in force from a future date. Which events start and stop the clock is the
 * case type's business and carries over from the version in force.
 */
export interface StandardRevision {
  readonly effectiveFrom: string;
  readonly title: string;
  readonly source: string;
  readonly workingDays: number;
  readonly warning: { readonly workingDaysBeforeDue: number };
  /** `further` omitted: the chain of the version in force carries over; `null`: no further level. */
  readonly escalation: { readonly onBreach: Role; readonly further?: { readonly afterWorkingDays: number; readonly to: Role } | null };
}

export const ESCALATION_ROLES: readonly Role[] = ['supervisor', 'director', 'secretary-general'];

function latestOf(standards: readonly ServiceStandard[], id: string): ServiceStandard {
  const versions = standards.filter((standard) => standard.id === id).sort((a, b) => a.version - b.version);
  const latest = versions[versions.length - 1];
  if (!latest) throw new InvalidCommand('standardId', `no service standard '${id}'`);
  return latest;
}

/**
 * The next version of standard `id`. It applies to clocks that start on or after `effectiveFrom`,
 * which must be after `today` (Québec date) and after the latest version's own date, so that no
 * clock already started, and no version already announced, changes meaning.
 */
export function reviseStandard(
  standards: readonly ServiceStandard[],
  id: string,
  revision: StandardRevision,
  today: string,
): ServiceStandard {
  const latest = latestOf(standards, id);
  const effectiveFrom = requireLocalDate(revision.effectiveFrom, 'effectiveFrom');
  if (effectiveFrom <= today) throw new InvalidCommand('effectiveFrom', `must be after today (${today})`);
  if (effectiveFrom <= latest.effectiveFrom) {
    throw new CommandRefused(`version ${latest.version} of ${id} already takes effect on ${latest.effectiveFrom}`);
  }
  const workingDays = requireWholeNumber(revision.workingDays, 'workingDays', 1, 250);
  const warning = requireWholeNumber(revision.warning?.workingDaysBeforeDue, 'warning.workingDaysBeforeDue', 0, workingDays - 1);
  const onBreach = revision.escalation?.onBreach;
  if (!ESCALATION_ROLES.includes(onBreach)) {
    throw new InvalidCommand('escalation.onBreach', `must be one of ${ESCALATION_ROLES.join(', ')}`);
  }
  const further = furtherOf(revision.escalation.further, latest);
  return {
    ...latest,
    version: latest.version + 1,
    effectiveFrom,
    title: requireText(revision.title, 'title').trim(),
    source: requireText(revision.source, 'source').trim(),
    workingDays,
    warning: { ...latest.warning, workingDaysBeforeDue: warning },
    escalation: further ? { onBreach, further } : { onBreach },
  };
}

function furtherOf(value: StandardRevision['escalation']['further'], latest: ServiceStandard): ServiceStandard['escalation']['further'] {
  if (value === undefined) return latest.escalation.further;
  if (value === null) return undefined;
  const afterWorkingDays = requireWholeNumber(value.afterWorkingDays, 'escalation.further.afterWorkingDays', 1, 60);
  if (!ESCALATION_ROLES.includes(value.to)) {
    throw new InvalidCommand('escalation.further.to', `must be one of ${ESCALATION_ROLES.join(', ')}`);
  }
  return { afterWorkingDays, to: value.to };
}
