import { describe, expect, it } from '@jest/globals';
import { MAX_READINGS, stillMoving } from './still-moving';

describe('stillMoving', () => {
  it('keeps reading while the list grows or nothing has moved yet', () => {
    expect(stillMoving([])).toBe(true);
    expect(stillMoving([0, 0, 0, 0, 0])).toBe(true);
    expect(stillMoving([1, 2, 2, 2])).toBe(true);
  });

  it('stops once the list has not grown for four readings, or after the last reading', () => {
    expect(stillMoving([1, 2, 2, 2, 2])).toBe(false);
    expect(stillMoving(new Array<number>(MAX_READINGS).fill(0))).toBe(false);
  });
});
