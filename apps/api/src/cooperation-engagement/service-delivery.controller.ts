import { Body, Param } from '@nestjs/common';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { ActivityHeldDto, ActivityParams, ActivityReportDto, CancelActivityDto, FollowUpDto, PlanActivityDto } from './dto/service-delivery.dto';
import { EngagementCommand, EngagementsController } from './cooperation-engagement.routes';
import { CooperationEngagementUseCases } from './cooperation-engagement.use-cases';

/**
 * Stage 3, the activities of the approved plan, and stage 4: follow-up, then the activity report,
 * due a configurable number of working days after delivery is declared complete.
 */
@EngagementsController()
export class ServiceDeliveryController {
  constructor(private readonly engagements: CooperationEngagementUseCases) {}

  @EngagementCommand('PlanActivity', ':caseId/activities')
  planActivity(@Param() { caseId }: CaseIdParams, @Body() dto: PlanActivityDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'PlanActivity', dto, context);
  }

  @EngagementCommand('RecordActivityHeld', ':caseId/activities/:activityId/held')
  recordActivityHeld(@Param() { caseId, activityId }: ActivityParams, @Body() dto: ActivityHeldDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.recordActivityHeld(caseId, activityId, dto, context);
  }

  @EngagementCommand('CancelActivity', ':caseId/activities/:activityId/cancel')
  cancelActivity(@Param() { caseId, activityId }: ActivityParams, @Body() dto: CancelActivityDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'CancelActivity', { activityId, ...dto }, context);
  }

  @EngagementCommand('DeclareServiceDeliveryComplete', ':caseId/delivery/complete')
  declareDeliveryComplete(@Param() { caseId }: CaseIdParams, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'DeclareServiceDeliveryComplete', {}, context);
  }

  @EngagementCommand('RecordFollowUp', ':caseId/follow-ups')
  recordFollowUp(@Param() { caseId }: CaseIdParams, @Body() dto: FollowUpDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'RecordFollowUp', dto, context);
  }

  @EngagementCommand('SubmitActivityReport', ':caseId/activity-report')
  submitReport(@Param() { caseId }: CaseIdParams, @Body() dto: ActivityReportDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'SubmitActivityReport', dto, context);
  }
}
