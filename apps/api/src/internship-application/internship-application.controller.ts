import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InternshipApplicationCommand, mayIssueInternshipApplicationCommand } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CaseLocationInterceptor } from '../http/case-location.interceptor';
import { ApiIdempotencyKey, CommandContextOf } from '../http/command-context.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { FileInternshipApplicationDto } from './dto/file-internship-application.dto';
import { EligibilityReplyDto, FinalReplyDto, InterviewHeldDto, ScheduleInterviewDto, WithdrawDto } from './dto/internship-steps.dto';
import { InternshipApplicationUseCases } from './internship-application.use-cases';

const Issues = (type: InternshipApplicationCommand['type']) => IssuesCommand(type, (role) => mayIssueInternshipApplicationCommand(type, role));

/** IGO internship applications: eligibility reply within 5 working days, final reply within 10 after the interview. */
@ApiTags('internship-applications')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('internship-applications')
export class InternshipApplicationController {
  constructor(private readonly applications: InternshipApplicationUseCases) {}

  @Post()
  @Issues('FileInternshipApplication')
  @UseInterceptors(CaseLocationInterceptor)
  @ApiCreatedResponse({ type: CaseViewDto })
  file(@Body() dto: FileInternshipApplicationDto, @CommandContextOf() context: CommandContext) {
    return this.applications.file(dto, context);
  }

  @Post(':caseId/assign')
  @HttpCode(200)
  @Issues('AssignInternshipApplication')
  @ApiOkResponse({ type: CaseViewDto })
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.applications.assign(caseId, dto, context);
  }

  @Post(':caseId/eligibility-reply')
  @HttpCode(200)
  @Issues('SendEligibilityReply')
  @ApiOkResponse({ type: CaseViewDto })
  replyOnEligibility(@Param() { caseId }: CaseIdParams, @Body() dto: EligibilityReplyDto, @CommandContextOf() context: CommandContext) {
    return this.applications.replyOnEligibility(caseId, dto, context);
  }

  @Post(':caseId/interview')
  @HttpCode(200)
  @Issues('ScheduleInterview')
  @ApiOkResponse({ type: CaseViewDto })
  scheduleInterview(@Param() { caseId }: CaseIdParams, @Body() dto: ScheduleInterviewDto, @CommandContextOf() context: CommandContext) {
    return this.applications.scheduleInterview(caseId, dto, context);
  }

  @Post(':caseId/interview/held')
  @HttpCode(200)
  @Issues('RecordInterviewHeld')
  @ApiOkResponse({ type: CaseViewDto })
  recordInterviewHeld(@Param() { caseId }: CaseIdParams, @Body() dto: InterviewHeldDto, @CommandContextOf() context: CommandContext) {
    return this.applications.recordInterviewHeld(caseId, dto, context);
  }

  @Post(':caseId/final-reply')
  @HttpCode(200)
  @Issues('SendFinalReply')
  @ApiOkResponse({ type: CaseViewDto })
  sendFinalReply(@Param() { caseId }: CaseIdParams, @Body() dto: FinalReplyDto, @CommandContextOf() context: CommandContext) {
    return this.applications.sendFinalReply(caseId, dto, context);
  }

  @Post(':caseId/withdraw')
  @HttpCode(200)
  @Issues('WithdrawInternshipApplication')
  @ApiOkResponse({ type: CaseViewDto })
  withdraw(@Param() { caseId }: CaseIdParams, @Body() dto: WithdrawDto, @CommandContextOf() context: CommandContext) {
    return this.applications.withdraw(caseId, dto, context);
  }

  @Get(':caseId/live')
  @ApiOperation({ summary: "An internship application's live state, from its workflow" })
  @ApiOkResponse({ type: CaseViewDto, description: 'Live state from the workflow (any role).' })
  live(@Param() { caseId }: CaseIdParams) {
    return this.applications.live(caseId);
  }
}
