import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CaseType } from '@entente/contracts';
import { caseViewQuery, checkCaseOpening, commandUpdate, type CaseView } from '@entente/workflows';
import { CaseWorkflowGateway, CommandContext } from './case-workflow.gateway';
import { caseIdFor } from './idempotency';

/**
 * Any case type's commands by name: each travels as the Update named after it, so a use case
 * only says which command it sends with which data.
 */
@Injectable()
export class CaseCommands {
  constructor(private readonly workflows: CaseWorkflowGateway) {}

  /**
   * Opens a case: a new id (or the key's, for a retry), its workflow and first event in one step.
   * The opening is checked first, so a refused one starts no workflow.
   */
  async open<State>(caseType: CaseType, commandType: string, data: (caseId: string) => object, context: CommandContext): Promise<CaseView<State>> {
    const { actor, correlationId, idempotencyKey } = context;
    const caseId = idempotencyKey === undefined ? randomUUID() : caseIdFor(caseType, actor, idempotencyKey);
    const opening = data(caseId);
    checkCaseOpening(caseType, commandType, { data: opening, actor, correlationId });
    return this.workflows.open(caseType, caseId, { update: commandUpdate<object, State>(commandType), data: opening }, context);
  }

  send<State>(caseType: CaseType, caseId: string, commandType: string, data: object, context: CommandContext): Promise<CaseView<State>> {
    return this.workflows.send(caseType, caseId, { update: commandUpdate<object, State>(commandType), data }, context);
  }

  /** The case straight from its workflow: current to the last command, unlike the read model. */
  live<State>(caseType: CaseType, caseId: string): Promise<CaseView<State>> {
    return this.workflows.query(caseType, caseId, caseViewQuery) as Promise<CaseView<State>>;
  }
}
