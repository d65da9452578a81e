import { describe, expect, it } from '@jest/globals';
import { instantOfText } from './instant-text';

describe('an instant typed as the OQLF writes it', () => {
  it('reads year-month-day and a 24-hour time in America/Toronto, summer and winter', () => {
    expect(instantOfText('2027-01-04 17:00')).toBe('2027-01-04T22:00:00.000Z');
    expect(instantOfText('2027-07-05 09:30')).toBe('2027-07-05T13:30:00.000Z');
    expect(instantOfText(' 2027-01-04T17:05:30 ')).toBe('2027-01-04T22:05:30.000Z');
  });

  it('reads the French « 17 h » and « 17 h 05 »', () => {
    expect(instantOfText('2027-01-04 17 h')).toBe('2027-01-04T22:00:00.000Z');
    expect(instantOfText('2027-01-04 17 h 05')).toBe('2027-01-04T22:05:00.000Z');
    expect(instantOfText('2027-01-04, 8:05')).toBe('2027-01-04T13:05:00.000Z');
  });

  it('reads nothing from a browser-locale date, an AM/PM time, or an impossible date', () => {
    for (const text of ['01/04/2027 05:00 PM', '2027-01-04 5:00 PM', '2027-01-04', '2027-02-30 10:00', '2027-01-04 25:00', ''])
      expect(instantOfText(text)).toBeUndefined();
  });
});
