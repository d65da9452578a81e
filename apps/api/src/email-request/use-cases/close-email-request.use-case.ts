import { Injectable } from '@nestjs/common';
import type { EmailRequestView } from '@entente/workflows';
import { CaseCommands } from '../../temporal/case-commands';
import type { CommandContext } from '../../temporal/case-workflow.gateway';
import type { CloseEmailRequestDto } from '../dto/close-email-request.dto';

/** Closes a case that owes no answer (duplicate, not for the ministry, withdrawn). */
@Injectable()
export class CloseEmailRequestUseCase {
  constructor(private readonly commands: CaseCommands) {}

  execute(caseId: string, dto: CloseEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    const data = { reason: dto.reason, explanation: dto.explanation, duplicateOf: dto.duplicateOf ?? null };
    return this.commands.send('email-request', caseId, 'CloseEmailRequestWithoutAnswer', data, context);
  }
}
