import { Injectable } from '@nestjs/common';
import { QC_PUBLIC_SERVICE_CALENDAR } from '@entente/domain';
import { calendarRef, requireCoveredYear } from '../calendar-coverage';
import type { HolidaysDto } from '../dto/calendar.dto';
import type { HolidaysQuery } from '../dto/holidays.query';

@Injectable()
export class ListHolidaysUseCase {
  private readonly calendar = QC_PUBLIC_SERVICE_CALENDAR;

  execute({ year }: HolidaysQuery): HolidaysDto {
    requireCoveredYear(this.calendar, year, 'year');
    const prefix = `${year}-`;
    return {
      year,
      timeZone: this.calendar.timeZone,
      calendar: calendarRef(this.calendar),
      holidays: this.calendar.holidays.filter((holiday) => holiday.date.startsWith(prefix)).map(({ date, name }) => ({ date, name })),
    };
  }
}
