import { describe, expect, it } from '@jest/globals';
import { planValue, planVersions } from './plan-values';

describe('planValue', () => {
  it('writes numbers in the locale, lists joined, and nothing as a dash', () => {
    expect(planValue(92000, 'fr-CA')).toBe('92\u00a0000');
    expect(planValue(92000, 'en-CA')).toBe('92,000');
    expect(planValue([2, 3, 5], 'en-CA')).toBe('2, 3, 5');
    expect(planValue(null, 'fr-CA')).toBe('—');
    expect(planValue({ on: '2026-06-12' }, 'fr-CA')).toBe('{"on":"2026-06-12"}');
  });
});

describe('planVersions', () => {
  it('numbers each proposal of the plan from 1', () => {
    expect(
      planVersions(['CooperationEngagementOpened', 'ActionPlanProposed', 'ActionPlanModificationsRequested', 'ActionPlanProposed']),
    ).toEqual([1, 2]);
    expect(planVersions(['CooperationEngagementOpened'])).toEqual([]);
  });
});
