import { InvalidCommand } from '../shared/errors';
import { parseInstant } from '../shared/validation';
import { localDateAt } from '../calendar/time-zone';
import { STANDARDS_TIME_ZONE } from '../service-standards/service-standard';

// The declaration promises the evaluation but gives no delay: these are configurable targets
// (docs/domain.md#premier-led-missions). They are plain timers, not service-standard clocks: the
// reminder and the compilation are automatic, nobody on staff can be late for them, so a warning
// and a breach escalated to a supervisor would only be noise. Versioned like standards all the
// same: a mission keeps the version in force when its evaluation was sent (the plan carries it).

const DECLARATION = 'Ministère des Relations internationales, Declaration of services';

export const MISSION_EVALUATION_TARGET_ID = 'premier-mission-evaluation';

export interface MissionEvaluationTarget {
  readonly id: string;
  readonly version: number;
  /** Local date (America/Toronto) from which this version applies. */
  readonly effectiveFrom: string;
  readonly title: string;
  readonly source: string;
  /** Participants who have not answered are reminded once, this many working days after sending. */
  readonly reminderAfterWorkingDays: number;
  /** The answers are compiled this many working days after the reminder (sooner if all answered). */
  readonly closesAfterReminderWorkingDays: number;
}

export const MISSION_EVALUATION_TARGET: MissionEvaluationTarget = {
  id: MISSION_EVALUATION_TARGET_ID,
  version: 1,
  effectiveFrom: '2001-04-01',
  title: 'Mission evaluation: one reminder after 5 working days, answers compiled 5 working days later',
  source:
    `${DECLARATION}, Québec missions: "The quality of these services is very high. To enable us to do ` +
    'everything possible to improve our service offer, at the end of each mission we ask participants to ' +
    'evaluate the services they have received." No delay is given: configurable target. Default: one ' +
    'reminder after 5 working days (a week back at the office after travelling), and the window closes 5 ' +
    'working days after the reminder, so the figures are ready within about two weeks, while memories of ' +
    'the mission are fresh enough to plan the next one.',
  reminderAfterWorkingDays: 5,
  closesAfterReminderWorkingDays: 5,
};

export const PREMIER_MISSION_TARGETS: readonly MissionEvaluationTarget[] = [MISSION_EVALUATION_TARGET];

/** The version of the evaluation target in force at `instant` (latest `effectiveFrom` not after its Québec date). */
export function evaluationTargetInForce(targets: readonly MissionEvaluationTarget[], instant: string): MissionEvaluationTarget {
  const date = localDateAt(parseInstant(instant, 'instant'), STANDARDS_TIME_ZONE);
  const inForce = targets
    .filter((target) => target.id === MISSION_EVALUATION_TARGET_ID && target.effectiveFrom <= date)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || a.version - b.version)
    .pop();
  if (!inForce) throw new InvalidCommand('instant', `no ${MISSION_EVALUATION_TARGET_ID} target in force on ${date}`);
  return inForce;
}
