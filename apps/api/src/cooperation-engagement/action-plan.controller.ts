import { Body, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssueCooperationEngagementCommand, type Person } from '@entente/domain';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import {
  ModificationsRequestDto,
  PartnerAnswerDto,
  PlanDiffQuery,
  PlanVersionParams,
  ProposeActionPlanDto,
  RejectionDto,
} from './dto/action-plan.dto';
import { ActionPlanDiffDto } from './dto/action-plan-diff.dto';
import { CooperationEngagementUseCases } from './cooperation-engagement.use-cases';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/**
 * Stage 2: the Assembly proposes a plan; the coordinator records the partner's answer to a
 * version (approve, ask for modifications, reject). Every version is kept, and can be compared.
 */
@CommandController('cooperation-engagements')
export class ActionPlanController {
  constructor(private readonly engagements: CooperationEngagementUseCases) {}

  @CommandRoute('ProposeActionPlan', ':caseId/action-plans', mayIssueCooperationEngagementCommand)
  propose(@Param() { caseId }: CaseIdParams, @Body() dto: ProposeActionPlanDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'ProposeActionPlan', dto, context);
  }

  @CommandRoute('ApproveActionPlan', ':caseId/action-plans/:version/approve', mayIssueCooperationEngagementCommand)
  approve(@Param() { caseId, version }: PlanVersionParams, @Body() dto: PartnerAnswerDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.answer(caseId, 'ApproveActionPlan', version, dto, context);
  }

  @CommandRoute('RequestActionPlanModifications', ':caseId/action-plans/:version/modifications', mayIssueCooperationEngagementCommand)
  requestModifications(
    @Param() { caseId, version }: PlanVersionParams,
    @Body() dto: ModificationsRequestDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.engagements.answer(caseId, 'RequestActionPlanModifications', version, dto, context);
  }

  @CommandRoute('RejectActionPlan', ':caseId/action-plans/:version/reject', mayIssueCooperationEngagementCommand)
  reject(@Param() { caseId, version }: PlanVersionParams, @Body() dto: RejectionDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.answer(caseId, 'RejectActionPlan', version, dto, context);
  }

  @Get(':caseId/action-plans/diff')
  @JournaledRead('cooperation-engagement')
  @ApiOperation({ summary: 'What changed between two versions of an action plan' })
  @ApiOkResponse({
    type: ActionPlanDiffDto,
    description:
      'Field by field, what changed between two kept versions (within the scope of the reader, 404 outside it; personal fields masked for auditors).',
  })
  diff(@Param() { caseId }: CaseIdParams, @Query() query: PlanDiffQuery, @ReaderOf() reader: Person) {
    return this.engagements.diffPlans(caseId, query, reader);
  }
}
