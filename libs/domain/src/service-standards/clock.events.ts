import type { Role } from '../shared/command';
import type { ClockPlan } from './clock-plan';

/** Who holds a case: a case officer, or the coordinator of an engagement. */
export type AssigneeRole = 'case-officer' | 'coordinator';
import type { Event } from '../shared/event';

// Events of any service-standard clock, whatever the case type: a warning before the deadline
// and a breach at it. The workflow's timers feed the matching commands to the case's decider.

export type ServiceStandardWarning = Event<
  'ServiceStandardWarning',
  {
    standardId: string;
    standardVersion: number;
    dueAt: string;
    warnedAt: string;
    /** The assignee, or the supervisors when nobody is assigned yet. */
    notify: { role: AssigneeRole | 'supervisor'; officerId: string | null };
  }
>;

export type ServiceStandardBreached = Event<
  'ServiceStandardBreached',
  { standardId: string; standardVersion: number; dueAt: string; breachedAt: string; escalatedTo: Role }
>;

/** The breach is still open at the escalation chain's next instant: one level up. */
export type ServiceStandardBreachEscalated = Event<
  'ServiceStandardBreachEscalated',
  { standardId: string; standardVersion: number; dueAt: string; escalatedAt: string; escalatedTo: Role }
>;

/** The calendar changed under a running clock: its deadlines moved, and why, for the auditors. */
export type ServiceStandardDueDateMoved = Event<
  'ServiceStandardDueDateMoved',
  { standardId: string; from: { warnAt: string; dueAt: string }; plan: ClockPlan; reason: string }
>;

export type ServiceStandardClockPaused = Event<
  'ServiceStandardClockPaused',
  { standardId: string; reason: string; explanation: string; pausedAt: string; pausedBy: string }
>;

/** The deadlines moved by the working days the pause covered: `from` keeps the old ones. */
export type ServiceStandardClockResumed = Event<
  'ServiceStandardClockResumed',
  {
    standardId: string;
    resumedAt: string;
    resumedBy: string;
    pausedWorkingDays: number;
    from: { warnAt: string; dueAt: string };
    plan: ClockPlan;
  }
>;
