import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EmailRequestCommand, mayIssueEmailRequestCommand } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { CaseIdParams } from '../http/case-id.params';
import { CaseLocationInterceptor } from '../http/case-location.interceptor';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { ApiIdempotencyKey, CommandContextOf } from '../http/command-context.decorator';
import { AnswerEmailRequestDto } from './dto/answer-email-request.dto';
import { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CloseEmailRequestDto } from './dto/close-email-request.dto';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { ReceiveEmailRequestDto } from './dto/receive-email-request.dto';
import { EmailRequestUseCases } from './email-request.use-cases';

const Issues = (type: EmailRequestCommand['type']) => IssuesCommand(type, (role) => mayIssueEmailRequestCommand(type, role));

/** Commands on e-mail requests. Each answers the case's new state, or a refusal (403/409/422). */
@ApiTags('email-requests')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('email-requests')
export class EmailRequestController {
  constructor(private readonly requests: EmailRequestUseCases) {}

  @Post()
  @Issues('ReceiveEmailRequest')
  @UseInterceptors(CaseLocationInterceptor)
  @ApiCreatedResponse({ type: CaseViewDto, description: 'Recorded; `Location` is the case in the read model.' })
  receive(@Body() dto: ReceiveEmailRequestDto, @CommandContextOf() context: CommandContext) {
    return this.requests.receive(dto, context);
  }

  @Post(':caseId/assign')
  @HttpCode(200)
  @Issues('AssignEmailRequest')
  @ApiOkResponse({ type: CaseViewDto })
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignCaseDto, @CommandContextOf() context: CommandContext) {
    return this.requests.assign(caseId, dto, context);
  }

  @Post(':caseId/answer')
  @HttpCode(200)
  @Issues('AnswerEmailRequest')
  @ApiOkResponse({ type: CaseViewDto })
  answer(@Param() { caseId }: CaseIdParams, @Body() dto: AnswerEmailRequestDto, @CommandContextOf() context: CommandContext) {
    return this.requests.answer(caseId, dto, context);
  }

  @Post(':caseId/close')
  @HttpCode(200)
  @Issues('CloseEmailRequestWithoutAnswer')
  @ApiOkResponse({ type: CaseViewDto })
  close(@Param() { caseId }: CaseIdParams, @Body() dto: CloseEmailRequestDto, @CommandContextOf() context: CommandContext) {
    return this.requests.close(caseId, dto, context);
  }

  @Get(':caseId/live')
  @ApiOperation({ summary: "An e-mail request's live state, from its workflow" })
  @ApiOkResponse({ type: CaseViewDto, description: 'Live state from the workflow (any role).' })
  live(@Param() { caseId }: CaseIdParams) {
    return this.requests.live(caseId);
  }
}
