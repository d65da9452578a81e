import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommandContextOf } from '../http/command-context.decorator';
import { administratorsOnly, CommandRoute, createdAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { AddHolidayDto } from './dto/add-holiday.dto';
import { AddHolidayUseCase } from './use-cases/add-holiday.use-case';

/** Administrators keep the calendar: a holiday added moves the deadlines of running clocks. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarAdminController {
  constructor(private readonly adding: AddHolidayUseCase) {}

  @CommandRoute(
    'AddHoliday',
    'holidays',
    administratorsOnly,
    createdAnswer('The new calendar version, and the workflow moving running clocks.'),
  )
  add(@Body() dto: AddHolidayDto, @CommandContextOf() { actor }: CommandContext) {
    return this.adding.execute(dto, actor);
  }
}
