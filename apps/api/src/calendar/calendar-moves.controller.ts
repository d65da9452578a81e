import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Person } from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
import { CalendarVersionParams, MovedClocksDto } from './dto/moved-clocks.dto';
import { ListMovedClocksUseCase } from './use-cases/list-moved-clocks.use-case';

/** What a calendar change did to running clocks, for the administrators who made it and the supervisors. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar/versions')
export class CalendarMovesController {
  constructor(private readonly listing: ListMovedClocksUseCase) {}

  @Get(':version/moved-clocks')
  @ApiOperation({ summary: 'The running clocks a calendar version moved, with their old and new due instants (nothing personal)' })
  @ApiOkResponse({ type: MovedClocksDto })
  @ApiForbiddenResponse({ description: 'Administrators see every moved clock, supervisors and directors their teams’; no one else.' })
  @ApiNotFoundResponse({ description: 'No such published calendar version.' })
  list(@Param() { version }: CalendarVersionParams, @ReaderOf() reader: Person) {
    return this.listing.execute(version, reader);
  }
}
