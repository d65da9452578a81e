import { InvalidCommand } from './errors';

// The bounds of the numbers people type: the API checks them at the edge (400) with these same
// functions, and deciders again (422), since commands also arrive from workflow history.

/** An amount of money in a currency's units: more than nothing, at most a billion, to the cent. */
export const MONEY = Object.freeze({ minimum: 0.01, maximum: 1_000_000_000 });

/** A count of people, days or versions: a whole number, at most ten thousand. */
export const MAX_COUNT = 10_000;

export const MONEY_RULE = `must be an amount from ${MONEY.minimum} to ${MONEY.maximum} with at most two decimals`;

export function isMoney(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    value >= MONEY.minimum &&
    value <= MONEY.maximum &&
    // Within these bounds the hundredths are exact enough for this to be the cents test.
    Math.round(value * 100) / 100 === value
  );
}

export function requireMoney(value: unknown, field: string): number {
  if (!isMoney(value)) throw new InvalidCommand(field, MONEY_RULE);
  return value;
}

export const countRule = (minimum: number, maximum = MAX_COUNT) => `must be a whole number from ${minimum} to ${maximum}`;

export function isCount(value: unknown, minimum: number, maximum = MAX_COUNT): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum;
}

/** A whole number from `minimum` to `maximum` (by default MAX_COUNT). */
export function requireWholeNumber(value: unknown, field: string, minimum: number, maximum = MAX_COUNT): number {
  if (!isCount(value, minimum, maximum)) throw new InvalidCommand(field, countRule(minimum, maximum));
  return value;
}
