import { Injectable } from '@nestjs/common';
import { addWorkingDays, normalizeInstant, QC_PUBLIC_SERVICE_CALENDAR } from '@entente/domain';
import { calendarRef, requireCoveredInstant } from '../calendar-coverage';
import type { DueDateDto } from '../dto/calendar.dto';
import type { DueDateQuery } from '../dto/due-date.query';

/** "Within N working days" of an instant, by the rule of DOMAIN.md section 3, as clocks compute it. */
@Injectable()
export class ComputeDueDateUseCase {
  private readonly calendar = QC_PUBLIC_SERVICE_CALENDAR;

  execute({ from, workingDays }: DueDateQuery): DueDateDto {
    requireCoveredInstant(this.calendar, from, 'from');
    const dueAt = addWorkingDays(this.calendar, from, workingDays);
    requireCoveredInstant(this.calendar, dueAt, 'workingDays');
    return {
      from: normalizeInstant(from, 'from'),
      workingDays,
      dueAt,
      timeZone: this.calendar.timeZone,
      calendar: calendarRef(this.calendar),
    };
  }
}
