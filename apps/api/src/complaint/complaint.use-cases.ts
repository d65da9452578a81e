import { Injectable } from '@nestjs/common';
import type { Person } from '@entente/domain';
import type { ComplaintView } from '@entente/workflows';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import type { AnswerComplaintDto, CloseComplaintDto, ComplaintFindingsDto } from './dto/complaint-steps.dto';
import type { ReceiveComplaintDto } from './dto/receive-complaint.dto';

const TYPE = 'complaint';

/**
 * The complaint's commands. Each names the domain command it sends; the workflow plans the
 * fifteen-working-day clock at receipt and stops it at the answer.
 */
@Injectable()
export class ComplaintUseCases {
  constructor(private readonly commands: CaseCommands) {}

  receive(dto: ReceiveComplaintDto, context: CommandContext): Promise<ComplaintView> {
    const data = (caseId: string) => ({ caseId, ...dto, receivedAt: dto.receivedAt ?? new Date().toISOString() });
    return this.commands.open(TYPE, 'ReceiveComplaint', data, context);
  }

  assign(caseId: string, data: { officerId: string; reason?: string }, context: CommandContext): Promise<ComplaintView> {
    return this.commands.send(TYPE, caseId, 'AssignComplaint', { officerId: data.officerId, reason: data.reason ?? null }, context);
  }

  recordFindings(caseId: string, dto: ComplaintFindingsDto, context: CommandContext): Promise<ComplaintView> {
    return this.commands.send(TYPE, caseId, 'RecordComplaintFindings', dto, context);
  }

  answer(caseId: string, dto: AnswerComplaintDto, context: CommandContext): Promise<ComplaintView> {
    return this.commands.send(TYPE, caseId, 'AnswerComplaint', dto, context);
  }

  close(caseId: string, dto: CloseComplaintDto, context: CommandContext): Promise<ComplaintView> {
    return this.commands.send(TYPE, caseId, 'CloseComplaintWithoutAnswer', dto, context);
  }

  live(caseId: string, reader: Person): Promise<ComplaintView> {
    return this.commands.live(TYPE, caseId, reader);
  }
}
