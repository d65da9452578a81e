import { Injectable } from '@nestjs/common';
import type { Person } from '@entente/domain';
import type { EmailRequestView } from '@entente/workflows';
import type { AssignCaseDto } from '../cases/dto/assign-case.dto';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import type { AnswerEmailRequestDto } from './dto/answer-email-request.dto';
import type { CloseEmailRequestDto } from './dto/close-email-request.dto';
import type { ReceiveEmailRequestDto } from './dto/receive-email-request.dto';

const TYPE = 'email-request';

/**
 * The e-mail request's commands. Each names the domain command it sends; the workflow plans the
 * four-working-day clock at receipt and stops it at the answer.
 */
@Injectable()
export class EmailRequestUseCases {
  constructor(private readonly commands: CaseCommands) {}

  /** Opens a case; its clock starts at `receivedAt` (default: when the command was first sent). */
  receive(dto: ReceiveEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    const data = (caseId: string, at: string) => ({
      caseId,
      // Validation holds one of the two; the deprecated `address` is read for one version.
      sender: { name: dto.sender.name ?? null, email: dto.sender.email ?? dto.sender.address ?? '' },
      subject: dto.subject,
      body: dto.body,
      replyLanguage: dto.replyLanguage ?? null,
      receivedAt: dto.receivedAt ?? at,
    });
    return this.commands.open(TYPE, 'ReceiveEmailRequest', data, context);
  }

  /** Assigns, or reassigns (a supervisor's call, with a reason kept in the event). */
  assign(caseId: string, dto: AssignCaseDto, context: CommandContext): Promise<EmailRequestView> {
    return this.commands.send(TYPE, caseId, 'AssignEmailRequest', { officerId: dto.officerId, reason: dto.reason ?? null }, context);
  }

  /** Stops the clock: met if answered (sent, which may be before now) by the due instant, late otherwise. */
  answer(caseId: string, dto: AnswerEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    return this.commands.send(TYPE, caseId, 'AnswerEmailRequest', { answer: dto.answer, answeredAt: dto.answeredAt ?? null }, context);
  }

  /** Closes a case that owes no answer (duplicate, not for the ministry, withdrawn). */
  close(caseId: string, dto: CloseEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    const data = { reason: dto.reason, explanation: dto.explanation, duplicateOf: dto.duplicateOf ?? null };
    return this.commands.send(TYPE, caseId, 'CloseEmailRequestWithoutAnswer', data, context);
  }

  /** The case straight from its workflow: current to the last command, unlike the read model. */
  live(caseId: string, reader: Person): Promise<EmailRequestView> {
    return this.commands.live(TYPE, caseId, reader);
  }
}
