import { pendingParticipants } from './premier-mission.guards';
import { isPremierMissionEvaluating, type EvaluatingPremierMission, type PremierMissionState } from './premier-mission.state';

/**
 * What the workflow must wake up for. As with the shared `ClockAlarm`, `type` names the command
 * to issue (as `system`) at `at`: the workflow sleeps until then (or until an update changes the
 * state, then asks again) and feeds that command to `decide`. A union of plain timers rather
 * than service-standard clocks: none of them measures staff, so none warns or breaches. Before
 * `EndPremierMission` the workflow computes the evaluation plan in an activity.
 */
export type PremierMissionAlarm = Readonly<{
  type: 'StartPremierMission' | 'EndPremierMission' | 'RemindMissionParticipants' | 'CompileMissionEvaluations';
  at: string;
}>;

const latest = (instants: readonly string[]): string =>
  instants.reduce((last, instant) => (Date.parse(instant) > Date.parse(last) ? instant : last));

/**
 * Everyone answered: compile at once (`at` is the last answer, already past). Otherwise the
 * reminder, unless the window has already closed (a worker that was down), then the closing.
 */
function nextEvaluationAlarm(mission: EvaluatingPremierMission, nowMs: number): PremierMissionAlarm {
  const { plan, reminded, answers } = mission.evaluation;
  if (pendingParticipants(mission).length === 0) {
    const answeredAt = Object.values(answers).map((answer) => answer.answeredAt);
    return { type: 'CompileMissionEvaluations', at: latest([plan.sentAt, ...answeredAt]) };
  }
  if (!reminded && nowMs < Date.parse(plan.closesAt)) return { type: 'RemindMissionParticipants', at: plan.remindAt };
  return { type: 'CompileMissionEvaluations', at: plan.closesAt };
}

/** The start, the end, the reminder, the compilation; nothing once compiled or cancelled. */
export function nextPremierMissionAlarm(state: PremierMissionState, nowMs: number): PremierMissionAlarm | null {
  switch (state.status) {
    case 'registration-open':
    case 'registration-closed':
      return { type: 'StartPremierMission', at: state.startsAt };
    case 'in-progress':
      return { type: 'EndPremierMission', at: state.endsAt };
    case 'evaluating':
      return isPremierMissionEvaluating(state) ? nextEvaluationAlarm(state, nowMs) : null;
    default:
      return null;
  }
}
