import { Body, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssueCooperationEngagementCommand, type Person } from '@entente/domain';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute, openedCaseAnswer } from '../http/command-route.decorator';
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
import { CooperationEngagementUseCases } from './cooperation-engagement.use-cases';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/**
 * The National Assembly's interparliamentary cooperation engagements: opening, stage 1 (needs
 * assessment) and what applies at any stage. Coordinators act only on the engagements they
 * coordinate (the decider says so, answering 403).
 */
@CommandController('cooperation-engagements')
export class CooperationEngagementController {
  constructor(private readonly engagements: CooperationEngagementUseCases) {}

  @CommandRoute('OpenCooperationEngagement', '', mayIssueCooperationEngagementCommand, openedCaseAnswer())
  open(@Body() dto: OpenCooperationEngagementDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.open(dto, context);
  }

  @CommandRoute('ReassignCooperationEngagement', ':caseId/reassign', mayIssueCooperationEngagementCommand)
  reassign(@Param() { caseId }: CaseIdParams, @Body() dto: ReassignEngagementDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.reassign(caseId, dto, context);
  }

  @CommandRoute('RecordNeeds', ':caseId/needs', mayIssueCooperationEngagementCommand)
  recordNeeds(@Param() { caseId }: CaseIdParams, @Body() dto: RecordNeedsDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'RecordNeeds', dto, context);
  }

  @CommandRoute('PlanAssessmentMission', ':caseId/assessment-mission', mayIssueCooperationEngagementCommand)
  planMission(@Param() { caseId }: CaseIdParams, @Body() dto: PlanAssessmentMissionDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'PlanAssessmentMission', dto, context);
  }

  @CommandRoute('RecordAssessmentMissionHeld', ':caseId/assessment-mission/held', mayIssueCooperationEngagementCommand)
  recordMissionHeld(@Param() { caseId }: CaseIdParams, @Body() dto: AssessmentMissionHeldDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.recordMissionHeld(caseId, dto, context);
  }

  @CommandRoute('DecideOnAssistance', ':caseId/assistance-decision', mayIssueCooperationEngagementCommand)
  decideOnAssistance(@Param() { caseId }: CaseIdParams, @Body() dto: AssistanceDecisionDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'DecideOnAssistance', dto, context);
  }

  @CommandRoute('WithdrawCooperationEngagement', ':caseId/withdraw', mayIssueCooperationEngagementCommand)
  withdraw(@Param() { caseId }: CaseIdParams, @Body() dto: WithdrawEngagementDto, @CommandContextOf() context: CommandContext) {
    return this.engagements.send(caseId, 'WithdrawCooperationEngagement', dto, context);
  }

  @Get(':caseId/live')
  @JournaledRead('cooperation-engagement')
  @ApiOperation({ summary: "A cooperation engagement's live state, from its workflow" })
  @ApiOkResponse({
    type: CaseViewDto,
    description:
      'Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors): every plan version, activity and clock.',
  })
  live(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.engagements.live(caseId, reader);
  }
}
