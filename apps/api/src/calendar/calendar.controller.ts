import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { DueDateDto, HolidaysDto } from './dto/calendar.dto';
import { DueDateQuery } from './dto/due-date.query';
import { HolidaysQuery } from './dto/holidays.query';
import { ComputeDueDateUseCase } from './use-cases/compute-due-date.use-case';
import { ListHolidaysUseCase } from './use-cases/list-holidays.use-case';

/** The working-day calendar, public: requesters may check when an answer is due. */
@ApiTags('calendar')
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly dueDates: ComputeDueDateUseCase,
    private readonly holidays: ListHolidaysUseCase,
  ) {}

  @Get('due-date')
  @ApiOperation({ summary: 'The due instant N working days after an instant' })
  @ApiOkResponse({ type: DueDateDto })
  dueDate(@Query() query: DueDateQuery) {
    return this.dueDates.execute(query);
  }

  @Get('holidays')
  @ApiOperation({ summary: "A year's holidays" })
  @ApiOkResponse({ type: HolidaysDto })
  list(@Query() query: HolidaysQuery) {
    return this.holidays.execute(query);
  }
}
