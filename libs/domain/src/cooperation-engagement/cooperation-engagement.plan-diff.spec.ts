import { fold } from '../shared/decider';
import { cooperationEngagementDecider } from './cooperation-engagement.decider';
import { PLAN, REVISED_PLAN, AT_DELIVERY } from './cooperation-engagement.fixtures';
import { actionPlanVersion, diffActionPlans, diffActionPlanVersions } from './cooperation-engagement.plan-diff';

describe('diffActionPlans', () => {
  it('names each changed field by its dotted path, with both values', () => {
    expect(diffActionPlans(PLAN, REVISED_PLAN)).toEqual([
      { field: 'budget.amount', before: 84500, after: 92000 },
      { field: 'services.sectors', before: [2, 3], after: [2, 3, 5] },
    ]);
  });

  it('finds no change between a plan and itself or an equal copy', () => {
    expect(diffActionPlans(PLAN, JSON.parse(JSON.stringify(PLAN)))).toEqual([]);
  });

  it('compares lists as a whole and reports a field that appears or disappears', () => {
    const milestones = [{ on: '2026-07-01', description: 'Study visit' }];
    const after = { ...PLAN, schedule: { ...PLAN.schedule, milestones }, budget: { ...PLAN.budget, fundedBy: null } };
    expect(diffActionPlans(PLAN, after)).toEqual([
      { field: 'schedule.milestones', before: PLAN.schedule.milestones, after: milestones },
      { field: 'budget.fundedBy', before: 'United Nations Development Programme (UNDP)', after: null },
    ]);
  });
});

describe('diffActionPlanVersions', () => {
  const state = fold(cooperationEngagementDecider, AT_DELIVERY);

  it('diffs two kept versions of an engagement', () => {
    expect(diffActionPlanVersions(state, 1, 2)).toEqual(diffActionPlans(PLAN, REVISED_PLAN));
    expect(actionPlanVersion(state, 1)?.plan).toEqual(PLAN);
  });

  it('is null when a version does not exist', () => {
    expect(diffActionPlanVersions(state, 1, 3)).toBeNull();
    expect(diffActionPlanVersions(cooperationEngagementDecider.initialState(), 1, 2)).toBeNull();
  });
});
