import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarController } from './calendar.controller';
import { CurrentCalendar } from './current-calendar';
import { AddHolidayUseCase } from './use-cases/add-holiday.use-case';
import { ComputeDueDateUseCase } from './use-cases/compute-due-date.use-case';
import { ListHolidaysUseCase } from './use-cases/list-holidays.use-case';

@Module({
  imports: [TemporalModule],
  controllers: [CalendarController, CalendarAdminController],
  providers: [CurrentCalendar, ComputeDueDateUseCase, ListHolidaysUseCase, AddHolidayUseCase],
})
export class CalendarModule {}
