import { InvalidCommand } from '../shared/errors';
import { dayOfWeek } from './local-date';
import { loadCalendar, QC_PUBLIC_SERVICE_CALENDAR as QC, withHoliday, withoutHoliday } from './working-calendar';

const dateOf = (year: number, name: string): string | undefined =>
  QC.holidays.find((holiday) => holiday.date.startsWith(`${year}-`) && holiday.name === name)?.date;

describe('the Québec public service calendar data', () => {
  it('is version 1, Eastern time, open 08:30 to 17:00', () => {
    expect(QC).toMatchObject({
      id: 'qc-public-service',
      version: 1,
      timeZone: 'America/Toronto',
      officeHours: { opens: '08:30', closes: '17:00' },
    });
  });

  it('lists the 13 holidays of every year from 2024 through 2032', () => {
    for (let year = 2024; year <= 2032; year++) {
      expect(QC.holidays.filter((holiday) => holiday.date.startsWith(`${year}-`))).toHaveLength(13);
    }
    expect(QC.holidays).toHaveLength(9 * 13);
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
  ])('%i %s is %s', (year, name, date) => {
    expect(dateOf(year, name)).toBe(date);
  });

  it("puts every moving holiday on its weekday", () => {
    for (let year = 2024; year <= 2032; year++) {
      expect(dayOfWeek(dateOf(year, 'Good Friday')!)).toBe(5);
      for (const name of ['Easter Monday', "National Patriots' Day", 'Labour Day', 'Thanksgiving Day']) {
        expect(dayOfWeek(dateOf(year, name)!)).toBe(1);
      }
    }
  });

  it('is frozen: edits go through withHoliday', () => {
    expect(Object.isFrozen(QC)).toBe(true);
    expect(Object.isFrozen(QC.holidays)).toBe(true);
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
    expect(() => withHoliday(QC, { date: '2026-06-24', name: 'Again' })).toThrow(
      expect.objectContaining({ field: 'holiday.date' }),
    );
    expect(() => withHoliday(QC, { date: '24 June', name: 'Again' })).toThrow(InvalidCommand);
  });

  it('withoutHoliday removes one date as a new version', () => {
    const edited = withoutHoliday(QC, '2026-12-31');
    expect(edited.version).toBe(2);
    expect(edited.holidays).toHaveLength(QC.holidays.length - 1);
    expect(() => withoutHoliday(QC, '2026-11-25')).toThrow(expect.objectContaining({ field: 'date' }));
  });
});

describe('loadCalendar', () => {
  const valid = {
    id: 'test',
    version: 1,
    timeZone: 'America/Toronto',
    officeHours: { opens: '08:30', closes: '17:00' },
    source: 'test',
    holidays: [{ date: '2026-06-24', name: 'Fête nationale' }],
  };

  it.each([
    ['version', { ...valid, version: 0 }],
    ['timeZone', { ...valid, timeZone: 'Eastern' }],
    ['officeHours.closes', { ...valid, officeHours: { opens: '17:00', closes: '08:30' } }],
    ['holidays[1].date', { ...valid, holidays: [...valid.holidays, { date: '2026-02-30', name: 'x' }] }],
    ['holidays', { ...valid, holidays: [...valid.holidays, { date: '2026-06-24', name: 'twice' }] }],
  ])('names the bad field %s', (field, data) => {
    expect(() => loadCalendar(data)).toThrow(expect.objectContaining({ field }));
  });
});
