import { Body, Get, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CaseLocationInterceptor } from '../http/case-location.interceptor';
import { CommandContextOf } from '../http/command-context.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import {
  AssessmentMissionHeldDto,
  AssistanceDecisionDto,
  PlanAssessmentMissionDto,
  ReassignEngagementDto,
  RecordNeedsDto,
  WithdrawEngagementDto,
} from './dto/needs-assessment.dto';
import { OpenCooperationEngagementDto } from './dto/open-cooperation-engagement.dto';
import { EngagementCommand, EngagementsController, Issues } from './cooperation-engagement.routes';
import { CooperationEngagementUseCases } from './cooperation-engagement.use-cases';

/**
 * The National Assembly's interparliamentary cooperation engagements: opening, stage 1 (needs
 * assessment) and what applies at any stage. Coordinators act only on the engagements they
 * coordinate (the decider says so, answering 403).
 */
@EngagementsController()
export class CooperationEngagementController {
  constructor(private readonly engagements: CooperationEngagementUseCases) {}

  @Post()
  @Issues('OpenCooperationEngagement')
  @UseInterceptors(CaseLocationInterceptor)
  @ApiCreatedResponse({ type: CaseViewDto })
  open(@Body() dto: OpenCooperationEngagementDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.open(dto, context);
  }

  @EngagementCommand('ReassignCooperationEngagement', ':caseId/reassign')
  reassign(@Param() { caseId }: CaseIdParams, @Body() dto: ReassignEngagementDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.reassign(caseId, dto, context);
  }

  @EngagementCommand('RecordNeeds', ':caseId/needs')
  recordNeeds(@Param() { caseId }: CaseIdParams, @Body() dto: RecordNeedsDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'RecordNeeds', dto, context);
  }

  @EngagementCommand('PlanAssessmentMission', ':caseId/assessment-mission')
  planMission(@Param() { caseId }: CaseIdParams, @Body() dto: PlanAssessmentMissionDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'PlanAssessmentMission', dto, context);
  }

  @EngagementCommand('RecordAssessmentMissionHeld', ':caseId/assessment-mission/held')
  recordMissionHeld(@Param() { caseId }: CaseIdParams, @Body() dto: AssessmentMissionHeldDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.recordMissionHeld(caseId, dto, context);
  }

  @EngagementCommand('DecideOnAssistance', ':caseId/assistance-decision')
  decideOnAssistance(@Param() { caseId }: CaseIdParams, @Body() dto: AssistanceDecisionDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'DecideOnAssistance', dto, context);
  }

  @EngagementCommand('WithdrawCooperationEngagement', ':caseId/withdraw')
  withdraw(@Param() { caseId }: CaseIdParams, @Body() dto: WithdrawEngagementDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'WithdrawCooperationEngagement', dto, context);
  }

  @Get(':caseId/live')
  @ApiOperation({ summary: "A cooperation engagement's live state, from its workflow" })
  @ApiOkResponse({ type: CaseViewDto, description: 'Live state from the workflow (any role): every plan version, activity and clock.' })
  live(@Param() { caseId }: CaseIdParams) {
    return this.engagements.live(caseId);
  }
}
