import { Body, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssueComplaintCommand, type Person } from '@entente/domain';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute, openedCaseAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { AnswerComplaintDto, CloseComplaintDto, ComplaintFindingsDto } from './dto/complaint-steps.dto';
import { ReceiveComplaintDto } from './dto/receive-complaint.dto';
import { ComplaintUseCases } from './complaint.use-cases';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/** Complaints to the Secretary General: processed within 15 working days of receipt, a breach escalated to the Secretary General. */
@CommandController('complaints')
export class ComplaintController {
  constructor(private readonly complaints: ComplaintUseCases) {}

  @CommandRoute('ReceiveComplaint', '', mayIssueComplaintCommand, openedCaseAnswer())
  receive(@Body() dto: ReceiveComplaintDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.receive(dto, context);
  }

  @CommandRoute('AssignComplaint', ':caseId/assign', mayIssueComplaintCommand)
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.assign(caseId, dto, context);
  }

  @CommandRoute('RecordComplaintFindings', ':caseId/findings', mayIssueComplaintCommand)
  recordFindings(@Param() { caseId }: CaseIdParams, @Body() dto: ComplaintFindingsDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.recordFindings(caseId, dto, context);
  }

  @CommandRoute('AnswerComplaint', ':caseId/answer', mayIssueComplaintCommand)
  answer(@Param() { caseId }: CaseIdParams, @Body() dto: AnswerComplaintDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.answer(caseId, dto, context);
  }

  @CommandRoute('CloseComplaintWithoutAnswer', ':caseId/close', mayIssueComplaintCommand)
  close(@Param() { caseId }: CaseIdParams, @Body() dto: CloseComplaintDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.close(caseId, dto, context);
  }

  @Get(':caseId/live')
  @JournaledRead('complaint')
  @ApiOperation({ summary: "A complaint's live state, from its workflow" })
  @ApiOkResponse({
    type: CaseViewDto,
    description: 'Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors).',
  })
  live(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.complaints.live(caseId, reader);
  }
}
