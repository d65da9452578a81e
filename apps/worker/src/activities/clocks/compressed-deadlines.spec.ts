import type { ClockPlan } from '@entente/domain';
import { compressedPlan, compressingPlans } from './compressed-deadlines';

const PLAN: ClockPlan = {
  standardId: 'email-information-request',
  standardVersion: 1,
  calendarId: 'qc-public-service',
  calendarVersion: 1,
  escalateTo: 'supervisor',
  startedAt: '2026-12-07T15:00:00.000Z',
  warnAt: '2026-12-10T15:00:00.000Z',
  dueAt: '2026-12-11T15:00:00.000Z',
  escalateFurther: { at: '2026-12-15T15:00:00.000Z', to: 'director' },
};

describe('compressed deadlines', () => {
  it('warns a lead after the start, then falls due and escalates further a gap apart, under the same standard', () => {
    expect(compressedPlan(PLAN, { leadMs: 30_000, gapMs: 15_000 })).toEqual({
      ...PLAN,
      warnAt: '2026-12-07T15:00:30.000Z',
      dueAt: '2026-12-07T15:00:45.000Z',
      escalateFurther: { at: '2026-12-07T15:01:00.000Z', to: 'director' },
    });
  });

  it('leaves a standard without a further escalation without one', () => {
    expect(compressedPlan({ ...PLAN, escalateFurther: null }, { leadMs: 1_000, gapMs: 1_000 }).escalateFurther).toBeNull();
  });

  it('compresses only while told to', async () => {
    const told: { setting?: { leadMs: number; gapMs: number } } = {};
    const plan = compressingPlans(
      () => Promise.resolve(PLAN),
      () => told.setting,
    );
    const request = { standardId: PLAN.standardId, startedAt: PLAN.startedAt };
    expect(await plan(request)).toEqual(PLAN);
    told.setting = { leadMs: 10_000, gapMs: 5_000 };
    expect((await plan(request)).dueAt).toBe('2026-12-07T15:00:15.000Z');
  });
});
