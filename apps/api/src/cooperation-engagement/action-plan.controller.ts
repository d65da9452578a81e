import { Body, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { ModificationsRequestDto, PartnerAnswerDto, PlanDiffQuery, PlanVersionParams, ProposeActionPlanDto, RejectionDto } from './dto/action-plan.dto';
import { ActionPlanDiffDto } from './dto/action-plan-diff.dto';
import { EngagementCommand, EngagementsController } from './cooperation-engagement.routes';
import { CooperationEngagementUseCases } from './cooperation-engagement.use-cases';

/**
 * Stage 2: the Assembly proposes a plan; the coordinator records the partner's answer to a
 * version (approve, ask for modifications, reject). Every version is kept, and can be compared.
 */
@EngagementsController()
export class ActionPlanController {
  constructor(private readonly engagements: CooperationEngagementUseCases) {}

  @EngagementCommand('ProposeActionPlan', ':caseId/action-plans')
  propose(@Param() { caseId }: CaseIdParams, @Body() dto: ProposeActionPlanDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'ProposeActionPlan', dto, context);
  }

  @EngagementCommand('ApproveActionPlan', ':caseId/action-plans/:version/approve')
  approve(@Param() { caseId, version }: PlanVersionParams, @Body() dto: PartnerAnswerDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.answer(caseId, 'ApproveActionPlan', version, dto, context);
  }

  @EngagementCommand('RequestActionPlanModifications', ':caseId/action-plans/:version/modifications')
  requestModifications(@Param() { caseId, version }: PlanVersionParams, @Body() dto: ModificationsRequestDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.answer(caseId, 'RequestActionPlanModifications', version, dto, context);
  }

  @EngagementCommand('RejectActionPlan', ':caseId/action-plans/:version/reject')
  reject(@Param() { caseId, version }: PlanVersionParams, @Body() dto: RejectionDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.answer(caseId, 'RejectActionPlan', version, dto, context);
  }

  @Get(':caseId/action-plans/diff')
  @ApiOperation({ summary: 'What changed between two versions of an action plan' })
  @ApiOkResponse({ type: ActionPlanDiffDto, description: 'Field by field, what changed between two kept versions (any role).' })
  diff(@Param() { caseId }: CaseIdParams, @Query() query: PlanDiffQuery) {
    return this.engagements.diffPlans(caseId, query);
  }
}
