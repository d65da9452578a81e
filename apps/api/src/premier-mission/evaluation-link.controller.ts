import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/public.decorator';
import { correlationIdOf } from '../http/correlation-id';
import { EvaluationLinkDto, EvaluationLinkParams, LinkAnswerDto } from './dto/evaluation-link.dto';
import { EvaluationLinkUseCases } from './evaluation-link.use-cases';

const UNKNOWN = 'The token is no evaluation link of ours, or names nobody sent the evaluation (`not-found`, `field`: `token`).';
const EXPIRED = 'The link has expired: the evaluation was compiled (`link-expired`).';

/**
 * A mission participant's evaluation, through the signed link the evaluation e-mail gives them
 * (docs/adr/0023): no sign-in, the token is the credential. Rate-limited by address like any
 * unauthenticated request.
 */
@Public()
@ApiTags('evaluation-links')
@Controller('evaluation-links')
export class EvaluationLinkController {
  constructor(private readonly links: EvaluationLinkUseCases) {}

  @Get(':token')
  @ApiOperation({ summary: 'What a participant’s evaluation link shows: the mission, what to rate, whether they answered' })
  @ApiOkResponse({ type: EvaluationLinkDto })
  @ApiResponse({ status: 404, description: UNKNOWN })
  @ApiResponse({ status: 410, description: EXPIRED })
  show(@Param() { token }: EvaluationLinkParams) {
    return this.links.show(token);
  }

  @Post(':token/answers')
  @HttpCode(200)
  @ApiOperation({ summary: 'The participant answers their evaluation, once', operationId: 'AnswerThroughEvaluationLink' })
  @ApiOkResponse({ type: EvaluationLinkDto, description: 'Recorded: the link now shows `answered`.' })
  @ApiResponse({ status: 404, description: UNKNOWN })
  @ApiResponse({ status: 409, description: 'Already answered, or the evaluation is compiled (`command-refused`).' })
  @ApiResponse({ status: 410, description: EXPIRED })
  @ApiResponse({ status: 422, description: 'A rating breaks a rule of the evaluation (`invalid-command`), named in `field`.' })
  @ApiResponse({ status: 503, description: 'The mission did not answer in time (`command-timed-out`): send the answer again.' })
  answer(@Param() { token }: EvaluationLinkParams, @Body() dto: LinkAnswerDto, @Req() request: Request) {
    return this.links.answer(token, dto, correlationIdOf(request));
  }
}
