import published from './testing/published-easter-sundays.json';
import { easterSunday } from './easter';

describe('easterSunday (Gregorian computus)', () => {
  it('covers the published table from 1990 through 2100, one Sunday a year', () => {
    expect(published.easterSundays).toHaveLength(111);
    expect(published.easterSundays.map((date) => Number(date.slice(0, 4)))).toEqual(
      Array.from({ length: 111 }, (_, index) => 1990 + index),
    );
  });

  it.each(published.easterSundays)('gives %s, as published', (date) => {
    expect(easterSunday(Number(date.slice(0, 4)))).toBe(date);
  });

  it.each([
    ['1818-03-22', 'earliest possible'],
    ['1943-04-25', 'latest possible'],
    ['2285-03-22', 'earliest again'],
  ])('gives %s (%s)', (date) => {
    expect(easterSunday(Number(date.slice(0, 4)))).toBe(date);
  });
});
