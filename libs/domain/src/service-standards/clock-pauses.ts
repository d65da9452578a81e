import { CommandRefused, InvalidCommand } from '../shared/errors';
import { requireText } from '../shared/validation';
import type { PauseServiceStandardClock, ResumeServiceStandardClock } from './clock.commands';
import type { ServiceStandardClockPaused, ServiceStandardClockResumed } from './clock.events';
import { requireClockPlan } from './clock-plan';
import type { ClockState } from './clock-state';

/** A clock pauses only for a reason its standard allows, while it runs and is not yet breached. */
export function pauseOf(clock: ClockState, { data, metadata }: PauseServiceStandardClock, nowMs: number): ServiceStandardClockPaused {
  const { standardId, pausableFor = [] } = clock.plan;
  if (clock.stoppedAt !== null) throw new CommandRefused(`the clock stopped at ${clock.stoppedAt}`);
  if (clock.pausedAt) throw new CommandRefused(`the ${standardId} clock is already paused since ${clock.pausedAt}`);
  if (clock.breached) throw new CommandRefused(`the ${standardId} standard is already breached`);
  if (pausableFor.length === 0) throw new CommandRefused(`the ${standardId} standard allows no pause`);
  if (!pausableFor.includes(data.reason)) throw new InvalidCommand('reason', `must be one of ${pausableFor.join(', ')}`);
  const explanation = requireText(data.explanation, 'explanation').trim();
  return {
    type: 'ServiceStandardClockPaused',
    data: { standardId, reason: data.reason, explanation, pausedAt: new Date(nowMs).toISOString(), pausedBy: metadata.actor.id },
  };
}

/** The resumed plan must be this clock's, its deadlines moved forward, never back. */
export function resumeOf(clock: ClockState, { data, metadata }: ResumeServiceStandardClock, nowMs: number): ServiceStandardClockResumed {
  const { standardId, standardVersion, startedAt, warnAt, dueAt } = clock.plan;
  if (!clock.pausedAt) throw new CommandRefused(`the ${standardId} clock is not paused`);
  const plan = requireClockPlan(data.plan, 'plan');
  const same = plan.standardId === standardId && plan.standardVersion === standardVersion && plan.startedAt === startedAt;
  if (!same || Date.parse(plan.dueAt) < Date.parse(dueAt))
    throw new InvalidCommand('plan', `must move version ${standardVersion} of ${standardId} forward`);
  const { pausedWorkingDays } = data;
  if (!Number.isInteger(pausedWorkingDays) || pausedWorkingDays < 0)
    throw new InvalidCommand('pausedWorkingDays', 'must be a whole number of days');
  const resumedAt = new Date(nowMs).toISOString();
  return {
    type: 'ServiceStandardClockResumed',
    data: { standardId, resumedAt, resumedBy: metadata.actor.id, pausedWorkingDays, from: { warnAt, dueAt }, plan },
  };
}

export function evolvePause(clock: ClockState, event: ServiceStandardClockPaused | ServiceStandardClockResumed): ClockState {
  const pauses = clock.pauses ?? [];
  if (event.type === 'ServiceStandardClockPaused') {
    const { reason, explanation, pausedAt } = event.data;
    return { ...clock, pausedAt, pauses: [...pauses, { reason, explanation, pausedAt, resumedAt: null, pausedWorkingDays: null }] };
  }
  const { resumedAt, pausedWorkingDays, plan } = event.data;
  const closed = pauses.map((pause, index) => (index === pauses.length - 1 ? { ...pause, resumedAt, pausedWorkingDays } : pause));
  return { ...clock, pausedAt: null, plan, pauses: closed };
}
