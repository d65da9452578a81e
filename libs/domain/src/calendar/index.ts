export { localDateOf, instantAt } from './time-zone';
export {
  loadCalendar,
  QC_PUBLIC_SERVICE_CALENDAR,
  withHoliday,
  withoutHoliday,
  type Holiday,
  type OfficeHours,
  type WorkingCalendar,
} from './working-calendar';
export { CALENDAR_YEARS, holidaysIn, isCalendarYear, isHoliday } from './calendar-year';
export type { HolidayRule, Weekday } from './holiday-rules';
export { isWorkingDay, addWorkingDays, shiftWorkingDays, workingDaysBetween } from './working-days';
