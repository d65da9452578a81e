import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { ComputeDueDateUseCase } from './use-cases/compute-due-date.use-case';
import { ListHolidaysUseCase } from './use-cases/list-holidays.use-case';

@Module({ controllers: [CalendarController], providers: [ComputeDueDateUseCase, ListHolidaysUseCase] })
export class CalendarModule {}
