import { CommandRefused } from '../shared/errors';
import type { ClockState } from '../service-standards/clock-state';
import type { CooperationEngagementCommand } from './cooperation-engagement.commands';
import {
  isCooperationEngagementOpen,
  type CooperationEngagement,
  type CooperationEngagementState,
  type CooperationEngagementStatus,
  type ActiveCooperationEngagement,
} from './cooperation-engagement.state';

// State guards shared by the commands: each refusal says where the engagement stands.

const STAGE: Record<CooperationEngagementStatus, string> = {
  'needs-assessment': 'at stage 1, needs assessment',
  'action-plan': 'at stage 2, action plan',
  'service-delivery': 'at stage 3, service delivery',
  'follow-up': 'at stage 4, follow-up and assessment',
  declined: 'closed: the Assembly declined to assist',
  rejected: 'closed: the partner rejected the action plan',
  completed: 'closed: the activity report was submitted',
  withdrawn: 'closed: withdrawn',
};

export function requireCase(state: CooperationEngagementState): CooperationEngagement {
  if (state.status === 'none') throw new CommandRefused('no cooperation engagement has been opened for this case');
  return state;
}

export function requireOpen(state: CooperationEngagementState): ActiveCooperationEngagement {
  const engagement = requireCase(state);
  if (!isCooperationEngagementOpen(engagement)) throw new CommandRefused(`the engagement is ${STAGE[engagement.status]}`);
  return engagement;
}

/** The open engagement, if it stands at `stage`, where `command` belongs. */
export function requireStage(
  state: CooperationEngagementState,
  stage: CooperationEngagementStatus,
  command: CooperationEngagementCommand['type'],
): ActiveCooperationEngagement {
  const engagement = requireOpen(state);
  if (engagement.status !== stage) {
    throw new CommandRefused(`the engagement is ${STAGE[engagement.status]}; ${command} belongs ${STAGE[stage]}`);
  }
  return engagement;
}

/** The clock `standardId` while it runs; every stop event has one (its start event precedes it). */
export function runningClock(engagement: CooperationEngagement, standardId: string): ClockState {
  const clock = engagement.clocks[standardId];
  if (!clock || clock.stoppedAt !== null) throw new CommandRefused(`no ${standardId} clock runs in this engagement`);
  return clock;
}
