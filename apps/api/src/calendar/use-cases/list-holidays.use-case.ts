import { Injectable } from '@nestjs/common';
import { CurrentCalendar } from '../current-calendar';
import { calendarRef, requireCoveredYear } from '../calendar-coverage';
import type { HolidaysDto } from '../dto/calendar.dto';
import type { HolidaysQuery } from '../dto/holidays.query';

@Injectable()
export class ListHolidaysUseCase {
  constructor(private readonly calendars: CurrentCalendar) {}

  async execute({ year }: HolidaysQuery): Promise<HolidaysDto> {
    const calendar = await this.calendars.get();
    requireCoveredYear(calendar, year, 'year');
    const prefix = `${year}-`;
    return {
      year,
      timeZone: calendar.timeZone,
      calendar: calendarRef(calendar),
      holidays: calendar.holidays.filter((holiday) => holiday.date.startsWith(prefix)).map(({ date, name }) => ({ date, name })),
    };
  }
}
