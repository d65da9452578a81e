import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EmailRequestView, emailRequestWorkflow, receiveEmailRequestUpdate } from '@entente/workflows';
import { CaseWorkflowGateway, CommandContext } from '../../temporal/case-workflow.gateway';
import { caseIdFor } from '../../temporal/idempotency';
import type { ReceiveEmailRequestDto } from '../dto/receive-email-request.dto';

/** Opens a case: a new id (or the key's, for a retry), a new workflow and its first event in one step. */
@Injectable()
export class ReceiveEmailRequestUseCase {
  constructor(private readonly workflows: CaseWorkflowGateway) {}

  execute(dto: ReceiveEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    const { actor, idempotencyKey } = context;
    const caseId = idempotencyKey === undefined ? randomUUID() : caseIdFor('email-request', actor, idempotencyKey);
    const data = {
      caseId,
      sender: { name: dto.sender.name ?? null, address: dto.sender.address },
      subject: dto.subject,
      body: dto.body,
      receivedAt: dto.receivedAt ?? new Date().toISOString(),
    };
    return this.workflows.open('email-request', caseId, emailRequestWorkflow, { update: receiveEmailRequestUpdate, data }, context);
  }
}
