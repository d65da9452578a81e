import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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

/** Reads from the projector's read model: open to every signed-in role, auditors included. */
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
  ) {}

  @Get()
  @ApiOperation({ summary: 'The work queue of every case type, filtered, sorted by due date, paginated' })
  @ApiOkResponse({ type: CasePageDto })
  list(@Query() query: ListCasesQuery) {
    return this.listing.execute(query);
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'One case with its event timeline' })
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiNotFoundResponse({ description: 'No such case in the read model (yet: it trails commands slightly).' })
  get(@Param() { caseId }: CaseIdParams) {
    return this.getting.execute(caseId);
  }

  @Get(':caseId/verification')
  @ApiOperation({ summary: 'Tamper evidence for one case: its stored events hashed again and linked' })
  @ApiOkResponse({ description: 'Every stored event hashed again and linked: verified, or the first event that fails and why.' })
  @ApiNotFoundResponse({ description: 'No events of this case in the read model.' })
  verify(@Param() { caseId }: CaseIdParams) {
    return this.verifying.execute(caseId);
  }

  @Get(':caseId/as-of')
  @ApiOperation({ summary: 'A case as it stood at an instant, folded from its stored events' })
  @ApiOkResponse({ description: "The case's state as it stood at the instant, folded from its stored events." })
  @ApiNotFoundResponse({ description: 'No event of this case at or before the instant.' })
  stateAsOf(@Param() { caseId }: CaseIdParams, @Query() { at }: AsOfQuery) {
    return this.asOf.execute(caseId, at);
  }

  @Get(':caseId/export')
  @ApiOperation({ summary: "A case's history as sealed, with its chain proof (JSON or CSV)" })
  @ApiOkResponse({
    description: "The case's history exactly as sealed, with its chain proof, as a JSON or CSV file for an auditor's records.",
  })
  @ApiNotFoundResponse({ description: 'No events of this case in the read model.' })
  async export(@Param() { caseId }: CaseIdParams, @Query() { format = 'json' }: ExportQuery): Promise<StreamableFile> {
    const history = await this.exporting.execute(caseId);
    const body = format === 'csv' ? caseExportCsv(history) : `${JSON.stringify(history, null, 2)}\n`;
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      disposition: `attachment; filename="case-${caseId}.${format}"`,
    });
  }
}
