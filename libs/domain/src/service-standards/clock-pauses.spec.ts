import { QC_PUBLIC_SERVICE_CALENDAR as QC } from '../calendar/working-calendar';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { nextClockAlarm } from './clock-alarms';
import type { PauseServiceStandardClock, ResumeServiceStandardClock } from './clock.commands';
import { evolvePause, pauseOf, resumeOf } from './clock-pauses';
import { resumedPlan, type ClockPlan } from './clock-plan';
import { startClock, type ClockState } from './clock-state';

// Received Monday 23 November 2026, due Friday 27 at 17:00; the requester is asked for a missing
// document on Tuesday and sends it on Thursday: two working days (Wednesday, Thursday) paused.
const plan: ClockPlan = {
  standardId: 'email-information-request',
  standardVersion: 1,
  calendarId: 'qc-public-service',
  calendarVersion: 1,
  startedAt: '2026-11-23T15:00:00.000Z',
  warnAt: '2026-11-26T22:00:00.000Z',
  dueAt: '2026-11-27T22:00:00.000Z',
  escalateTo: 'supervisor',
  escalateFurther: { at: '2026-12-01T22:00:00.000Z', to: 'director' },
  pausableFor: ['awaiting-requester-information'],
};
const officer = { id: 'olivier', role: 'case-officer' } as const;
const PAUSED_AT = '2026-11-24T15:00:00.000Z';
const RESUMED_AT = '2026-11-26T16:00:00.000Z';
const pause = (reason = 'awaiting-requester-information'): PauseServiceStandardClock => ({
  type: 'PauseServiceStandardClock',
  data: { standardId: plan.standardId, reason, explanation: 'Numéro de dossier manquant' },
  metadata: { actor: officer, now: PAUSED_AT, correlationId: 'c' },
});
const resume = (data: Omit<ResumeServiceStandardClock['data'], 'standardId'>): ResumeServiceStandardClock => ({
  type: 'ResumeServiceStandardClock',
  data: { standardId: plan.standardId, ...data },
  metadata: { actor: officer, now: RESUMED_AT, correlationId: 'c' },
});

describe('pausing a service-standard clock', () => {
  const paused: ClockState = evolvePause(startClock(plan), pauseOf(startClock(plan), pause(), Date.parse(PAUSED_AT)));

  it('records why, and rings no alarm while paused', () => {
    expect(paused).toMatchObject({
      pausedAt: PAUSED_AT,
      pauses: [{ reason: 'awaiting-requester-information', explanation: 'Numéro de dossier manquant', resumedAt: null }],
    });
    expect(nextClockAlarm(paused, Date.parse('2026-11-30T12:00:00Z'))).toBeNull();
  });

  it('counts only working time: two working days paused move every deadline by two', () => {
    const resumed = resumedPlan(plan, QC, PAUSED_AT, RESUMED_AT);
    expect(resumed).toEqual({
      pausedWorkingDays: 2,
      plan: {
        ...plan,
        warnAt: '2026-11-30T22:00:00.000Z',
        dueAt: '2026-12-01T22:00:00.000Z',
        escalateFurther: { at: '2026-12-03T22:00:00.000Z', to: 'director' },
      },
    });
    const event = resumeOf(paused, resume(resumed), Date.parse(RESUMED_AT));
    expect(event.data).toMatchObject({ from: { warnAt: plan.warnAt, dueAt: plan.dueAt }, pausedWorkingDays: 2, resumedBy: 'olivier' });
    const after = evolvePause(paused, event);
    expect(after).toMatchObject({ pausedAt: null, plan: resumed.plan, pauses: [{ resumedAt: RESUMED_AT, pausedWorkingDays: 2 }] });
    expect(nextClockAlarm(after, Date.parse(RESUMED_AT))).toMatchObject({
      type: 'RaiseServiceStandardWarning',
      at: '2026-11-30T22:00:00.000Z',
    });
  });

  it('moves nothing for a pause within the same day', () => {
    expect(resumedPlan(plan, QC, '2026-11-24T15:00:00Z', '2026-11-24T20:00:00Z')).toEqual({ plan, pausedWorkingDays: 0 });
  });

  it('is refused for a reason the standard does not allow, twice, when breached, or for a standard without pauses', () => {
    expect(() => pauseOf(startClock(plan), pause('on-holiday'), Date.parse(PAUSED_AT))).toThrow(InvalidCommand);
    expect(() => pauseOf(paused, pause(), Date.parse(PAUSED_AT))).toThrow('already paused');
    expect(() => pauseOf({ ...startClock(plan), breached: true }, pause(), Date.parse(PAUSED_AT))).toThrow(CommandRefused);
    const noPause = startClock({ ...plan, pausableFor: undefined });
    expect(() => pauseOf(noPause, pause(), Date.parse(PAUSED_AT))).toThrow('allows no pause');
  });

  it('resumes only a paused clock, with its own plan moved forward', () => {
    const resumed = resumedPlan(plan, QC, PAUSED_AT, RESUMED_AT);
    expect(() => resumeOf(startClock(plan), resume(resumed), Date.parse(RESUMED_AT))).toThrow('not paused');
    expect(() =>
      resumeOf(
        paused,
        resume({ ...resumed, plan: { ...resumed.plan, warnAt: '2026-11-25T22:00:00.000Z', dueAt: '2026-11-26T22:00:00.000Z' } }),
        Date.parse(RESUMED_AT),
      ),
    ).toThrow(expect.objectContaining({ field: 'plan' }));
    expect(() => resumeOf(paused, resume({ ...resumed, pausedWorkingDays: -1 }), Date.parse(RESUMED_AT))).toThrow(
      expect.objectContaining({ field: 'pausedWorkingDays' }),
    );
  });
});
