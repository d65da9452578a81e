import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BilateralProjectCommand, mayIssueBilateralProjectCommand } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CaseLocationInterceptor } from '../http/case-location.interceptor';
import { ApiIdempotencyKey, CommandContextOf } from '../http/command-context.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { ClosingReasonDto } from './dto/closing-reason.dto';
import { EndNegotiationsDto, NegotiationRoundDto, StartNegotiationsDto } from './dto/negotiations.dto';
import { AnalysisResultDto, DeployedDto, DeploymentSupportDto } from './dto/outcome.dto';
import { SubmitBilateralProjectDto } from './dto/submit-bilateral-project.dto';
import { BilateralProjectUseCases } from './bilateral-project.use-cases';

const Issues = (type: BilateralProjectCommand['type']) => IssuesCommand(type, (role) => mayIssueBilateralProjectCommand(type, role));

/**
 * Bilateral cooperation projects under agreements with foreign governments: the institution is
 * notified of the analysis result within 15 working days of the end of negotiations.
 */
@ApiTags('bilateral-projects')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('bilateral-projects')
export class BilateralProjectController {
  constructor(private readonly projects: BilateralProjectUseCases) {}

  @Post()
  @Issues('SubmitBilateralProject')
  @UseInterceptors(CaseLocationInterceptor)
  @ApiCreatedResponse({ type: CaseViewDto })
  submit(@Body() dto: SubmitBilateralProjectDto, @CommandContextOf() context: CommandContext) {
    return this.projects.submit(dto, context);
  }

  @Post(':caseId/assign')
  @HttpCode(200)
  @Issues('AssignBilateralProject')
  @ApiOkResponse({ type: CaseViewDto })
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.projects.assign(caseId, dto, context);
  }

  @Post(':caseId/negotiations/start')
  @HttpCode(200)
  @Issues('StartPartnerNegotiations')
  @ApiOkResponse({ type: CaseViewDto })
  startNegotiations(@Param() { caseId }: CaseIdParams, @Body() dto: StartNegotiationsDto, @CommandContextOf() context: CommandContext) {
    return this.projects.startNegotiations(caseId, dto, context);
  }

  @Post(':caseId/negotiations/round')
  @HttpCode(200)
  @Issues('RecordNegotiationRound')
  @ApiOkResponse({ type: CaseViewDto })
  recordRound(@Param() { caseId }: CaseIdParams, @Body() dto: NegotiationRoundDto, @CommandContextOf() context: CommandContext) {
    return this.projects.recordRound(caseId, dto, context);
  }

  @Post(':caseId/negotiations/end')
  @HttpCode(200)
  @Issues('EndPartnerNegotiations')
  @ApiOkResponse({ type: CaseViewDto, description: 'Starts the 15-working-day analysis-result clock at endedAt.' })
  endNegotiations(@Param() { caseId }: CaseIdParams, @Body() dto: EndNegotiationsDto, @CommandContextOf() context: CommandContext) {
    return this.projects.endNegotiations(caseId, dto, context);
  }

  @Post(':caseId/negotiations/abandon')
  @HttpCode(200)
  @Issues('AbandonPartnerNegotiations')
  @ApiOkResponse({ type: CaseViewDto })
  abandonNegotiations(@Param() { caseId }: CaseIdParams, @Body() dto: ClosingReasonDto, @CommandContextOf() context: CommandContext) {
    return this.projects.abandonNegotiations(caseId, dto, context);
  }

  @Post(':caseId/analysis-result')
  @HttpCode(200)
  @Issues('NotifyProjectAnalysisResult')
  @ApiOkResponse({ type: CaseViewDto, description: 'Notifies the institution; stops the clock (met or late).' })
  notifyAnalysisResult(@Param() { caseId }: CaseIdParams, @Body() dto: AnalysisResultDto, @CommandContextOf() context: CommandContext) {
    return this.projects.notifyAnalysisResult(caseId, dto, context);
  }

  @Post(':caseId/deployment-support')
  @HttpCode(200)
  @Issues('RecordDeploymentSupport')
  @ApiOkResponse({ type: CaseViewDto })
  recordSupport(@Param() { caseId }: CaseIdParams, @Body() dto: DeploymentSupportDto, @CommandContextOf() context: CommandContext) {
    return this.projects.recordSupport(caseId, dto, context);
  }

  @Post(':caseId/deployed')
  @HttpCode(200)
  @Issues('RecordBilateralProjectDeployed')
  @ApiOkResponse({ type: CaseViewDto })
  recordDeployed(@Param() { caseId }: CaseIdParams, @Body() dto: DeployedDto, @CommandContextOf() context: CommandContext) {
    return this.projects.recordDeployed(caseId, dto, context);
  }

  @Post(':caseId/withdraw')
  @HttpCode(200)
  @Issues('WithdrawBilateralProject')
  @ApiOkResponse({ type: CaseViewDto })
  withdraw(@Param() { caseId }: CaseIdParams, @Body() dto: ClosingReasonDto, @CommandContextOf() context: CommandContext) {
    return this.projects.withdraw(caseId, dto, context);
  }

  @Get(':caseId/live')
  @ApiOperation({ summary: "A bilateral project's live state, from its workflow" })
  @ApiOkResponse({ type: CaseViewDto, description: 'Live state from the workflow (any role).' })
  live(@Param() { caseId }: CaseIdParams) {
    return this.projects.live(caseId);
  }
}
