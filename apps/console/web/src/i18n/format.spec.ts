import { describe, expect, it } from '@jest/globals';
import { formatInstant, formatTime } from './format';

describe('dates as the OQLF writes them, in Toronto time', () => {
  it('writes a whole hour without minutes', () => {
    expect(formatInstant('2027-01-04T22:00:00.000Z', 'fr-CA')).toBe('lundi 4 janvier 2027, 17 h');
  });

  it('writes minutes after the h, on a 24-hour clock', () => {
    expect(formatInstant('2027-07-01T13:05:00.000Z', 'fr-CA')).toBe('jeudi 1er juillet 2027, 9 h 05');
    expect(formatTime(new Date('2027-01-04T22:05:00.000Z'), 'fr-CA')).toBe('17 h 05');
  });

  it('writes English the Canadian way', () => {
    expect(formatInstant('2027-01-04T22:00:00.000Z', 'en-CA')).toBe('Monday, January 4, 2027, 5:00 p.m.');
  });
});
