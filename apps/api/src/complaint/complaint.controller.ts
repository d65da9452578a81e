import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComplaintCommand, mayIssueComplaintCommand } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CaseLocationInterceptor } from '../http/case-location.interceptor';
import { ApiIdempotencyKey, CommandContextOf } from '../http/command-context.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { AnswerComplaintDto, CloseComplaintDto, ComplaintFindingsDto } from './dto/complaint-steps.dto';
import { ReceiveComplaintDto } from './dto/receive-complaint.dto';
import { ComplaintUseCases } from './complaint.use-cases';

const Issues = (type: ComplaintCommand['type']) => IssuesCommand(type, (role) => mayIssueComplaintCommand(type, role));

/** Complaints to the Secretary General: processed within 15 working days of receipt, a breach escalated to the Secretary General. */
@ApiTags('complaints')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('complaints')
export class ComplaintController {
  constructor(private readonly complaints: ComplaintUseCases) {}

  @Post()
  @Issues('ReceiveComplaint')
  @UseInterceptors(CaseLocationInterceptor)
  @ApiCreatedResponse({ type: CaseViewDto })
  receive(@Body() dto: ReceiveComplaintDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.receive(dto, context);
  }

  @Post(':caseId/assign')
  @HttpCode(200)
  @Issues('AssignComplaint')
  @ApiOkResponse({ type: CaseViewDto })
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.assign(caseId, dto, context);
  }

  @Post(':caseId/findings')
  @HttpCode(200)
  @Issues('RecordComplaintFindings')
  @ApiOkResponse({ type: CaseViewDto })
  recordFindings(@Param() { caseId }: CaseIdParams, @Body() dto: ComplaintFindingsDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.recordFindings(caseId, dto, context);
  }

  @Post(':caseId/answer')
  @HttpCode(200)
  @Issues('AnswerComplaint')
  @ApiOkResponse({ type: CaseViewDto })
  answer(@Param() { caseId }: CaseIdParams, @Body() dto: AnswerComplaintDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.answer(caseId, dto, context);
  }

  @Post(':caseId/close')
  @HttpCode(200)
  @Issues('CloseComplaintWithoutAnswer')
  @ApiOkResponse({ type: CaseViewDto })
  close(@Param() { caseId }: CaseIdParams, @Body() dto: CloseComplaintDto, @CommandContextOf() context: CommandContext) {
    return this.complaints.close(caseId, dto, context);
  }

  @Get(':caseId/live')
  @ApiOperation({ summary: "A complaint's live state, from its workflow" })
  @ApiOkResponse({ type: CaseViewDto, description: 'Live state from the workflow (any role).' })
  live(@Param() { caseId }: CaseIdParams) {
    return this.complaints.live(caseId);
  }
}
