import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mayIssuePremierMissionCommand, PremierMissionCommand } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CaseLocationInterceptor } from '../http/case-location.interceptor';
import { ApiIdempotencyKey, CommandContextOf } from '../http/command-context.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { EvaluationAnswerDto } from './dto/evaluation-answer.dto';
import { MissionEvaluationDto } from './dto/mission-evaluation.dto';
import { CancelMissionDto, LogisticsServiceDto, RegisterParticipantDto } from './dto/mission-steps.dto';
import { PlanPremierMissionDto } from './dto/plan-premier-mission.dto';
import { PremierMissionUseCases } from './premier-mission.use-cases';

type CommandType = PremierMissionCommand['type'];
const Issues = (type: CommandType) => IssuesCommand(type, (role) => mayIssuePremierMissionCommand(type, role));
/** A command on an existing mission: 200 with the case as the workflow holds it afterwards. */
const Step = (path: string, type: CommandType) => applyDecorators(Post(path), HttpCode(200), Issues(type), ApiOkResponse({ type: CaseViewDto }));

/**
 * Premier-led missions (Bureau des missions): registration, logistics, the trip, then every
 * participant's evaluation. Staff may record the start or the end early; otherwise the workflow's
 * timers do, and they alone remind participants and compile the answers.
 */
@ApiTags('premier-missions')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('premier-missions')
export class PremierMissionController {
  constructor(private readonly missions: PremierMissionUseCases) {}

  @Post()
  @Issues('PlanPremierMission')
  @UseInterceptors(CaseLocationInterceptor)
  @ApiCreatedResponse({ type: CaseViewDto })
  plan(@Body() dto: PlanPremierMissionDto, @CommandContextOf() context: CommandContext) {
    return this.missions.plan(dto, context);
  }

  @Step(':caseId/assign', 'AssignPremierMission')
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.missions.assign(caseId, dto, context);
  }

  @Step(':caseId/participants', 'RegisterMissionParticipant')
  register(@Param() { caseId }: CaseIdParams, @Body() dto: RegisterParticipantDto, @CommandContextOf() context: CommandContext) {
    return this.missions.register(caseId, dto, context);
  }

  @Step(':caseId/registration/close', 'ClosePremierMissionRegistration')
  closeRegistration(@Param() { caseId }: CaseIdParams, @CommandContextOf() context: CommandContext) {
    return this.missions.closeRegistration(caseId, context);
  }

  @Step(':caseId/logistics', 'RecordMissionLogisticsService')
  recordLogistics(@Param() { caseId }: CaseIdParams, @Body() dto: LogisticsServiceDto, @CommandContextOf() context: CommandContext) {
    return this.missions.recordLogistics(caseId, dto, context);
  }

  @Step(':caseId/start', 'StartPremierMission')
  start(@Param() { caseId }: CaseIdParams, @CommandContextOf() context: CommandContext) {
    return this.missions.start(caseId, context);
  }

  @Step(':caseId/end', 'EndPremierMission')
  end(@Param() { caseId }: CaseIdParams, @CommandContextOf() context: CommandContext) {
    return this.missions.end(caseId, context);
  }

  @Step(':caseId/evaluation/answers', 'RecordMissionEvaluationAnswer')
  recordAnswer(@Param() { caseId }: CaseIdParams, @Body() dto: EvaluationAnswerDto, @CommandContextOf() context: CommandContext) {
    return this.missions.recordAnswer(caseId, dto, context);
  }

  @Step(':caseId/cancel', 'CancelPremierMission')
  cancel(@Param() { caseId }: CaseIdParams, @Body() dto: CancelMissionDto, @CommandContextOf() context: CommandContext) {
    return this.missions.cancel(caseId, dto, context);
  }

  @Get(':caseId/live')
  @ApiOperation({ summary: "A Premier-led mission's live state, from its workflow" })
  @ApiOkResponse({ type: CaseViewDto, description: 'Live state from the workflow (any role).' })
  live(@Param() { caseId }: CaseIdParams) {
    return this.missions.live(caseId);
  }

  @Get(':caseId/evaluation')
  @ApiOperation({ summary: "A mission's evaluation: plan, recipients, answers and compilation" })
  @ApiOkResponse({ type: MissionEvaluationDto, description: 'The evaluation’s plan, recipients, answers and compilation, live (any role).' })
  evaluation(@Param() { caseId }: CaseIdParams) {
    return this.missions.evaluation(caseId);
  }
}
