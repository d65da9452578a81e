import { addWorkingDays, holidaysIn, QC_PUBLIC_SERVICE_CALENDAR as QC } from '@entente/domain';
import { storedCalendar } from './current-calendar';

describe('a calendar version stored before holidays came by rule', () => {
  // Its shape then: no rules, the holidays of 2024–2032 listed by date, plus one an administrator added.
  const { rules: _rules, cancelledHolidays: _cancelled, ...unruled } = QC;
  const listed = Array.from({ length: 9 }, (_, index) => holidaysIn(QC, 2024 + index)).flat();
  const added = { date: '2026-11-25', name: 'Journée de deuil national' };
  const stored = storedCalendar(JSON.parse(JSON.stringify({ ...unruled, version: 2, holidays: [...listed, added] })) as object);

  it('still loads, with its version and the holiday added', () => {
    expect(stored.version).toBe(2);
    expect(holidaysIn(stored, 2026)).toEqual([...holidaysIn(QC, 2026), added].sort((a, b) => a.date.localeCompare(b.date)));
  });

  it('counts the years outside 2024–2032 with their holidays, by the built-in rules', () => {
    expect(holidaysIn(stored, 2019)).toEqual(holidaysIn(QC, 2019));
    expect(holidaysIn(stored, 2040)).toEqual(holidaysIn(QC, 2040));
    expect(addWorkingDays(stored, '2019-06-20T10:00:00-04:00', 4)).toBe('2019-06-27T21:00:00.000Z');
  });

  it('loads a version stored with rules as it is', () => {
    expect(storedCalendar(JSON.parse(JSON.stringify(QC)) as object)).toEqual(QC);
  });
});
