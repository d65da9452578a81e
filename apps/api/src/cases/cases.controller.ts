import { Controller, ForbiddenException, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@entente/domain';
import { ActorOf } from '../auth/actor-of.decorator';
import { ReaderOf, type Reader } from '../auth/reader-of.decorator';
import { CaseIdParams } from '../http/case-id.params';
import { CaseDetailDto } from './dto/case-detail.dto';
import { CasePageDto } from './dto/case-summary.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { GetCaseUseCase } from './use-cases/get-case.use-case';
import { ListCasesUseCase } from './use-cases/list-cases.use-case';
import { VerifyCaseUseCase } from './use-cases/verify-case.use-case';
import { CaseAsOfUseCase } from './use-cases/case-as-of.use-case';
import { AsOfQuery } from './dto/as-of.query';
import { ExportQuery } from './dto/export.query';
import { caseExportCsv, ExportCaseUseCase } from './use-cases/export-case.use-case';
import { SealedFromReader } from './sealed-from-reader';
import { AccessJournal } from '../access-journal/access-journal.service';
import { ApiNotJournaledResponse, JournaledList, JournaledRead } from '../access-journal/journaled-read';
import { personalFieldsShown } from '../access-journal/personal-fields';
import { ReadContextOf, type ReadContext } from '../access-journal/read-context';

/**
 * Reads from the projector's read model: open to every signed-in role, auditors included, less
 * what is sealed from the reader for now (a call's scores while it is evaluated).
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly listing: ListCasesUseCase,
    private readonly getting: GetCaseUseCase,
    private readonly verifying: VerifyCaseUseCase,
    private readonly asOf: CaseAsOfUseCase,
    private readonly exporting: ExportCaseUseCase,
    private readonly journal: AccessJournal,
  ) {}

  @Get()
  @JournaledList()
  @ApiOperation({ summary: 'The work queue of every case type, filtered, sorted by due date, paginated' })
  @ApiOkResponse({ type: CasePageDto })
  list(@Query() query: ListCasesQuery, @ReaderOf() reader: Reader) {
    return this.listing.execute(query, reader);
  }

  @Get(':caseId')
  @JournaledRead()
  @ApiOperation({ summary: 'One case with its event timeline' })
  @ApiOkResponse({ type: CaseDetailDto, description: 'A call’s scores sealed from the caller read as null.' })
  @ApiNotFoundResponse({ description: 'No such case in the read model (yet: it trails commands slightly).' })
  get(@Param() { caseId }: CaseIdParams, @ActorOf() reader: Actor) {
    return this.getting.execute(caseId, reader);
  }

  @Get(':caseId/verification')
  @ApiOperation({ summary: 'Tamper evidence for one case: its stored events hashed again and linked' })
  @ApiOkResponse({ description: 'Every stored event hashed again and linked: verified, or the first event that fails and why.' })
  @ApiNotFoundResponse({ description: 'No events of this case in the read model.' })
  verify(@Param() { caseId }: CaseIdParams) {
    return this.verifying.execute(caseId);
  }

  @Get(':caseId/as-of')
  @JournaledRead()
  @ApiOperation({ summary: 'A case as it stood at an instant, folded from its stored events' })
  @ApiOkResponse({
    description: "The case's state as it stood at the instant, folded from its stored events, less the scores sealed from the caller now.",
  })
  @ApiNotFoundResponse({ description: 'No event of this case at or before the instant.' })
  stateAsOf(@Param() { caseId }: CaseIdParams, @Query() { at }: AsOfQuery, @ActorOf() reader: Actor) {
    return this.asOf.execute(caseId, at, reader);
  }

  @Get(':caseId/export')
  @ApiOperation({ summary: "A case's history as sealed, with its chain proof (JSON or CSV)" })
  @ApiOkResponse({
    description: "The case's history exactly as sealed, with its chain proof, as a JSON or CSV file for an auditor's records.",
  })
  @ApiForbiddenResponse({ description: 'The history holds scores sealed from the caller until the selection is decided.' })
  @ApiNotFoundResponse({ description: 'No events of this case in the read model.' })
  @ApiNotJournaledResponse()
  async export(
    @Param() { caseId }: CaseIdParams,
    @Query() { format = 'json' }: ExportQuery,
    @ReadContextOf() read: ReadContext,
  ): Promise<StreamableFile> {
    const history = await this.exporting.execute(caseId);
    // Exported exactly as sealed, for its proof: whole, or not at all.
    if (SealedFromReader.of(read.actor, history.events).anything) {
      throw new ForbiddenException('this history holds scores sealed from you until the selection is decided');
    }
    // A file leaves no body for the journal's interceptor to read: the export journals itself.
    await this.journal.record({ ...read, caseId, fieldsShown: personalFieldsShown(history) });
    const body = format === 'csv' ? caseExportCsv(history) : `${JSON.stringify(history, null, 2)}\n`;
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      disposition: `attachment; filename="case-${caseId}.${format}"`,
    });
  }
}
