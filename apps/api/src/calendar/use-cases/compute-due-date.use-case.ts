import { Injectable } from '@nestjs/common';
import { addWorkingDays, normalizeInstant } from '@entente/domain';
import { CurrentCalendar } from '../current-calendar';
import { calendarRef, requireCountedInstant } from '../calendar-coverage';
import type { DueDateDto } from '../dto/calendar.dto';
import type { DueDateQuery } from '../dto/due-date.query';

/** "Within N working days" of an instant, by the rule of docs/domain.md#working-days, as clocks compute it. */
@Injectable()
export class ComputeDueDateUseCase {
  constructor(private readonly calendars: CurrentCalendar) {}

  async execute({ from, workingDays }: DueDateQuery): Promise<DueDateDto> {
    const calendar = await this.calendars.get();
    requireCountedInstant(calendar, from, 'from');
    const dueAt = addWorkingDays(calendar, from, workingDays);
    return {
      from: normalizeInstant(from, 'from'),
      workingDays,
      dueAt,
      timeZone: calendar.timeZone,
      calendar: calendarRef(calendar),
    };
  }
}
