import { InvalidCommand } from '../shared/errors';
import { loadHolidayRule, ruleDate } from './holiday-rules';

describe('ruleDate', () => {
  it.each([
    { why: 'a day of the year', rule: { name: 'Fête nationale', on: '06-24' }, year: 2019, date: '2019-06-24' },
    { why: 'before Easter (Easter 2019: 21 April)', rule: { name: 'Good Friday', daysFromEaster: -2 }, year: 2019, date: '2019-04-19' },
    { why: 'after Easter (Easter 2040: 1 April)', rule: { name: 'Easter Monday', daysFromEaster: 1 }, year: 2040, date: '2040-04-02' },
    {
      why: 'first Monday of September, 1 September a Monday',
      rule: { name: 'Labour Day', weekday: 'Monday', onOrAfter: '09-01' },
      year: 2025,
      date: '2025-09-01',
    },
    {
      why: 'first Monday of September, 1 September a Tuesday',
      rule: { name: 'Labour Day', weekday: 'Monday', onOrAfter: '09-01' },
      year: 2026,
      date: '2026-09-07',
    },
    {
      why: 'second Monday of October',
      rule: { name: 'Thanksgiving', weekday: 'Monday', onOrAfter: '10-08' },
      year: 2040,
      date: '2040-10-08',
    },
    {
      why: 'Monday before 25 May, 25 May a Monday: the week before',
      rule: { name: 'Patriots', weekday: 'Monday', before: '05-25' },
      year: 2026,
      date: '2026-05-18',
    },
    {
      why: 'Monday before 25 May, 25 May a Tuesday: the day before',
      rule: { name: 'Patriots', weekday: 'Monday', before: '05-25' },
      year: 2027,
      date: '2027-05-24',
    },
    {
      why: 'Monday before 25 May, 25 May a Sunday',
      rule: { name: 'Patriots', weekday: 'Monday', before: '05-25' },
      year: 2025,
      date: '2025-05-19',
    },
  ] as const)('$why: $date', ({ rule, year, date }) => {
    expect(ruleDate(rule, year)).toBe(date);
  });
});

describe('loadHolidayRule', () => {
  it.each([
    ['r.on', { name: 'Leap day', on: '02-29' }],
    ['r.on', { name: 'x', on: '6-24' }],
    ['r.daysFromEaster', { name: 'x', daysFromEaster: 1.5 }],
    ['r.daysFromEaster', { name: 'x', daysFromEaster: 300 }],
    ['r.weekday', { name: 'x', weekday: 'Mon', onOrAfter: '09-01' }],
    ['r.before', { name: 'x', weekday: 'Monday', before: '05-32' }],
    ['r', { name: 'x', weekday: 'Monday' }],
    ['r.name', { on: '06-24' }],
  ])('names the bad field %s', (field, rule) => {
    expect(() => loadHolidayRule(rule, 'r')).toThrow(InvalidCommand);
    expect(() => loadHolidayRule(rule, 'r')).toThrow(expect.objectContaining({ field }));
  });
});
