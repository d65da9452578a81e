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
export { isWorkingDay, addWorkingDays, shiftWorkingDays, workingDaysBetween } from './working-days';
