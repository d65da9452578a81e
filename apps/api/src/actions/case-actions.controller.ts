import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@entente/domain';
import { ActorOf } from '../auth/actor-of.decorator';
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
  @ApiNotFoundResponse({ description: 'No such case in the read model (yet: it trails commands slightly).' })
  list(@Param() { caseId }: CaseIdParams, @ActorOf() actor: Actor): Promise<CaseActionsDto> {
    return this.actions.execute(caseId, actor);
  }
}
