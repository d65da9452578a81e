import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@entente/domain';
import { ActorOf } from '../auth/actor-of.decorator';
import { AccessJournalPageDto } from './dto/access-journal-page.dto';
import { AccessJournalQuery } from './dto/access-journal.query';
import { SearchAccessJournalUseCase } from './search-access-journal.use-case';

/** Who read which case's personal information: for auditors only. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/access-journal')
export class AccessJournalController {
  constructor(private readonly searching: SearchAccessJournalUseCase) {}

  @Get()
  @ApiOperation({ summary: 'The access journal: who read which personal information of which case, when, and why' })
  @ApiOkResponse({ type: AccessJournalPageDto })
  @ApiForbiddenResponse({ description: 'Only auditors read the access journal.' })
  search(@Query() query: AccessJournalQuery, @ActorOf() reader: Actor) {
    if (reader.role !== 'auditor') throw new ForbiddenException('only auditors read the access journal');
    return this.searching.execute(query);
  }
}
