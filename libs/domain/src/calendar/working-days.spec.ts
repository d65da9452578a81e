import { InvalidCommand } from '../shared/errors';
import { QC_PUBLIC_SERVICE_CALENDAR as QC, withHoliday } from './working-calendar';
import { addWorkingDays, isWorkingDay, shiftWorkingDays, workingDaysBetween } from './working-days';

// Offsets: Eastern Standard Time is -05:00 until 2026-03-08 and from 2026-11-01; Eastern
// Daylight Time -04:00 in between. 17:00 EST = 22:00Z, 17:00 EDT = 21:00Z.
describe('addWorkingDays on the Québec public service calendar', () => {
  it.each([
    {
      why: 'docs/domain.md example: Monday 10:00 -> Friday 17:00 EST',
      at: '2026-11-23T10:00:00-05:00',
      n: 4,
      due: '2026-11-27T22:00:00.000Z',
    },
    {
      why: 'Monday 23:30 Eastern is Tuesday in UTC but still a Monday event',
      at: '2026-11-23T23:30-05:00',
      n: 4,
      due: '2026-11-27T22:00:00.000Z',
    },
    { why: 'same instant written in UTC', at: '2026-11-24T04:30:00Z', n: 4, due: '2026-11-27T22:00:00.000Z' },
    {
      why: 'after closing time the day of receipt is still D, not counted',
      at: '2026-11-23T17:30:00-05:00',
      n: 4,
      due: '2026-11-27T22:00:00.000Z',
    },
    {
      why: 'Thursday 22:15 Eastern (Friday in UTC): counts from Thursday',
      at: '2026-11-26T22:15:00-05:00',
      n: 4,
      due: '2026-12-02T22:00:00.000Z',
    },
    {
      why: 'Wednesday 23:59 EDT (Thursday in UTC): counts from Wednesday',
      at: '2026-07-08T23:59:00-04:00',
      n: 4,
      due: '2026-07-14T21:00:00.000Z',
    },
    { why: 'Friday evening: the weekend is skipped, Mon-Thu', at: '2026-11-20T18:30:00-05:00', n: 4, due: '2026-11-26T22:00:00.000Z' },
    { why: 'Saturday: Mon-Thu', at: '2026-11-21T11:00:00-05:00', n: 4, due: '2026-11-26T22:00:00.000Z' },
    {
      why: 'Sunday 21:00 Eastern (Monday in UTC): still Sunday, Mon-Thu',
      at: '2026-11-22T21:00:00-05:00',
      n: 4,
      due: '2026-11-26T22:00:00.000Z',
    },
    {
      why: 'spring DST (Sun 2026-03-08): Thursday EST -> Wednesday 17:00 EDT',
      at: '2026-03-05T10:00:00-05:00',
      n: 4,
      due: '2026-03-11T21:00:00.000Z',
    },
    { why: 'spring DST: Friday EST -> Monday 17:00 EDT', at: '2026-03-06T16:00:00-05:00', n: 1, due: '2026-03-09T21:00:00.000Z' },
    { why: 'spring DST: Sunday 01:30 EST, just before the change', at: '2026-03-08T01:30:00-05:00', n: 1, due: '2026-03-09T21:00:00.000Z' },
    {
      why: 'fall DST (Sun 2026-11-01): Thursday EDT -> Wednesday 17:00 EST',
      at: '2026-10-29T10:00:00-04:00',
      n: 4,
      due: '2026-11-04T22:00:00.000Z',
    },
    { why: 'fall DST: Friday EDT -> Monday 17:00 EST', at: '2026-10-30T16:00:00-04:00', n: 1, due: '2026-11-02T22:00:00.000Z' },
    {
      why: 'fall DST: Sunday 01:30 EDT, the first of the two 01:30s',
      at: '2026-11-01T01:30:00-04:00',
      n: 1,
      due: '2026-11-02T22:00:00.000Z',
    },
    {
      why: 'day before 1 and 2 January (Wed 31 Dec also off) -> Monday 5 January',
      at: '2025-12-30T10:00:00-05:00',
      n: 1,
      due: '2026-01-05T22:00:00.000Z',
    },
    { why: '2 January alone on a Tuesday (2029) -> Wednesday', at: '2028-12-29T10:00:00-05:00', n: 1, due: '2029-01-03T22:00:00.000Z' },
    {
      why: 'day before Good Friday: Fri and Easter Monday off -> Tuesday',
      at: '2026-04-02T10:00:00-04:00',
      n: 1,
      due: '2026-04-07T21:00:00.000Z',
    },
    {
      why: 'Easter week: Wednesday before Easter, 4 days -> Thursday after',
      at: '2026-04-01T10:00:00-04:00',
      n: 4,
      due: '2026-04-09T21:00:00.000Z',
    },
    { why: 'Easter week: Saturday of Easter weekend -> Tuesday', at: '2026-04-04T12:00:00-04:00', n: 1, due: '2026-04-07T21:00:00.000Z' },
    {
      why: 'Easter week: received on Easter Monday itself -> Friday',
      at: '2026-04-06T09:00:00-04:00',
      n: 4,
      due: '2026-04-10T21:00:00.000Z',
    },
    {
      why: "day before National Patriots' Day (Mon 18 May) -> Tuesday",
      at: '2026-05-15T10:00:00-04:00',
      n: 1,
      due: '2026-05-19T21:00:00.000Z',
    },
    { why: 'day before 24 June (Wednesday) -> Thursday', at: '2026-06-23T10:00:00-04:00', n: 1, due: '2026-06-25T21:00:00.000Z' },
    { why: 'day before 1 July (Wednesday) -> Thursday', at: '2026-06-30T10:00:00-04:00', n: 1, due: '2026-07-02T21:00:00.000Z' },
    { why: 'day before Labour Day (Mon 7 Sept) -> Tuesday', at: '2026-09-04T10:00:00-04:00', n: 1, due: '2026-09-08T21:00:00.000Z' },
    { why: 'day before Thanksgiving (Mon 12 Oct) -> Tuesday', at: '2026-10-09T10:00:00-04:00', n: 1, due: '2026-10-13T21:00:00.000Z' },
    { why: 'day before 24 Dec (Thu; Fri 25 off) -> Monday 28', at: '2026-12-23T10:00:00-05:00', n: 1, due: '2026-12-28T22:00:00.000Z' },
    {
      why: 'day before 25 and 26 Dec (Mon, Tue in 2028) -> Wednesday 27',
      at: '2028-12-22T10:00:00-05:00',
      n: 1,
      due: '2028-12-27T22:00:00.000Z',
    },
    {
      why: 'day before 24, 25, 26 Dec (Wed-Fri in 2025) -> Monday 29',
      at: '2025-12-23T10:00:00-05:00',
      n: 1,
      due: '2025-12-29T22:00:00.000Z',
    },
    {
      why: 'day before 31 Dec (Thu; Fri 1 Jan off) -> Monday 4 January',
      at: '2026-12-30T10:00:00-05:00',
      n: 1,
      due: '2027-01-04T22:00:00.000Z',
    },
    {
      why: 'Christmas to New Year 2025-26: only 29 and 30 Dec are working days',
      at: '2025-12-22T10:00:00-05:00',
      n: 4,
      due: '2026-01-05T22:00:00.000Z',
    },
    { why: 'Christmas to New Year 2026-27: 23, 28, 29, 30 Dec', at: '2026-12-22T10:00:00-05:00', n: 4, due: '2026-12-30T22:00:00.000Z' },
    { why: 'leap year: Wednesday 28 Feb 2024 -> Tuesday 5 March', at: '2024-02-28T10:00:00-05:00', n: 4, due: '2024-03-05T22:00:00.000Z' },
    {
      why: "fifteen working days (complaints) across Patriots' Day",
      at: '2026-05-11T10:00:00-04:00',
      n: 15,
      due: '2026-06-02T21:00:00.000Z',
    },
    {
      why: 'issue 10: e-mail of Thursday 2019-06-20, Monday 24 June off -> Thursday 27 June',
      at: '2019-06-20T10:00:00-04:00',
      n: 4,
      due: '2019-06-27T21:00:00.000Z',
    },
    {
      why: 'Easter 2040 (1 April): Thursday before, Good Friday and Easter Monday off -> Tuesday',
      at: '2040-03-29T10:00:00-04:00',
      n: 1,
      due: '2040-04-03T21:00:00.000Z',
    },
    { why: 'Fête nationale 2033 on a Friday -> Monday 27 June', at: '2033-06-23T10:00:00-04:00', n: 1, due: '2033-06-27T21:00:00.000Z' },
  ])('$why: $at + $n -> $due', ({ at, n, due }) => {
    expect(addWorkingDays(QC, at, n)).toBe(due);
  });

  it('0 working days means closing time on the day itself', () => {
    expect(addWorkingDays(QC, '2026-11-23T10:00:00-05:00', 0)).toBe('2026-11-23T22:00:00.000Z');
  });

  it('honours a holiday an administrator added (new calendar version)', () => {
    const edited = withHoliday(QC, { date: '2026-11-25', name: 'Exceptional closure' });
    expect(addWorkingDays(edited, '2026-11-23T10:00:00-05:00', 4)).toBe('2026-11-30T22:00:00.000Z');
  });

  it.each([
    ['fromInstant', () => addWorkingDays(QC, 'yesterday', 4)],
    ['fromInstant', () => addWorkingDays(QC, '2026-11-23T10:00:00', 4)],
    ['fromInstant', () => addWorkingDays(QC, '2026-02-30T10:00:00Z', 4)],
    ['fromInstant', () => addWorkingDays(QC, '1899-12-29T10:00:00-05:00', 4)],
    ['fromInstant', () => addWorkingDays(QC, '1900-01-01T03:00:00Z', 4)], // 31 December 1899 in Toronto
    ['fromInstant', () => addWorkingDays(QC, '2201-01-02T10:00:00-05:00', 4)],
    ['workingDays', () => addWorkingDays(QC, '2026-11-23T10:00:00Z', -1)],
    ['workingDays', () => addWorkingDays(QC, '2026-11-23T10:00:00Z', 1.5)],
  ])('rejects a bad %s', (field, call) => {
    expect(call).toThrow(InvalidCommand);
    expect(call).toThrow(expect.objectContaining({ field }));
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-23', true], // Monday
    ['2026-11-28', false], // Saturday
    ['2026-11-29', false], // Sunday
    ['2026-06-24', false], // Fête nationale
    ['2027-01-02', false], // 2 January on a Saturday: a weekend day anyway
  ])('%s -> %s', (date, expected) => {
    expect(isWorkingDay(QC, date)).toBe(expected);
  });

  it.each(['2026-02-29', '1850-06-24'])('rejects %s, a date that does not exist or that no calendar counts', (date) => {
    expect(() => isWorkingDay(QC, date)).toThrow(expect.objectContaining({ field: 'localDate' }));
  });
});

describe('shiftWorkingDays keeps the local time of day', () => {
  it.each([
    { why: 'one working day before Friday 17:00 is Thursday 17:00', at: '2026-11-27T22:00:00.000Z', k: -1, to: '2026-11-26T22:00:00.000Z' },
    { why: 'back over a weekend and the spring DST change', at: '2026-03-09T21:00:00.000Z', k: -1, to: '2026-03-06T22:00:00.000Z' },
    { why: 'back over Easter', at: '2026-04-07T21:00:00.000Z', k: -1, to: '2026-04-02T21:00:00.000Z' },
    { why: 'forward over the fall DST change', at: '2026-10-30T14:00:00.000Z', k: 1, to: '2026-11-02T15:00:00.000Z' },
    { why: 'zero is the same instant, normalized', at: '2026-11-27T17:00:00-05:00', k: 0, to: '2026-11-27T22:00:00.000Z' },
  ])('$why', ({ at, k, to }) => {
    expect(shiftWorkingDays(QC, at, k)).toBe(to);
  });

  it('refuses an instant in a year no calendar counts', () => {
    expect(() => shiftWorkingDays(QC, '1776-07-04T21:00:00Z', -1)).toThrow(expect.objectContaining({ field: 'instant' }));
  });
});

describe('workingDaysBetween', () => {
  it.each([
    { why: 'answered on the due day of the docs/domain.md example', from: '2026-11-23T15:00:00Z', to: '2026-11-27T21:59:00Z', days: 4 },
    { why: 'answered the same day', from: '2026-11-23T15:00:00Z', to: '2026-11-23T21:00:00Z', days: 0 },
    { why: 'Christmas to New Year 2025-26', from: '2025-12-22T15:00:00Z', to: '2026-01-05T20:00:00Z', days: 4 },
    { why: 'weekend days do not count', from: '2026-11-20T23:00:00Z', to: '2026-11-23T15:00:00Z', days: 1 },
  ])('$why: $days', ({ from, to, days }) => {
    expect(workingDaysBetween(QC, from, to)).toBe(days);
  });

  it.each([
    ['startInstant', '1899-06-01T15:00:00Z', '2026-11-23T15:00:00Z'],
    ['endInstant', '2026-11-23T15:00:00Z', '2300-01-01T15:00:00Z'],
  ])('refuses a %s in a year no calendar counts', (field, from, to) => {
    expect(() => workingDaysBetween(QC, from, to)).toThrow(expect.objectContaining({ field }));
  });

  it('rejects an end before the start', () => {
    expect(() => workingDaysBetween(QC, '2026-11-23T15:00:00Z', '2026-11-22T15:00:00Z')).toThrow(
      expect.objectContaining({ field: 'endInstant' }),
    );
  });
});
