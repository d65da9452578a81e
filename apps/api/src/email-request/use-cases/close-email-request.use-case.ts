import { Injectable } from '@nestjs/common';
import { closeEmailRequestWithoutAnswerUpdate, EmailRequestView } from '@entente/workflows';
import { CaseWorkflowGateway, CommandContext } from '../../temporal/case-workflow.gateway';
import type { CloseEmailRequestDto } from '../dto/close-email-request.dto';

/** Closes a case that owes no answer (duplicate, not for the ministry, withdrawn). */
@Injectable()
export class CloseEmailRequestUseCase {
  constructor(private readonly workflows: CaseWorkflowGateway) {}

  execute(caseId: string, dto: CloseEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    const data = { reason: dto.reason, explanation: dto.explanation, duplicateOf: dto.duplicateOf ?? null };
    return this.workflows.send('email-request', caseId, { update: closeEmailRequestWithoutAnswerUpdate, data }, context);
  }
}
