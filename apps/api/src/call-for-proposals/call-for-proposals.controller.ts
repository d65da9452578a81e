import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CallForProposalsCommand, mayIssueCallForProposalsCommand } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CaseLocationInterceptor } from '../http/case-location.interceptor';
import { ApiIdempotencyKey, CommandContextOf } from '../http/command-context.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { CallForProposalsUseCases } from './call-for-proposals.use-cases';
import { CallEvaluationsDto } from './dto/call-evaluations.dto';
import { AssignEvaluatorsDto, DeclareConflictOfInterestDto, ScoreProposalDto } from './dto/evaluation-steps.dto';
import { ExtendCallForProposalsDto, SubmitProposalDto } from './dto/open-call-steps.dto';
import { PublishCallForProposalsDto } from './dto/publish-call-for-proposals.dto';
import { DecideSelectionDto, NotifyOrganizationDto } from './dto/selection-steps.dto';

type CommandType = CallForProposalsCommand['type'];

const Issues = (type: CommandType) => IssuesCommand(type, (role) => mayIssueCallForProposalsCommand(type, role));

/** A command on an existing call: 200 with the call as the workflow holds it afterwards. */
const Step = (path: string, type: CommandType) => applyDecorators(Post(`:caseId/${path}`), HttpCode(200), Issues(type), ApiOkResponse({ type: CaseViewDto }));

/**
 * Calls for proposals of the Humanitarian Action Assistance Program and Québec Without Borders.
 * No route closes a call: the workflow does at `closesAt`, and starts the selection clock.
 */
@ApiTags('calls-for-proposals')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('calls-for-proposals')
export class CallForProposalsController {
  constructor(private readonly calls: CallForProposalsUseCases) {}

  @Post()
  @Issues('PublishCallForProposals')
  @UseInterceptors(CaseLocationInterceptor)
  @ApiCreatedResponse({ type: CaseViewDto })
  publish(@Body() dto: PublishCallForProposalsDto, @CommandContextOf() context: CommandContext) {
    return this.calls.publish(dto, context);
  }

  @Step('proposals', 'SubmitProposal')
  submit(@Param() { caseId }: CaseIdParams, @Body() dto: SubmitProposalDto, @CommandContextOf() context: CommandContext) {
    return this.calls.submit(caseId, dto, context);
  }

  @Step('extension', 'ExtendCallForProposals')
  extend(@Param() { caseId }: CaseIdParams, @Body() dto: ExtendCallForProposalsDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'ExtendCallForProposals', dto, context);
  }

  @Step('evaluators', 'AssignEvaluators')
  assignEvaluators(@Param() { caseId }: CaseIdParams, @Body() dto: AssignEvaluatorsDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'AssignEvaluators', dto, context);
  }

  @Step('conflicts-of-interest', 'DeclareConflictOfInterest')
  declareConflictOfInterest(@Param() { caseId }: CaseIdParams, @Body() dto: DeclareConflictOfInterestDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'DeclareConflictOfInterest', dto, context);
  }

  @Step('scores', 'ScoreProposal')
  score(@Param() { caseId }: CaseIdParams, @Body() dto: ScoreProposalDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'ScoreProposal', dto, context);
  }

  @Step('decision', 'DecideSelection')
  decide(@Param() { caseId }: CaseIdParams, @Body() dto: DecideSelectionDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'DecideSelection', dto, context);
  }

  @Step('notifications', 'NotifyOrganization')
  notify(@Param() { caseId }: CaseIdParams, @Body() dto: NotifyOrganizationDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'NotifyOrganization', dto, context);
  }

  @Get(':caseId/live')
  @ApiOperation({ summary: "A call for proposals' live state, from its workflow" })
  @ApiOkResponse({ type: CaseViewDto, description: 'Live state from the workflow (any role).' })
  live(@Param() { caseId }: CaseIdParams) {
    return this.calls.live(caseId);
  }

  @Get(':caseId/evaluations')
  @ApiOperation({ summary: "A call's declarations, scores and ranking" })
  @ApiOkResponse({ type: CallEvaluationsDto, description: 'Declarations, scores and ranking, live from the workflow (any role).' })
  evaluations(@Param() { caseId }: CaseIdParams) {
    return this.calls.evaluations(caseId);
  }
}
