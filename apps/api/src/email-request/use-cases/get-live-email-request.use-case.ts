import { Injectable } from '@nestjs/common';
import type { EmailRequestView } from '@entente/workflows';
import { CaseCommands } from '../../temporal/case-commands';

/** The case straight from its workflow: current to the last command, unlike the read model. */
@Injectable()
export class GetLiveEmailRequestUseCase {
  constructor(private readonly commands: CaseCommands) {}

  execute(caseId: string): Promise<EmailRequestView> {
    return this.commands.live('email-request', caseId);
  }
}
