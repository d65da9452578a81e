import { Injectable } from '@nestjs/common';
import { answerEmailRequestUpdate, EmailRequestView } from '@entente/workflows';
import { CaseWorkflowGateway, CommandContext } from '../../temporal/case-workflow.gateway';
import type { AnswerEmailRequestDto } from '../dto/answer-email-request.dto';

/** Stops the service-standard clock: met if answered by the due instant, late otherwise. */
@Injectable()
export class AnswerEmailRequestUseCase {
  constructor(private readonly workflows: CaseWorkflowGateway) {}

  execute(caseId: string, dto: AnswerEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    return this.workflows.send('email-request', caseId, { update: answerEmailRequestUpdate, data: { answer: dto.answer } }, context);
  }
}
