import { Body, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssueBilateralProjectCommand, type Person } from '@entente/domain';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { caseAnswer, CommandController, CommandRoute, openedCaseAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { ClosingReasonDto } from './dto/closing-reason.dto';
import { EndNegotiationsDto, NegotiationRoundDto, StartNegotiationsDto } from './dto/negotiations.dto';
import { AnalysisResultDto, DeployedDto, DeploymentSupportDto } from './dto/outcome.dto';
import { SubmitBilateralProjectDto } from './dto/submit-bilateral-project.dto';
import { BilateralProjectUseCases } from './bilateral-project.use-cases';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/**
 * Bilateral cooperation projects under agreements with foreign governments: the institution is
 * notified of the analysis result within 15 working days of the end of negotiations.
 */
@CommandController('bilateral-projects')
export class BilateralProjectController {
  constructor(private readonly projects: BilateralProjectUseCases) {}

  @CommandRoute('SubmitBilateralProject', '', mayIssueBilateralProjectCommand, openedCaseAnswer())
  submit(@Body() dto: SubmitBilateralProjectDto, @CommandContextOf() context: CommandContext) {
    return this.projects.submit(dto, context);
  }

  @CommandRoute('AssignBilateralProject', ':caseId/assign', mayIssueBilateralProjectCommand)
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.projects.assign(caseId, dto, context);
  }

  @CommandRoute('StartPartnerNegotiations', ':caseId/negotiations/start', mayIssueBilateralProjectCommand)
  startNegotiations(@Param() { caseId }: CaseIdParams, @Body() dto: StartNegotiationsDto, @CommandContextOf() context: CommandContext) {
    return this.projects.startNegotiations(caseId, dto, context);
  }

  @CommandRoute('RecordNegotiationRound', ':caseId/negotiations/round', mayIssueBilateralProjectCommand)
  recordRound(@Param() { caseId }: CaseIdParams, @Body() dto: NegotiationRoundDto, @CommandContextOf() context: CommandContext) {
    return this.projects.recordRound(caseId, dto, context);
  }

  @CommandRoute(
    'EndPartnerNegotiations',
    ':caseId/negotiations/end',
    mayIssueBilateralProjectCommand,
    caseAnswer('Starts the 15-working-day analysis-result clock at endedAt.'),
  )
  endNegotiations(@Param() { caseId }: CaseIdParams, @Body() dto: EndNegotiationsDto, @CommandContextOf() context: CommandContext) {
    return this.projects.endNegotiations(caseId, dto, context);
  }

  @CommandRoute('AbandonPartnerNegotiations', ':caseId/negotiations/abandon', mayIssueBilateralProjectCommand)
  abandonNegotiations(@Param() { caseId }: CaseIdParams, @Body() dto: ClosingReasonDto, @CommandContextOf() context: CommandContext) {
    return this.projects.abandonNegotiations(caseId, dto, context);
  }

  @CommandRoute(
    'NotifyProjectAnalysisResult',
    ':caseId/analysis-result',
    mayIssueBilateralProjectCommand,
    caseAnswer('Notifies the institution; stops the clock (met or late).'),
  )
  notifyAnalysisResult(@Param() { caseId }: CaseIdParams, @Body() dto: AnalysisResultDto, @CommandContextOf() context: CommandContext) {
    return this.projects.notifyAnalysisResult(caseId, dto, context);
  }

  @CommandRoute('RecordDeploymentSupport', ':caseId/deployment-support', mayIssueBilateralProjectCommand)
  recordSupport(@Param() { caseId }: CaseIdParams, @Body() dto: DeploymentSupportDto, @CommandContextOf() context: CommandContext) {
    return this.projects.recordSupport(caseId, dto, context);
  }

  @CommandRoute('RecordBilateralProjectDeployed', ':caseId/deployed', mayIssueBilateralProjectCommand)
  recordDeployed(@Param() { caseId }: CaseIdParams, @Body() dto: DeployedDto, @CommandContextOf() context: CommandContext) {
    return this.projects.recordDeployed(caseId, dto, context);
  }

  @CommandRoute('WithdrawBilateralProject', ':caseId/withdraw', mayIssueBilateralProjectCommand)
  withdraw(@Param() { caseId }: CaseIdParams, @Body() dto: ClosingReasonDto, @CommandContextOf() context: CommandContext) {
    return this.projects.withdraw(caseId, dto, context);
  }

  @Get(':caseId/live')
  @JournaledRead('bilateral-project')
  @ApiOperation({ summary: "A bilateral project's live state, from its workflow" })
  @ApiOkResponse({
    type: CaseViewDto,
    description: 'Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors).',
  })
  live(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.projects.live(caseId, reader);
  }
}
