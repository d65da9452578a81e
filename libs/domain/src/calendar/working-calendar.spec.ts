import { InvalidCommand } from '../shared/errors';
import { CALENDAR_YEARS, holidaysIn } from './calendar-year';
import { dayOfWeek } from './local-date';
import { loadCalendar, QC_PUBLIC_SERVICE_CALENDAR as QC, withHoliday, withoutHoliday } from './working-calendar';

const dateOf = (year: number, name: string): string | undefined => holidaysIn(QC, year).find((holiday) => holiday.name === name)?.date;
const everyYear = Array.from({ length: CALENDAR_YEARS.last - CALENDAR_YEARS.first + 1 }, (_, index) => CALENDAR_YEARS.first + index);

describe('the Québec public service calendar data', () => {
  it('is version 1, Eastern time, open 08:30 to 17:00', () => {
    expect(QC).toMatchObject({
      id: 'qc-public-service',
      version: 1,
      timeZone: 'America/Toronto',
      officeHours: { opens: '08:30', closes: '17:00' },
    });
  });

  it('gives the 13 holidays of docs/domain.md#working-days by rule, with nothing listed by date', () => {
    expect(QC.rules).toHaveLength(13);
    expect(QC.holidays).toEqual([]);
    expect(QC.cancelledHolidays).toEqual([]);
  });

  it('gives 13 holidays on 13 dates of the year, every year it counts', () => {
    for (const year of everyYear) {
      const dates = holidaysIn(QC, year).map((holiday) => holiday.date);
      expect(dates).toHaveLength(13);
      expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
    }
  });

  it.each([
    // Easter 2026 is 5 April; 2024: 31 March; 2030: 21 April (published tables).
    [2026, 'Good Friday', '2026-04-03'],
    [2026, 'Easter Monday', '2026-04-06'],
    [2024, 'Good Friday', '2024-03-29'],
    [2030, 'Easter Monday', '2030-04-22'],
    [2026, "National Patriots' Day", '2026-05-18'],
    [2027, "National Patriots' Day", '2027-05-24'], // 25 May 2027 is a Tuesday
    [2026, 'Labour Day', '2026-09-07'],
    [2026, 'Thanksgiving Day', '2026-10-12'],
    // Outside the years the calendar once listed (2024–2032): Easter 2019 is 21 April, 2040 1 April.
    [2019, 'Fête nationale du Québec', '2019-06-24'],
    [2019, 'Good Friday', '2019-04-19'],
    [2019, "National Patriots' Day", '2019-05-20'],
    [2040, 'Good Friday', '2040-03-30'],
    [2040, 'Easter Monday', '2040-04-02'],
    [2040, 'Fête nationale du Québec', '2040-06-24'],
    [2040, 'Thanksgiving Day', '2040-10-08'],
  ])('%i %s is %s', (year, name, date) => {
    expect(dateOf(year, name)).toBe(date);
  });

  it('puts every moving holiday on its weekday', () => {
    for (const year of everyYear) {
      expect(dayOfWeek(dateOf(year, 'Good Friday')!)).toBe(5);
      for (const name of ['Easter Monday', "National Patriots' Day", 'Labour Day', 'Thanksgiving Day']) {
        expect(dayOfWeek(dateOf(year, name)!)).toBe(1);
      }
    }
  });

  it.each([1899, 2201, 2026.5])('refuses to list the holidays of %s, a year no calendar counts', (year) => {
    expect(() => holidaysIn(QC, year)).toThrow(expect.objectContaining({ field: 'year' }));
  });

  it('is frozen: edits go through withHoliday', () => {
    expect(Object.isFrozen(QC)).toBe(true);
    expect(Object.isFrozen(QC.holidays)).toBe(true);
    expect(Object.isFrozen(QC.rules)).toBe(true);
    expect(Object.isFrozen(QC.rules[0])).toBe(true);
  });
});

describe('editing a calendar', () => {
  it('withHoliday returns a new version and leaves the original alone', () => {
    const edited = withHoliday(QC, { date: '2026-11-25', name: 'Exceptional closure' });
    expect(edited.version).toBe(2);
    expect(edited.holidays).toHaveLength(QC.holidays.length + 1);
    expect(QC.holidays.some((holiday) => holiday.date === '2026-11-25')).toBe(false);
    const dates = edited.holidays.map((holiday) => holiday.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('withHoliday refuses a date that is already a holiday, or no date at all', () => {
    expect(() => withHoliday(QC, { date: '2026-06-24', name: 'Again' })).toThrow(expect.objectContaining({ field: 'holiday.date' }));
    expect(() => withHoliday(QC, { date: '24 June', name: 'Again' })).toThrow(InvalidCommand);
  });

  it("withoutHoliday cancels a rule's date in that year only, as a new version", () => {
    const edited = withoutHoliday(QC, '2026-12-31');
    expect(edited.version).toBe(2);
    expect(edited.cancelledHolidays).toEqual(['2026-12-31']);
    expect(holidaysIn(edited, 2026).map((holiday) => holiday.date)).not.toContain('2026-12-31');
    expect(holidaysIn(edited, 2027).map((holiday) => holiday.date)).toContain('2027-12-31');
    expect(() => withoutHoliday(QC, '2026-11-25')).toThrow(expect.objectContaining({ field: 'date' }));
    expect(() => withoutHoliday(edited, '2026-12-31')).toThrow(expect.objectContaining({ field: 'date' }));
  });

  it('a holiday the government moves: the rule date worked, another date off', () => {
    const moved = withHoliday(withoutHoliday(QC, '2034-06-24'), { date: '2034-06-23', name: 'Fête nationale du Québec (moved)' });
    expect(moved.version).toBe(3);
    expect(holidaysIn(moved, 2034).filter((holiday) => holiday.date.startsWith('2034-06'))).toEqual([
      { date: '2034-06-23', name: 'Fête nationale du Québec (moved)' },
    ]);
  });

  it('withoutHoliday removes a listed holiday; withHoliday brings back a cancelled one', () => {
    const closure = { date: '2040-12-27', name: 'End-of-year closure' };
    expect(withoutHoliday(withHoliday(QC, closure), closure.date)).toMatchObject({ version: 3, holidays: [], cancelledHolidays: [] });
    const restored = withHoliday(withoutHoliday(QC, '2040-12-31'), { date: '2040-12-31', name: "New Year's Eve" });
    expect(restored.cancelledHolidays).toEqual([]);
    expect(holidaysIn(restored, 2040)).toEqual(holidaysIn(QC, 2040));
  });
});

describe('loadCalendar', () => {
  const valid = {
    id: 'test',
    version: 1,
    timeZone: 'America/Toronto',
    officeHours: { opens: '08:30', closes: '17:00' },
    source: 'test',
    rules: [{ name: 'Canada Day', on: '07-01' }],
    holidays: [{ date: '2026-06-24', name: 'Fête nationale' }],
    cancelledHolidays: ['2027-07-01'],
  };

  it('loads rules, listed holidays and cancellations', () => {
    const calendar = loadCalendar(valid);
    expect(holidaysIn(calendar, 2026)).toEqual([valid.holidays[0], { date: '2026-07-01', name: 'Canada Day' }]);
    expect(holidaysIn(calendar, 2027)).toEqual([]);
  });

  it.each([
    ['version', { ...valid, version: 0 }],
    ['timeZone', { ...valid, timeZone: 'Eastern' }],
    ['officeHours.closes', { ...valid, officeHours: { opens: '17:00', closes: '08:30' } }],
    ['holidays[1].date', { ...valid, holidays: [...valid.holidays, { date: '2026-02-30', name: 'x' }] }],
    ['holidays', { ...valid, holidays: [...valid.holidays, { date: '2026-06-24', name: 'twice' }] }],
    ['rules', { ...valid, rules: undefined }],
    ['rules[1].on', { ...valid, rules: [...valid.rules, { name: 'Leap day', on: '02-29' }] }],
    ['cancelledHolidays', { ...valid, cancelledHolidays: undefined }],
    ['cancelledHolidays[0]', { ...valid, cancelledHolidays: ['2027-06-30'] }],
    ['cancelledHolidays', { ...valid, cancelledHolidays: ['2026-07-01', '2026-07-01'] }],
    ['cancelledHolidays[0]', { ...valid, holidays: [{ date: '2027-07-01', name: 'x' }], cancelledHolidays: ['2027-07-01'] }],
  ])('names the bad field %s', (field, data) => {
    expect(() => loadCalendar(data)).toThrow(expect.objectContaining({ field }));
  });
});
