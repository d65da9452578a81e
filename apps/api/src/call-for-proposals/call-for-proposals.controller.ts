import { Body, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssueCallForProposalsCommand, type Person } from '@entente/domain';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute, openedCaseAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { CallForProposalsUseCases } from './call-for-proposals.use-cases';
import { CallEvaluationsDto } from './dto/call-evaluations.dto';
import { AssignEvaluatorsDto, DeclareConflictOfInterestDto, ScoreProposalDto } from './dto/evaluation-steps.dto';
import { ExtendCallForProposalsDto, SubmitProposalDto } from './dto/open-call-steps.dto';
import { PublishCallForProposalsDto } from './dto/publish-call-for-proposals.dto';
import { DecideSelectionDto, NotifyOrganizationDto } from './dto/selection-steps.dto';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/**
 * Calls for proposals of the Humanitarian Action Assistance Program and Québec Without Borders.
 * No route closes a call: the workflow does at `closesAt`, and starts the selection clock.
 */
@CommandController('calls-for-proposals')
export class CallForProposalsController {
  constructor(private readonly calls: CallForProposalsUseCases) {}

  @CommandRoute('PublishCallForProposals', '', mayIssueCallForProposalsCommand, openedCaseAnswer())
  publish(@Body() dto: PublishCallForProposalsDto, @CommandContextOf() context: CommandContext) {
    return this.calls.publish(dto, context);
  }

  @CommandRoute('SubmitProposal', ':caseId/proposals', mayIssueCallForProposalsCommand)
  submit(@Param() { caseId }: CaseIdParams, @Body() dto: SubmitProposalDto, @CommandContextOf() context: CommandContext) {
    return this.calls.submit(caseId, dto, context);
  }

  @CommandRoute('ExtendCallForProposals', ':caseId/extension', mayIssueCallForProposalsCommand)
  extend(@Param() { caseId }: CaseIdParams, @Body() dto: ExtendCallForProposalsDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'ExtendCallForProposals', dto, context);
  }

  @CommandRoute('AssignEvaluators', ':caseId/evaluators', mayIssueCallForProposalsCommand)
  assignEvaluators(@Param() { caseId }: CaseIdParams, @Body() dto: AssignEvaluatorsDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'AssignEvaluators', dto, context);
  }

  @CommandRoute('DeclareConflictOfInterest', ':caseId/conflicts-of-interest', mayIssueCallForProposalsCommand)
  declareConflictOfInterest(
    @Param() { caseId }: CaseIdParams,
    @Body() dto: DeclareConflictOfInterestDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.calls.send(caseId, 'DeclareConflictOfInterest', dto, context);
  }

  @CommandRoute('ScoreProposal', ':caseId/scores', mayIssueCallForProposalsCommand)
  score(@Param() { caseId }: CaseIdParams, @Body() dto: ScoreProposalDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'ScoreProposal', dto, context);
  }

  @CommandRoute('DecideSelection', ':caseId/decision', mayIssueCallForProposalsCommand)
  decide(@Param() { caseId }: CaseIdParams, @Body() dto: DecideSelectionDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'DecideSelection', dto, context);
  }

  @CommandRoute('NotifyOrganization', ':caseId/notifications', mayIssueCallForProposalsCommand)
  notify(@Param() { caseId }: CaseIdParams, @Body() dto: NotifyOrganizationDto, @CommandContextOf() context: CommandContext) {
    return this.calls.send(caseId, 'NotifyOrganization', dto, context);
  }

  @Get(':caseId/live')
  @JournaledRead('call-for-proposals')
  @ApiOperation({ summary: "A call for proposals' live state, from its workflow" })
  @ApiOkResponse({
    type: CaseViewDto,
    description:
      'Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors), without the scores sealed from the caller while the call is evaluated.',
  })
  live(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.calls.live(caseId, reader);
  }

  @Get(':caseId/evaluations')
  @JournaledRead('call-for-proposals')
  @ApiOperation({ summary: "A call's declarations, scores, ranking and its formula, and any departure from it" })
  @ApiOkResponse({
    type: CallEvaluationsDto,
    description:
      'Live from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors). While the call is evaluated, an evaluator sees the other evaluators’ scores on a ' +
      'proposal once their own are in; others but the director and auditors see none, nor the ranking, until the decision.',
  })
  evaluations(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.calls.evaluations(caseId, reader);
  }
}
