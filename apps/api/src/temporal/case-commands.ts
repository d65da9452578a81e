import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CaseType } from '@entente/contracts';
import {
  CASE_UPDATES,
  caseViewQuery,
  checkCaseOpening,
  CLOCK_UPDATES,
  type CaseStateOf,
  type CaseView,
  type CaseViewOf,
  type CommandUpdate,
  type StaffCommandData,
  type StaffCommandType,
  type UpdateData,
} from '@entente/workflows';
import { CaseWorkflowGateway, CommandContext } from './case-workflow.gateway';
import { caseIdFor } from './idempotency';

type ClockCommandType = keyof typeof CLOCK_UPDATES;

/**
 * Any case type's commands, typed by the case type's own Updates (`<case-type>.messages.ts`): a
 * use case says which command it sends with which data, and data that no longer matches the
 * domain command fails the build.
 */
@Injectable()
export class CaseCommands {
  constructor(private readonly workflows: CaseWorkflowGateway) {}

  /**
   * Opens a case: a new id (or the key's, for a retry), its workflow and first event in one step.
   * The opening is checked first, so a refused one starts no workflow.
   */
  async open<T extends CaseType, K extends StaffCommandType<T>>(
    caseType: T,
    commandType: K,
    data: (caseId: string) => StaffCommandData<T, K>,
    context: CommandContext,
  ): Promise<CaseViewOf<T>> {
    const { actor, correlationId, idempotencyKey } = context;
    const caseId = idempotencyKey === undefined ? randomUUID() : caseIdFor(caseType, actor, idempotencyKey);
    const opening = data(caseId);
    checkCaseOpening(caseType, commandType, { data: opening, actor, correlationId });
    return this.workflows.open(caseType, caseId, { update: updateOf(caseType, commandType), data: opening }, context);
  }

  send<T extends CaseType, K extends StaffCommandType<T>>(
    caseType: T,
    caseId: string,
    commandType: K,
    data: StaffCommandData<T, K>,
    context: CommandContext,
  ): Promise<CaseViewOf<T>> {
    return this.workflows.send(caseType, caseId, { update: updateOf(caseType, commandType), data }, context);
  }

  /** A service-standard clock's command, to a case of any type (one without clocks refuses it). */
  sendToClock<K extends ClockCommandType>(
    caseType: CaseType,
    caseId: string,
    commandType: K,
    data: UpdateData<(typeof CLOCK_UPDATES)[K]>,
    context: CommandContext,
  ): Promise<CaseView<unknown>> {
    return this.workflows.send(
      caseType,
      caseId,
      { update: CLOCK_UPDATES[commandType] as CommandUpdate<typeof data, unknown>, data },
      context,
    );
  }

  /** The case straight from its workflow: current to the last command, unlike the read model. */
  live<T extends CaseType>(caseType: T, caseId: string): Promise<CaseViewOf<T>> {
    return this.workflows.query(caseType, caseId, caseViewQuery) as Promise<CaseViewOf<T>>;
  }
}

/** The Update that carries command K to a case of type T, typed by its data and the view it answers. */
function updateOf<T extends CaseType, K extends StaffCommandType<T>>(caseType: T, commandType: K) {
  return CASE_UPDATES[caseType][commandType] as CommandUpdate<StaffCommandData<T, K>, CaseStateOf<T>>;
}
