import { Injectable } from '@nestjs/common';
import { assignEmailRequestUpdate, EmailRequestView } from '@entente/workflows';
import { CaseWorkflowGateway, CommandContext } from '../../temporal/case-workflow.gateway';
import type { AssignEmailRequestDto } from '../dto/assign-email-request.dto';

@Injectable()
export class AssignEmailRequestUseCase {
  constructor(private readonly workflows: CaseWorkflowGateway) {}

  execute(caseId: string, dto: AssignEmailRequestDto, context: CommandContext): Promise<EmailRequestView> {
    const data = { officerId: dto.officerId, reason: dto.reason ?? null };
    return this.workflows.send('email-request', caseId, { update: assignEmailRequestUpdate, data }, context);
  }
}
