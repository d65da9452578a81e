import { Injectable } from '@nestjs/common';
import { holidaysIn } from '@entente/domain';
import { CurrentCalendar } from '../current-calendar';
import { calendarRef } from '../calendar-coverage';
import type { HolidaysDto } from '../dto/calendar.dto';
import type { HolidaysQuery } from '../dto/holidays.query';

@Injectable()
export class ListHolidaysUseCase {
  constructor(private readonly calendars: CurrentCalendar) {}

  async execute({ year }: HolidaysQuery): Promise<HolidaysDto> {
    const calendar = await this.calendars.get();
    return {
      year,
      timeZone: calendar.timeZone,
      calendar: calendarRef(calendar),
      holidays: holidaysIn(calendar, year).map(({ date, name }) => ({ date, name })),
    };
  }
}
