import { Body, Param } from '@nestjs/common';
import { mayIssueCooperationEngagementCommand } from '@entente/domain';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import {
  ActivityHeldDto,
  ActivityParams,
  ActivityReportDto,
  CancelActivityDto,
  DeliveryCompleteDto,
  FollowUpDto,
  PlanActivityDto,
} from './dto/service-delivery.dto';
import { CooperationEngagementUseCases } from './cooperation-engagement.use-cases';

/**
 * Stage 3, the activities of the approved plan, and stage 4: follow-up, then the activity report,
 * due a configurable number of working days after delivery is declared complete.
 */
@CommandController('cooperation-engagements')
export class ServiceDeliveryController {
  constructor(private readonly engagements: CooperationEngagementUseCases) {}

  @CommandRoute('PlanActivity', ':caseId/activities', mayIssueCooperationEngagementCommand)
  planActivity(@Param() { caseId }: CaseIdParams, @Body() dto: PlanActivityDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'PlanActivity', dto, context);
  }

  @CommandRoute('RecordActivityHeld', ':caseId/activities/:activityId/held', mayIssueCooperationEngagementCommand)
  recordActivityHeld(
    @Param() { caseId, activityId }: ActivityParams,
    @Body() dto: ActivityHeldDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.engagements.recordActivityHeld(caseId, activityId, dto, context);
  }

  @CommandRoute('CancelActivity', ':caseId/activities/:activityId/cancel', mayIssueCooperationEngagementCommand)
  cancelActivity(
    @Param() { caseId, activityId }: ActivityParams,
    @Body() dto: CancelActivityDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.engagements.send(caseId, 'CancelActivity', { activityId, ...dto }, context);
  }

  @CommandRoute('DeclareServiceDeliveryComplete', ':caseId/delivery/complete', mayIssueCooperationEngagementCommand)
  declareDeliveryComplete(
    @Param() { caseId }: CaseIdParams,
    @Body() dto: DeliveryCompleteDto,
    @CommandContextOf() context: CommandContext,
  ) {
    return this.engagements.send(caseId, 'DeclareServiceDeliveryComplete', dto, context);
  }

  @CommandRoute('RecordFollowUp', ':caseId/follow-ups', mayIssueCooperationEngagementCommand)
  recordFollowUp(@Param() { caseId }: CaseIdParams, @Body() dto: FollowUpDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'RecordFollowUp', dto, context);
  }

  @CommandRoute('SubmitActivityReport', ':caseId/activity-report', mayIssueCooperationEngagementCommand)
  submitReport(@Param() { caseId }: CaseIdParams, @Body() dto: ActivityReportDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'SubmitActivityReport', dto, context);
  }
}
