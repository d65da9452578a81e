import { Body, Controller, Get, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, EmailRequestCommand, mayIssue } from '@entente/domain';
import { CurrentActor } from '../auth/current-actor.decorator';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { CaseIdParams } from '../http/case-id.params';
import { CaseLocationInterceptor } from '../http/case-location.interceptor';
import { CorrelationId } from '../http/correlation-id';
import { AnswerEmailRequestDto } from './dto/answer-email-request.dto';
import { AssignEmailRequestDto } from './dto/assign-email-request.dto';
import { CloseEmailRequestDto } from './dto/close-email-request.dto';
import { EmailRequestViewDto } from './dto/email-request-view.dto';
import { ReceiveEmailRequestDto } from './dto/receive-email-request.dto';
import { AnswerEmailRequestUseCase } from './use-cases/answer-email-request.use-case';
import { AssignEmailRequestUseCase } from './use-cases/assign-email-request.use-case';
import { CloseEmailRequestUseCase } from './use-cases/close-email-request.use-case';
import { GetLiveEmailRequestUseCase } from './use-cases/get-live-email-request.use-case';
import { ReceiveEmailRequestUseCase } from './use-cases/receive-email-request.use-case';

const Issues = (type: EmailRequestCommand['type']) => IssuesCommand(type, (role) => mayIssue(type, role));

/** Commands on e-mail requests. Each answers the case's new state, or a refusal (403/409/422). */
@ApiTags('email-requests')
@ApiBearerAuth()
@Controller('email-requests')
export class EmailRequestController {
  constructor(
    private readonly receiving: ReceiveEmailRequestUseCase,
    private readonly assigning: AssignEmailRequestUseCase,
    private readonly answering: AnswerEmailRequestUseCase,
    private readonly closing: CloseEmailRequestUseCase,
    private readonly reading: GetLiveEmailRequestUseCase,
  ) {}

  @Post()
  @Issues('ReceiveEmailRequest')
  @UseInterceptors(CaseLocationInterceptor)
  @ApiCreatedResponse({ type: EmailRequestViewDto, description: 'Recorded; `Location` is the case in the read model.' })
  receive(@Body() dto: ReceiveEmailRequestDto, @CurrentActor() actor: Actor, @CorrelationId() correlationId: string) {
    return this.receiving.execute(dto, { actor, correlationId });
  }

  @Post(':caseId/assign')
  @HttpCode(200)
  @Issues('AssignEmailRequest')
  @ApiOkResponse({ type: EmailRequestViewDto })
  assign(@Param() { caseId }: CaseIdParams, @Body() dto: AssignEmailRequestDto, @CurrentActor() actor: Actor, @CorrelationId() correlationId: string) {
    return this.assigning.execute(caseId, dto, { actor, correlationId });
  }

  @Post(':caseId/answer')
  @HttpCode(200)
  @Issues('AnswerEmailRequest')
  @ApiOkResponse({ type: EmailRequestViewDto })
  answer(@Param() { caseId }: CaseIdParams, @Body() dto: AnswerEmailRequestDto, @CurrentActor() actor: Actor, @CorrelationId() correlationId: string) {
    return this.answering.execute(caseId, dto, { actor, correlationId });
  }

  @Post(':caseId/close')
  @HttpCode(200)
  @Issues('CloseEmailRequestWithoutAnswer')
  @ApiOkResponse({ type: EmailRequestViewDto })
  close(@Param() { caseId }: CaseIdParams, @Body() dto: CloseEmailRequestDto, @CurrentActor() actor: Actor, @CorrelationId() correlationId: string) {
    return this.closing.execute(caseId, dto, { actor, correlationId });
  }

  @Get(':caseId/live')
  @ApiOkResponse({ type: EmailRequestViewDto, description: 'Live state from the workflow (any role).' })
  live(@Param() { caseId }: CaseIdParams) {
    return this.reading.execute(caseId);
  }
}
