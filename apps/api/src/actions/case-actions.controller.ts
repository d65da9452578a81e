import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Person } from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
import { CaseIdParams } from '../http/case-id.params';
import { CaseActionsUseCase } from './case-actions.use-case';
import { CaseActionsDto } from './dto/case-actions.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseActionsController {
  constructor(private readonly actions: CaseActionsUseCase) {}

  @Get(':caseId/actions')
  @ApiOperation({ summary: 'The steps the signed-in person may take on the case now, and where to send each' })
  @ApiOkResponse({ type: CaseActionsDto })
  @ApiNotFoundResponse({
    description: 'No such case, or not one the caller may read (the two answer alike); the read model trails commands slightly.',
  })
  list(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person): Promise<CaseActionsDto> {
    return this.actions.execute(caseId, reader);
  }
}
