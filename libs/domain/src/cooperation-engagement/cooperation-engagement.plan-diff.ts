import type { ActionPlan } from './cooperation-engagement.events';
import type { ActionPlanVersion, CooperationEngagementState } from './cooperation-engagement.state';

/** One field that differs between two plan versions, named by its dotted path (`budget.amount`). */
export interface ActionPlanChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

type Leaves = Map<string, unknown>;

/** Objects are walked into; lists (milestones, expertise, forms, sectors) compare as whole values. */
function leaves(value: unknown, path: string, into: Leaves): Leaves {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    Object.entries(value).forEach(([key, child]) => leaves(child, path ? `${path}.${key}` : key, into));
  } else {
    into.set(path, value);
  }
  return into;
}

/**
 * What changed from plan `before` to plan `after`, field by field, in the order of `after`'s
 * fields (then fields only `before` has). An identical plan gives no change.
 */
export function diffActionPlans(before: ActionPlan, after: ActionPlan): ActionPlanChange[] {
  const from = leaves(before, '', new Map());
  const to = leaves(after, '', new Map());
  const fields = [...new Set([...to.keys(), ...from.keys()])];
  return fields
    .filter((field) => JSON.stringify(from.get(field)) !== JSON.stringify(to.get(field)))
    .map((field) => ({ field, before: from.get(field) ?? null, after: to.get(field) ?? null }));
}

/** A kept version of the engagement's action plan, or null when there is none by that number. */
export function actionPlanVersion(state: CooperationEngagementState, version: number): ActionPlanVersion | null {
  return state.status === 'none' ? null : (state.plans.find((plan) => plan.version === version) ?? null);
}

/** The changes between two kept versions (`from` earlier, usually); null when either is missing. */
export function diffActionPlanVersions(state: CooperationEngagementState, from: number, to: number): ActionPlanChange[] | null {
  const before = actionPlanVersion(state, from);
  const after = actionPlanVersion(state, to);
  return before && after ? diffActionPlans(before.plan, after.plan) : null;
}
