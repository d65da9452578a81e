import type { EntityManager } from 'typeorm';
import { loadCalendar, QC_PUBLIC_SERVICE_CALENDAR, type WorkingCalendar } from '@entente/domain';
import { CalendarVersionEntity } from './calendar-version.entity';

/** The Québec public-service calendar as it stands: the latest published version, else the built-in one. */
export async function currentCalendar(manager: EntityManager): Promise<WorkingCalendar> {
  const latest = await manager.findOne(CalendarVersionEntity, {
    where: { calendarId: QC_PUBLIC_SERVICE_CALENDAR.id },
    order: { version: 'DESC' },
  });
  return latest ? storedCalendar(latest.definition) : QC_PUBLIC_SERVICE_CALENDAR;
}

/**
 * A stored version. Those published before holidays came by rule have no `rules`: each was the
 * built-in calendar (its holidays of 2024–2032 listed by date) plus the holidays administrators
 * added, so it takes the built-in rules, which give the same dates and every other year's.
 */
export function storedCalendar(definition: object): WorkingCalendar {
  const byRule = 'rules' in definition ? definition : { ...definition, rules: QC_PUBLIC_SERVICE_CALENDAR.rules, cancelledHolidays: [] };
  return loadCalendar(byRule);
}
