import type { EntityManager } from 'typeorm';
import { loadCalendar, QC_PUBLIC_SERVICE_CALENDAR, type WorkingCalendar } from '@entente/domain';
import { CalendarVersionEntity } from './calendar-version.entity';

/** The Québec public-service calendar as it stands: the latest published version, else the built-in one. */
export async function currentCalendar(manager: EntityManager): Promise<WorkingCalendar> {
  const latest = await manager.findOne(CalendarVersionEntity, {
    where: { calendarId: QC_PUBLIC_SERVICE_CALENDAR.id },
    order: { version: 'DESC' },
  });
  return latest ? loadCalendar(latest.definition) : QC_PUBLIC_SERVICE_CALENDAR;
}
