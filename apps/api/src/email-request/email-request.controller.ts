import { Body, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssueEmailRequestCommand, type Person } from '@entente/domain';
import { CaseIdParams } from '../http/case-id.params';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute, openedCaseAnswer } from '../http/command-route.decorator';
import { AnswerEmailRequestDto } from './dto/answer-email-request.dto';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CloseEmailRequestDto } from './dto/close-email-request.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { ReceiveEmailRequestDto } from './dto/receive-email-request.dto';
import { EmailRequestUseCases } from './email-request.use-cases';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/** Commands on e-mail requests. Each answers the case's new state, or a refusal (403/409/422). */
@CommandController('email-requests')
export class EmailRequestController {
  constructor(private readonly requests: EmailRequestUseCases) {}

  @CommandRoute(
    'ReceiveEmailRequest',
    '',
    mayIssueEmailRequestCommand,
    openedCaseAnswer('Recorded; `Location` is the case in the read model.'),
  )
  receive(@Body() dto: ReceiveEmailRequestDto, @CommandContextOf() context: CommandContext) {
    return this.requests.receive(dto, context);
  }

  @CommandRoute('AssignEmailRequest', ':caseId/assign', mayIssueEmailRequestCommand)
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.requests.assign(caseId, dto, context);
  }

  @CommandRoute('AnswerEmailRequest', ':caseId/answer', mayIssueEmailRequestCommand)
  answer(@Param() { caseId }: CaseIdParams, @Body() dto: AnswerEmailRequestDto, @CommandContextOf() context: CommandContext) {
    return this.requests.answer(caseId, dto, context);
  }

  @CommandRoute('CloseEmailRequestWithoutAnswer', ':caseId/close', mayIssueEmailRequestCommand)
  close(@Param() { caseId }: CaseIdParams, @Body() dto: CloseEmailRequestDto, @CommandContextOf() context: CommandContext) {
    return this.requests.close(caseId, dto, context);
  }

  @Get(':caseId/live')
  @JournaledRead('email-request')
  @ApiOperation({ summary: "An e-mail request's live state, from its workflow" })
  @ApiOkResponse({
    type: CaseViewDto,
    description: 'Live state from the workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors).',
  })
  live(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.requests.live(caseId, reader);
  }
}
