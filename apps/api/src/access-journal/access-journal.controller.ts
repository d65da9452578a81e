import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mayAudit, type Person } from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
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
  search(@Query() query: AccessJournalQuery, @ReaderOf() reader: Person) {
    if (!mayAudit(reader)) throw new ForbiddenException('only auditors read the access journal');
    return this.searching.execute(query);
  }
}
