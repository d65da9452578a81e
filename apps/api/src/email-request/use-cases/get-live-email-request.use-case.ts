import { Injectable } from '@nestjs/common';
import { caseViewQuery, EmailRequestView } from '@entente/workflows';
import { CaseWorkflowGateway } from '../../temporal/case-workflow.gateway';

/** The case straight from its workflow: current to the last command, unlike the read model. */
@Injectable()
export class GetLiveEmailRequestUseCase {
  constructor(private readonly workflows: CaseWorkflowGateway) {}

  execute(caseId: string): Promise<EmailRequestView> {
    return this.workflows.query('email-request', caseId, caseViewQuery) as Promise<EmailRequestView>;
  }
}
