import { Injectable } from '@nestjs/common';
import type { EmailRequestView } from '@entente/workflows';
import { CaseCommands } from '../../temporal/case-commands';
import type { CommandContext } from '../../temporal/case-workflow.gateway';
import type { AnswerEmailRequestDto } from '../dto/answer-email-request.dto';

/** Stops the service-standard clock: met if answered by the due instant, late otherwise. */
@Injectable()
export class AnswerEmailRequestUseCase {
  constructor(private readonly commands: CaseCommands) {}

  execute(caseId: string, dto: AnswerEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    return this.commands.send('email-request', caseId, 'AnswerEmailRequest', { answer: dto.answer }, context);
  }
}
