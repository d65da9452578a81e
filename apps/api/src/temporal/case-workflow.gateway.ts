import { randomUUID } from 'node:crypto';
import { setTimeout as pause } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import {
  Client,
  isGrpcCancelledError,
  isGrpcDeadlineError,
  QueryDefinition,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { CaseType, caseWorkflowId, caseWorkflowType, closedCaseRecordId, type ChainHead } from '@entente/contracts';
import { CommandRefused, type Team } from '@entente/domain';
import {
  caseWorkflowSummary,
  type CaseView,
  type CommandRequest,
  type CommandUpdate,
  type ClosedCaseCorrection,
  type Erasure,
} from '@entente/workflows';
import { ApiConfig } from '../config/api.config';
import { CommandSigner } from './command-signer';
import { DependencyUnavailable } from '../errors/dependency-unavailable';
import { CommandTimedOut } from './command-timed-out';
import { keyDigest, updateIdFor } from './idempotency';
import { againWhileNotReady } from './workflow-not-ready';
import { CallEnding, CommandAdmission, CommandShed } from './command-admission';
import { commandAdmissionLimit, commandsShedTotal } from '../metrics/command-metrics';
import { IdempotencyKeys } from './idempotency-keys';

/** A call that ended before its outcome: past its deadline, or cancelled by Temporal (the client's "timeout or cancelled" for an Update). */
const unfinished = (error: unknown) =>
  isGrpcDeadlineError(error) || isGrpcCancelledError(error) || error instanceof WorkflowUpdateRPCTimeoutOrCancelledError;

/** How long the probe after a command's bound waits for Temporal's frontend. */
const PROBE_MS = 500;

/** A call turned away waits this long: the calls in flight end within the bound. */
const SHED_RETRY_AFTER_SECONDS = 2;

/**
 * Who sends a command, for which HTTP request, and the caller's key for safe retries with the
 * digest of the request it is bound to (`requestDigest`); the teams scope what the sender may
 * act on, and never reach the workflow (events record the actor).
 */
export type CommandContext = Omit<CommandRequest<unknown>, 'data' | 'proof'> & {
  readonly idempotencyKey?: string;
  readonly requestDigest?: string;
  readonly teams: readonly Team[];
  /** Once its key is bound (`firstAttempt`): the instant a time the command leaves out takes. */
  readonly at?: string;
};

/** A context whose key, if any, is bound: its correlation id and instant are the first attempt's. */
export type SentContext = CommandContext & { readonly at: string };

/** The API's only door to Temporal: one workflow per case, commands as Updates, reads as Queries. */
@Injectable()
export class CaseWorkflowGateway {
  private readonly admission: CommandAdmission;

  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly config: ApiConfig,
    private readonly signer: CommandSigner,
    private readonly keys: IdempotencyKeys,
  ) {
    const { commandConcurrencyMax: max, commandConcurrencyMin: min, commandTimeoutMs: cutEveryMs } = config;
    this.admission = new CommandAdmission({ max, min: Math.min(min, max), cutEveryMs });
    commandAdmissionLimit.set(this.admission.limit);
  }

  /**
   * The Update's arguments, signed for its workflow and id. The API names every update (the
   * key's, or a new one), since the proof binds the id; a key is bound to its first request.
   */
  private async commandOptions<Data, State>(
    workflowId: string,
    command: { update: CommandUpdate<Data, State>; data: Data },
    context: CommandContext,
  ) {
    const { idempotencyKey, actor, correlationId } = await this.firstAttempt(context, workflowId);
    const updateId = updateIdFor(actor, idempotencyKey) ?? randomUUID();
    const request = this.signer.request(
      { workflowId, updateId, updateName: command.update.name },
      { data: command.data, actor, correlationId },
    );
    return { args: [request] as [CommandRequest<Data>], updateId };
  }

  /**
   * Binds the command's key to its request (a key from outside HTTP, none today, to its case at
   * least): a retry gets the first attempt's instant and correlation id, so that every attempt
   * sends the same update. A command without a key is its own first attempt, now.
   */
  async firstAttempt(context: CommandContext, fallbackDigest?: string): Promise<SentContext> {
    if (context.at !== undefined) return { ...context, at: context.at };
    const { idempotencyKey, requestDigest, actor, correlationId } = context;
    const attempt = { at: new Date().toISOString(), correlationId };
    if (idempotencyKey === undefined) return { ...context, at: attempt.at };
    const digest = requestDigest ?? fallbackDigest;
    if (digest === undefined) throw new Error('a keyed command names its request or its case');
    return { ...context, ...(await this.keys.bind(keyDigest(actor, idempotencyKey), digest, attempt)) };
  }

  /**
   * Starts the case's workflow and delivers its opening command in one call, so a case never
   * exists without its first event. A retry under the same key meets the running workflow and
   * its recorded update; a case id is never reused once its case has opened, and a run that never
   * opened (its opening refused, or lost in a Temporal crash) leaves the id to the next attempt.
   */
  async open<Data, State>(
    caseType: CaseType,
    caseId: string,
    command: { update: CommandUpdate<Data, State>; data: Data },
    context: CommandContext,
  ): Promise<CaseView<State>> {
    const workflowId = caseWorkflowId(caseType, caseId);
    const options = await this.commandOptions(workflowId, command, context);
    const start = () =>
      this.client.workflow.executeUpdateWithStart(command.update, {
        ...options,
        startWorkflowOperation: new WithStartWorkflowOperation(caseWorkflowType(caseType), {
          workflowId,
          taskQueue: this.config.temporalTaskQueue,
          args: [this.signer.start(workflowId, { caseId })],
          staticSummary: caseWorkflowSummary(caseType),
          workflowIdConflictPolicy: 'USE_EXISTING',
          // Only a run that never opened ends failed (docs/adr/0027): its id, the key's, is free again.
          workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
        }),
      });
    try {
      return await this.bounded(start);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError) || context.idempotencyKey === undefined) throw error;
      return this.firstOutcome<CaseView<State>>(caseType, caseId, options.updateId, error);
    }
  }

  /**
   * The key's first attempt has ended its workflow since (an opening refused inside it, or a case
   * closed by its opening): answers as then. An update the workflow never accepted left no
   * outcome, and the case simply exists.
   */
  private async firstOutcome<Ret>(caseType: CaseType, caseId: string, updateId: string, exists: Error): Promise<Ret> {
    const first = this.client.workflow.getHandle(caseWorkflowId(caseType, caseId)).getUpdateHandle<Ret>(updateId);
    try {
      return await this.bounded(() => first.result());
    } catch (error) {
      const unanswered = error instanceof CommandTimedOut || error instanceof DependencyUnavailable;
      throw error instanceof WorkflowUpdateFailedError || unanswered ? error : exists;
    }
  }

  async send<Data, State>(
    caseType: CaseType,
    caseId: string,
    command: { update: CommandUpdate<Data, State>; data: Data },
    context: CommandContext,
  ): Promise<CaseView<State>> {
    const workflowId = caseWorkflowId(caseType, caseId);
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      const options = await this.commandOptions(workflowId, command, context);
      return await this.bounded(() => handle.executeUpdate(command.update, options));
    } catch (error) {
      // Temporal answers "not found" for a workflow that has completed too: tell the two apart.
      if (error instanceof WorkflowNotFoundError && (await this.hasCompleted(caseType, caseId))) {
        throw new CommandRefused(`case ${caseId} is closed`);
      }
      throw error;
    }
  }

  /**
   * The sequence a case's ended workflow closed its chain on. Undefined once Temporal keeps it no
   * more (its retention) or kept no result (terminated by an operator): nothing can add to the
   * case then, and its stored history is the whole chain. Refused while the case runs.
   */
  async endedSequence(caseType: CaseType, caseId: string): Promise<number | undefined> {
    const handle = this.client.workflow.getHandle(caseWorkflowId(caseType, caseId));
    try {
      const { status } = await this.bounded(() => handle.describe());
      if (status.name === 'RUNNING') throw new CommandRefused(`case ${caseId} is still open`);
      return (await this.bounded(() => handle.result() as Promise<CaseView<unknown>>)).sequence;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError || error instanceof WorkflowFailedError) return undefined;
      throw error;
    }
  }

  /** Runs a closed case's erasure (docs/adr/0017) after its head. */
  erase(erasure: Erasure, context: CommandContext): Promise<ChainHead> {
    return this.recordAfterClosing('erasePersonalInformationWorkflow', erasure, context);
  }

  /** Records a closed case's correction (docs/adr/0020) after its head. */
  recordCorrection(correction: ClosedCaseCorrection, context: CommandContext): Promise<ChainHead> {
    return this.recordAfterClosing('recordCorrectionWorkflow', correction, context);
  }

  /**
   * One workflow per closed case's head (`closedCaseRecordId`), so two records never link to the
   * same event; any other record at that head, running or done, means the case changed since it
   * was read (409): the person reads it again. The same request again under its Idempotency-Key
   * meets the workflow its first sending started, wherever the head is now.
   */
  private async recordAfterClosing<I extends { caseId: string; head: ChainHead }>(
    workflowType: string,
    input: I,
    context: CommandContext,
  ): Promise<ChainHead> {
    type Recording = (input: I) => Promise<ChainHead>;
    const { actor, idempotencyKey, requestDigest } = context;
    const atHead = closedCaseRecordId(input.caseId, input.head.sequence);
    const requestKey = idempotencyKey === undefined ? randomUUID() : keyDigest(actor, idempotencyKey);
    const workflowId = idempotencyKey === undefined ? atHead : await this.keys.bindToWorkflow(requestKey, requestDigest ?? atHead, atHead);
    const recording = () =>
      this.client.workflow.execute<Recording>(workflowType, {
        workflowId,
        taskQueue: this.config.temporalTaskQueue,
        args: [input],
        memo: { requestKey },
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    try {
      return await this.bounded(recording);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      const handle = this.client.workflow.getHandle<Recording>(workflowId);
      const { type, memo } = await this.bounded(() => handle.describe());
      if (type !== workflowType || memo?.requestKey !== requestKey) {
        throw new CommandRefused(`case ${input.caseId} changed since it was read (another record follows its last event): read it again`);
      }
      return this.bounded(() => handle.result());
    }
  }

  /** Whether the case's workflow runs: an open case records its own corrections. */
  async isRunning(caseType: CaseType, caseId: string): Promise<boolean> {
    return (await this.bounded(() => this.statusOf(caseType, caseId))) === 'RUNNING';
  }

  query<Ret>(caseType: CaseType, caseId: string, query: QueryDefinition<Ret, []>): Promise<Ret> {
    return this.bounded(() => this.client.workflow.getHandle(caseWorkflowId(caseType, caseId)).query(query));
  }

  /**
   * No command or live read holds its caller longer than the configured bound: past it, the call
   * is abandoned (a command may still complete, and a retry under the same key meets it). Both a
   * deadline and an abort: the abort ends a long poll, and the deadline ends the client's retries
   * of a Temporal that refuses connections, which the abort leaves running. Neither answers on
   * the dot, so the bound's own timer does. A call Temporal ended before its answer (a gRPC
   * CANCELLED under load or as it restarts) is the same case: not known to be done, safe to send
   * again under its key. A workflow not ready for the call gets it again within the bound. Past
   * the instance's admission limit, the call is turned away before it reaches Temporal.
   */
  private async bounded<T>(call: () => Promise<T>): Promise<T> {
    const release = this.admission.admit();
    if (!release) {
      commandsShedTotal.inc();
      throw new CommandShed(this.admission.limit, SHED_RETRY_AFTER_SECONDS);
    }
    let ending: CallEnding = 'other';
    try {
      const answer = await this.withinBound(call);
      ending = 'answered';
      return answer;
    } catch (error) {
      ending = error instanceof CommandTimedOut ? 'overloaded' : 'other';
      throw error;
    } finally {
      release(ending);
      commandAdmissionLimit.set(this.admission.limit);
    }
  }

  private async withinBound<T>(call: () => Promise<T>): Promise<T> {
    const { commandTimeoutMs } = this.config;
    const abandon = new AbortController();
    const calling = this.client.withDeadline(Date.now() + commandTimeoutMs, () =>
      this.client.withAbortSignal(abandon.signal, () => againWhileNotReady(call, abandon.signal)),
    );
    // Past the bound, its end is nobody's: never an unhandled rejection.
    calling.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_, reached) => {
      timer = setTimeout(() => {
        abandon.abort();
        reached(new Error('the command bound was reached'));
      }, commandTimeoutMs);
    });
    try {
      return await Promise.race([calling, bound]);
    } catch (error) {
      if (!abandon.signal.aborted && !unfinished(error)) throw error;
      // Temporal itself silent, or only the case's worker: the answer names which.
      if (!(await this.temporalAnswers())) throw new DependencyUnavailable('temporal');
      throw new CommandTimedOut(commandTimeoutMs, Math.ceil(commandTimeoutMs / 1000));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Whether Temporal's frontend answers at once: a command already waited its whole bound. */
  private temporalAnswers(): Promise<boolean> {
    const { connection } = this.client;
    const answered = connection
      .withDeadline(Date.now() + PROBE_MS, () => connection.workflowService.getSystemInfo({}))
      .then(
        () => true,
        () => false,
      );
    // gRPC enforces a deadline late on a channel that cannot connect (900 ms measured for 500).
    return Promise.race([answered, pause(PROBE_MS).then(() => false)]);
  }

  private async hasCompleted(caseType: CaseType, caseId: string): Promise<boolean> {
    const status = await this.statusOf(caseType, caseId);
    return status !== undefined && status !== 'RUNNING';
  }

  /** The case's workflow status; undefined when Temporal has none (never started, or no longer kept). */
  private async statusOf(caseType: CaseType, caseId: string): Promise<string | undefined> {
    try {
      return (await this.client.workflow.getHandle(caseWorkflowId(caseType, caseId)).describe()).status.name;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return undefined;
      throw error;
    }
  }
}
