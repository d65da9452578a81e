import { Body, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssuePremierMissionCommand, type Person } from '@entente/domain';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute, openedCaseAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { EvaluationAnswerDto } from './dto/evaluation-answer.dto';
import { MissionEvaluationDto } from './dto/mission-evaluation.dto';
import { CancelMissionDto, EndMissionDto, LogisticsServiceDto, RegisterParticipantDto } from './dto/mission-steps.dto';
import { PlanPremierMissionDto } from './dto/plan-premier-mission.dto';
import { PremierMissionUseCases } from './premier-mission.use-cases';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/**
 * Premier-led missions (Bureau des missions): registration, logistics, the trip, then every
 * participant's evaluation. Staff may record the start or the end early; otherwise the workflow's
 * timers do, and they alone remind participants and compile the answers.
 */
@CommandController('premier-missions')
export class PremierMissionController {
  constructor(private readonly missions: PremierMissionUseCases) {}

  @CommandRoute('PlanPremierMission', '', mayIssuePremierMissionCommand, openedCaseAnswer())
  plan(@Body() dto: PlanPremierMissionDto, @CommandContextOf() context: CommandContext) {
    return this.missions.plan(dto, context);
  }

  @CommandRoute('AssignPremierMission', ':caseId/assign', mayIssuePremierMissionCommand)
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.missions.assign(caseId, dto, context);
  }

  @CommandRoute('RegisterMissionParticipant', ':caseId/participants', mayIssuePremierMissionCommand)
  register(@Param() { caseId }: CaseIdParams, @Body() dto: RegisterParticipantDto, @CommandContextOf() context: CommandContext) {
    return this.missions.register(caseId, dto, context);
  }

  @CommandRoute('ClosePremierMissionRegistration', ':caseId/registration/close', mayIssuePremierMissionCommand)
  closeRegistration(@Param() { caseId }: CaseIdParams, @CommandContextOf() context: CommandContext) {
    return this.missions.closeRegistration(caseId, context);
  }

  @CommandRoute('RecordMissionLogisticsService', ':caseId/logistics', mayIssuePremierMissionCommand)
  recordLogistics(@Param() { caseId }: CaseIdParams, @Body() dto: LogisticsServiceDto, @CommandContextOf() context: CommandContext) {
    return this.missions.recordLogistics(caseId, dto, context);
  }

  @CommandRoute('StartPremierMission', ':caseId/start', mayIssuePremierMissionCommand)
  start(@Param() { caseId }: CaseIdParams, @CommandContextOf() context: CommandContext) {
    return this.missions.start(caseId, context);
  }

  @CommandRoute('EndPremierMission', ':caseId/end', mayIssuePremierMissionCommand)
  end(@Param() { caseId }: CaseIdParams, @Body() dto: EndMissionDto, @CommandContextOf() context: CommandContext) {
    return this.missions.end(caseId, dto, context);
  }

  @CommandRoute('RecordMissionEvaluationAnswer', ':caseId/evaluation/answers', mayIssuePremierMissionCommand)
  recordAnswer(@Param() { caseId }: CaseIdParams, @Body() dto: EvaluationAnswerDto, @CommandContextOf() context: CommandContext) {
    return this.missions.recordAnswer(caseId, dto, context);
  }

  @CommandRoute('CancelPremierMission', ':caseId/cancel', mayIssuePremierMissionCommand)
  cancel(@Param() { caseId }: CaseIdParams, @Body() dto: CancelMissionDto, @CommandContextOf() context: CommandContext) {
    return this.missions.cancel(caseId, dto, context);
  }

  @Get(':caseId/live')
  @JournaledRead('premier-mission')
  @ApiOperation({ summary: "A Premier-led mission's live state, from its workflow" })
  @ApiOkResponse({
    type: CaseViewDto,
    description: 'Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors).',
  })
  live(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.missions.live(caseId, reader);
  }

  @Get(':caseId/evaluation')
  @JournaledRead('premier-mission')
  @ApiOperation({ summary: "A mission's evaluation: plan, recipients, answers and compilation" })
  @ApiOkResponse({
    type: MissionEvaluationDto,
    description:
      'The evaluation’s plan, recipients, answers and compilation, live (within the scope of the reader, 404 outside it; personal fields masked for auditors).',
  })
  evaluation(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.missions.evaluation(caseId, reader);
  }
}
