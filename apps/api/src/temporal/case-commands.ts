import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CASE_TYPE_TEAMS, caseWorkflowId, type CaseType } from '@entente/contracts';
import { ForbiddenCommand, mayOpenIn, readPolicyOf, type Person } from '@entente/domain';
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
import { caseNotFound, CaseAccess } from '../access/case-access';
import { PersonalMasking } from '../access/personal-masking';
import { CaseWorkflowGateway, CommandContext } from './case-workflow.gateway';
import { caseIdFor } from './idempotency';

type ClockCommandType = keyof typeof CLOCK_UPDATES;

const senderOf = ({ actor, teams }: CommandContext): Person => ({ ...actor, teams });

/**
 * Any case type's commands, typed by the case type's own Updates (`<case-type>.messages.ts`): a
 * use case says which command it sends with which data, and data that no longer matches the
 * domain command fails the build. Every command and live read is first held to the read policy,
 * on the case as its workflow holds it now: outside the sender's scope the case is not found.
 */
@Injectable()
export class CaseCommands {
  constructor(
    private readonly workflows: CaseWorkflowGateway,
    private readonly access: CaseAccess,
  ) {}

  /**
   * Opens a case: a new id (or the key's, for a retry), its workflow and first event in one step.
   * The opening is checked first, so a refused one starts no workflow.
   */
  async open<T extends CaseType, K extends StaffCommandType<T>>(
    caseType: T,
    commandType: K,
    data: (caseId: string, at: string) => StaffCommandData<T, K>,
    context: CommandContext,
  ): Promise<CaseViewOf<T>> {
    const { actor, idempotencyKey } = context;
    if (!mayOpenIn(senderOf(context), CASE_TYPE_TEAMS[caseType])) {
      throw new ForbiddenCommand(actor.role, commandType, `only the ${CASE_TYPE_TEAMS[caseType]} team opens a ${caseType}`);
    }
    const caseId = idempotencyKey === undefined ? randomUUID() : caseIdFor(caseType, actor, idempotencyKey);
    const sent = await this.workflows.firstAttempt(context, caseWorkflowId(caseType, caseId));
    const opening = data(caseId, sent.at);
    checkCaseOpening(caseType, commandType, { data: opening, actor, correlationId: sent.correlationId });
    return this.workflows.open(caseType, caseId, { update: updateOf(caseType, commandType), data: opening }, sent);
  }

  async send<T extends CaseType, K extends StaffCommandType<T>>(
    caseType: T,
    caseId: string,
    commandType: K,
    data: StaffCommandData<T, K> | ((at: string) => StaffCommandData<T, K>),
    context: CommandContext,
  ): Promise<CaseViewOf<T>> {
    await this.requireInScope(caseType, caseId, senderOf(context));
    const sent = await this.workflows.firstAttempt(context, caseWorkflowId(caseType, caseId));
    const command = { update: updateOf(caseType, commandType), data: typeof data === 'function' ? data(sent.at) : data };
    return asShownTo(senderOf(context), caseType, await this.workflows.send(caseType, caseId, command, sent));
  }

  /** A service-standard clock's command, to a case of any type (one without clocks refuses it). */
  async sendToClock<K extends ClockCommandType>(
    caseType: CaseType,
    caseId: string,
    commandType: K,
    data: UpdateData<(typeof CLOCK_UPDATES)[K]>,
    context: CommandContext,
  ): Promise<CaseView<unknown>> {
    await this.requireInScope(caseType, caseId, senderOf(context));
    const update = CLOCK_UPDATES[commandType] as CommandUpdate<typeof data, unknown>;
    return asShownTo(senderOf(context), caseType, await this.workflows.send(caseType, caseId, { update, data }, context));
  }

  /**
   * The case straight from its workflow: current to the last command, unlike the read model;
   * within the reader's scope, personal fields as the read policy shows them.
   */
  async live<T extends CaseType>(caseType: T, caseId: string, reader: Person): Promise<CaseViewOf<T>> {
    return asShownTo(reader, caseType, await this.requireInScope(caseType, caseId, reader)) as CaseViewOf<T>;
  }

  /**
   * A step, a clock's pause or a live read reaches only a case in the person's scope: for a case
   * officer or a coordinator the cases they hold, for the roles above them their teams'
   * (`mayActOn`, `mayRead`). Asked of the workflow, so an assignment a moment ago counts.
   */
  private async requireInScope(caseType: CaseType, caseId: string, person: Person): Promise<CaseView<object>> {
    const view = (await this.workflows.query(caseType, caseId, caseViewQuery)) as CaseView<object>;
    if (!(await this.access.mayRead(person, caseType, caseId, view.state))) throw caseNotFound(caseId);
    return view;
  }
}

/**
 * The case as the person's read policy shows it: a command's answer too, which an administrator
 * extending a call reads like any read of the call (its organizations' addresses masked).
 */
function asShownTo<S>(person: Person, caseType: CaseType, view: CaseView<S>): CaseView<S> {
  return { ...view, state: new PersonalMasking(readPolicyOf(person).personal).state(caseType, view.state) };
}

/** The Update that carries command K to a case of type T, typed by its data and the view it answers. */
export function updateOf<T extends CaseType, K extends StaffCommandType<T>>(caseType: T, commandType: K) {
  return CASE_UPDATES[caseType][commandType] as CommandUpdate<StaffCommandData<T, K>, CaseStateOf<T>>;
}
