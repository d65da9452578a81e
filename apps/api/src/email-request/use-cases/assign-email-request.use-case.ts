import { Injectable } from '@nestjs/common';
import type { EmailRequestView } from '@entente/workflows';
import { CaseCommands } from '../../temporal/case-commands';
import type { CommandContext } from '../../temporal/case-workflow.gateway';
import type { AssignCaseDto } from '../../cases/dto/assign-case.dto';

/** Assigns, or reassigns (a supervisor's call, with a reason kept in the event). */
@Injectable()
export class AssignEmailRequestUseCase {
  constructor(private readonly commands: CaseCommands) {}

  execute(caseId: string, dto: AssignCaseDto, context: CommandContext): Promise<EmailRequestView> {
    const data = { officerId: dto.officerId, reason: dto.reason ?? null };
    return this.commands.send('email-request', caseId, 'AssignEmailRequest', data, context);
  }
}
