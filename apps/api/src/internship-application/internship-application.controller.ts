import { Body, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssueInternshipApplicationCommand, type Person } from '@entente/domain';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute, openedCaseAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { FileInternshipApplicationDto } from './dto/file-internship-application.dto';
import { EligibilityReplyDto, FinalReplyDto, InterviewHeldDto, ScheduleInterviewDto, WithdrawDto } from './dto/internship-steps.dto';
import { InternshipApplicationUseCases } from './internship-application.use-cases';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/** IGO internship applications: eligibility reply within 5 working days, final reply within 10 after the interview. */
@CommandController('internship-applications')
export class InternshipApplicationController {
  constructor(private readonly applications: InternshipApplicationUseCases) {}

  @CommandRoute('FileInternshipApplication', '', mayIssueInternshipApplicationCommand, openedCaseAnswer())
  file(@Body() dto: FileInternshipApplicationDto, @CommandContextOf() context: CommandContext) {
    return this.applications.file(dto, context);
  }

  @CommandRoute('AssignInternshipApplication', ':caseId/assign', mayIssueInternshipApplicationCommand)
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.applications.assign(caseId, dto, context);
  }

  @CommandRoute('SendEligibilityReply', ':caseId/eligibility-reply', mayIssueInternshipApplicationCommand)
  replyOnEligibility(@Param() { caseId }: CaseIdParams, @Body() dto: EligibilityReplyDto, @CommandContextOf() context: CommandContext) {
    return this.applications.replyOnEligibility(caseId, dto, context);
  }

  @CommandRoute('ScheduleInterview', ':caseId/interview', mayIssueInternshipApplicationCommand)
  scheduleInterview(@Param() { caseId }: CaseIdParams, @Body() dto: ScheduleInterviewDto, @CommandContextOf() context: CommandContext) {
    return this.applications.scheduleInterview(caseId, dto, context);
  }

  @CommandRoute('RecordInterviewHeld', ':caseId/interview/held', mayIssueInternshipApplicationCommand)
  recordInterviewHeld(@Param() { caseId }: CaseIdParams, @Body() dto: InterviewHeldDto, @CommandContextOf() context: CommandContext) {
    return this.applications.recordInterviewHeld(caseId, dto, context);
  }

  @CommandRoute('SendFinalReply', ':caseId/final-reply', mayIssueInternshipApplicationCommand)
  sendFinalReply(@Param() { caseId }: CaseIdParams, @Body() dto: FinalReplyDto, @CommandContextOf() context: CommandContext) {
    return this.applications.sendFinalReply(caseId, dto, context);
  }

  @CommandRoute('WithdrawInternshipApplication', ':caseId/withdraw', mayIssueInternshipApplicationCommand)
  withdraw(@Param() { caseId }: CaseIdParams, @Body() dto: WithdrawDto, @CommandContextOf() context: CommandContext) {
    return this.applications.withdraw(caseId, dto, context);
  }

  @Get(':caseId/live')
  @JournaledRead('internship-application')
  @ApiOperation({ summary: "An internship application's live state, from its workflow" })
  @ApiOkResponse({
    type: CaseViewDto,
    description: 'Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors).',
  })
  live(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.applications.live(caseId, reader);
  }
}
