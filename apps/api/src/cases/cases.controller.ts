import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CaseType } from '@entente/contracts';
import type { Person } from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
import { CaseIdParams } from '../http/case-id.params';
import { CaseDetailDto } from './dto/case-detail.dto';
import { CasePageDto } from './dto/case-summary.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { GetCaseUseCase } from './use-cases/get-case.use-case';
import { ListCasesUseCase } from './use-cases/list-cases.use-case';
import { AsOfQuery } from './dto/as-of.query';
import { DisclosureDto } from './dto/disclosure.dto';
import { ExportQuery } from './dto/export.query';
import { AccessJournal } from '../access-journal/access-journal.service';
import { ApiNotJournaledResponse, JournaledList, JournaledRead } from '../access-journal/journaled-read';
import { personalFieldsShown } from '../access-journal/personal-fields';
import { ReadContextOf, type ReadContext } from '../access-journal/read-context';
import { CaseReads } from './use-cases/case-reads';
import { DiscloseCaseUseCase } from './use-cases/disclose-case.use-case';
import { caseExportCsv } from './use-cases/export-case.use-case';

const OUT_OF_SCOPE = 'No such case, or not one the caller may read (the two answer alike).';

/**
 * Reads from the projector's read model, within the reader's scope (the read policy,
 * docs/domain.md#who-sees-what): a case outside it answers 404 and no list counts it; personal
 * fields as the policy shows them; less what is sealed from the reader for now (a call's scores
 * while it is evaluated).
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly listing: ListCasesUseCase,
    private readonly getting: GetCaseUseCase,
    private readonly reads: CaseReads,
    private readonly disclosing: DiscloseCaseUseCase,
    private readonly journal: AccessJournal,
  ) {}

  @Get()
  @JournaledList()
  @ApiOperation({ summary: 'The work queue: the cases the caller may read, filtered, sorted by due date, paginated' })
  @ApiOkResponse({ type: CasePageDto })
  list(@Query() query: ListCasesQuery, @ReaderOf() reader: Person) {
    return this.listing.execute(query, reader);
  }

  @Get(':caseId')
  @JournaledRead()
  @ApiOperation({ summary: 'One case with its event timeline' })
  @ApiOkResponse({ type: CaseDetailDto, description: 'A call’s scores sealed from the caller read as null.' })
  @ApiNotFoundResponse({ description: `${OUT_OF_SCOPE} The read model trails commands slightly.` })
  get(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.getting.execute(caseId, reader);
  }

  @Post(':caseId/disclosures')
  @HttpCode(200)
  @ApiOperation({ summary: "An auditor reveals one case's personal information, for a stated reason that is journaled" })
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case with its timeline, personal fields shown.' })
  @ApiForbiddenResponse({ description: 'Only auditors reveal: other readers see personal fields already, or none.' })
  @ApiNotFoundResponse({ description: OUT_OF_SCOPE })
  @ApiNotJournaledResponse()
  disclose(
    @Param() { caseId }: CaseIdParams,
    @Body() { reason }: DisclosureDto,
    @ReaderOf() reader: Person,
    @ReadContextOf() read: ReadContext,
  ) {
    return this.disclosing.execute(caseId, reason, reader, read);
  }

  @Get(':caseId/verification')
  @ApiOperation({ summary: 'Tamper evidence for one case: its stored events hashed again and linked' })
  @ApiOkResponse({ description: 'Every stored event hashed again and linked: verified, or the first event that fails and why.' })
  @ApiNotFoundResponse({ description: OUT_OF_SCOPE })
  verify(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.reads.verify(caseId, reader);
  }

  @Get(':caseId/as-of')
  @JournaledRead()
  @ApiOperation({ summary: 'A case as it stood at an instant, folded from its stored events' })
  @ApiOkResponse({
    description: "The case's state as it stood at the instant, folded from its stored events, less the scores sealed from the caller now.",
  })
  @ApiNotFoundResponse({ description: `${OUT_OF_SCOPE} Or no event of this case at or before the instant.` })
  stateAsOf(@Param() { caseId }: CaseIdParams, @Query() { at }: AsOfQuery, @ReaderOf() reader: Person) {
    return this.reads.asOf(caseId, at, reader);
  }

  @Get(':caseId/export')
  @ApiOperation({ summary: "A case's history as sealed, with its chain proof (JSON or CSV)" })
  @ApiOkResponse({
    description:
      "The case's history as sealed, with its chain proof, as a JSON or CSV file for an auditor's records; personal fields masked.",
  })
  @ApiForbiddenResponse({ description: 'Only auditors export a history.' })
  @ApiNotFoundResponse({ description: OUT_OF_SCOPE })
  @ApiNotJournaledResponse()
  async export(
    @Param() { caseId }: CaseIdParams,
    @Query() { format = 'json' }: ExportQuery,
    @ReaderOf() reader: Person,
    @ReadContextOf() read: ReadContext,
  ): Promise<StreamableFile> {
    const history = await this.reads.export(caseId, reader);
    // A file leaves no body for the journal's interceptor to read: the export journals itself.
    await this.journal.record({ ...read, caseId, fieldsShown: personalFieldsShown(history, history.caseType as CaseType) });
    const body = format === 'csv' ? caseExportCsv(history) : `${JSON.stringify(history, null, 2)}\n`;
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      disposition: `attachment; filename="case-${caseId}.${format}"`,
    });
  }
}
