import { Module } from '@nestjs/common';
import { TemporalModule } from '../temporal/temporal.module';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarController } from './calendar.controller';
import { CalendarMovesController } from './calendar-moves.controller';
import { CurrentCalendar } from './current-calendar';
import { AddHolidayUseCase } from './use-cases/add-holiday.use-case';
import { ComputeDueDateUseCase } from './use-cases/compute-due-date.use-case';
import { ListHolidaysUseCase } from './use-cases/list-holidays.use-case';
import { ListMovedClocksUseCase } from './use-cases/list-moved-clocks.use-case';

@Module({
  imports: [TemporalModule],
  controllers: [CalendarController, CalendarAdminController, CalendarMovesController],
  providers: [CurrentCalendar, ComputeDueDateUseCase, ListHolidaysUseCase, AddHolidayUseCase, ListMovedClocksUseCase],
})
export class CalendarModule {}
