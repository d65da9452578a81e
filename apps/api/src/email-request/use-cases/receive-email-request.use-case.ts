import { Injectable } from '@nestjs/common';
import type { EmailRequestView } from '@entente/workflows';
import { CaseCommands } from '../../temporal/case-commands';
import type { CommandContext } from '../../temporal/case-workflow.gateway';
import type { ReceiveEmailRequestDto } from '../dto/receive-email-request.dto';

/** Opens a case; its four-working-day clock starts at `receivedAt` (default: now). */
@Injectable()
export class ReceiveEmailRequestUseCase {
  constructor(private readonly commands: CaseCommands) {}

  execute(dto: ReceiveEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    const data = (caseId: string) => ({
      caseId,
      sender: { name: dto.sender.name ?? null, address: dto.sender.address },
      subject: dto.subject,
      body: dto.body,
      replyLanguage: dto.replyLanguage ?? null,
      receivedAt: dto.receivedAt ?? new Date().toISOString(),
    });
    return this.commands.open('email-request', 'ReceiveEmailRequest', data, context);
  }
}
