import { InvalidCommand } from './errors';
import { isMoney, MAX_COUNT, MONEY, requireMoney, requireWholeNumber } from './quantities';

describe('money', () => {
  it.each([MONEY.minimum, 0.29, 84500, 92000.5, MONEY.maximum])('takes %p', (amount) => expect(isMoney(amount)).toBe(true));

  // 5e-324 once crashed class-validator's decimal count (its text has no decimal point): a 500.
  it.each([5e-324, 0, -1, 0.001, 1.005, MONEY.maximum + 0.01, 2.3e21, NaN, Infinity, '84500', null])('refuses %p', (amount) =>
    expect(isMoney(amount)).toBe(false),
  );

  it('names the field and the bounds when refusing', () =>
    expect(() => requireMoney(5e-324, 'plan.budget.amount')).toThrow(
      new InvalidCommand('plan.budget.amount', 'must be an amount from 0.01 to 1000000000 with at most two decimals'),
    ));
});

describe('requireWholeNumber', () => {
  it('takes a whole number within the bounds', () => expect(requireWholeNumber(MAX_COUNT, 'publicServants', 0)).toBe(MAX_COUNT));

  it.each([2.3e21, MAX_COUNT + 1, 1.5, -1, '3'])('refuses %p, naming the field and the bounds', (count) =>
    expect(() => requireWholeNumber(count, 'plan.teamProfile.publicServants', 0)).toThrow(
      new InvalidCommand('plan.teamProfile.publicServants', `must be a whole number from 0 to ${MAX_COUNT}`),
    ),
  );

  it('takes a maximum of its own', () => expect(() => requireWholeNumber(251, 'workingDays', 1, 250)).toThrow(/from 1 to 250/));
});
