import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, type Workflow, type WorkflowHandle } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import type { Actor } from '@entente/domain';
import { caseWorkflowId, type CaseType, type EventEnvelope } from '@entente/contracts';
import { commandUpdate, type CaseInput, type CaseView } from '@entente/workflows';
import { caseWorkflowCode, WORKFLOWS_PATH, type ClockSources } from '@entente/worker';
import { caseWorkflowsOfTheRun } from './workflow-bundle';
import { signedUpdate, testSigner, testVerificationKey } from './command-proofs';
import { inMemoryDataConverter, inMemoryKeyStore } from './payload-keys';
import { createTimeSkippingEnv } from './time-skipping';
import { recordingActivities } from './recording-activities';

/** An opening command's payload: the new case's id and whatever the command carries. */
export type OpeningData = { readonly caseId: string } & Readonly<Record<string, unknown>>;

/**
 * One case type's workflow on the time-skipping server, for one test file: a worker on a fresh
 * task queue with the recording activities, and the few moves every test makes (read the server's
 * clock, skip to an instant, open a case, send a command as an Update, read what was published).
 * The helpers are plain closures, so a test file can destructure the ones it uses.
 */
export interface TimeSkippingCases {
  /** For beforeAll. `clocks` gets the server's current instant, for sources that depend on it. */
  readonly start: (clocks?: (serverNow: string) => ClockSources) => Promise<void>;
  /** For afterAll: stops the worker, then the server. */
  readonly stop: () => Promise<void>;
  readonly env: TestWorkflowEnvironment;
  /** The worker's task queue, for a test that starts a workflow itself. */
  readonly taskQueue: string;
  /** The clients' and the worker's codec, on the run's keys: a test that replays a history needs it. */
  readonly dataConverter: DataConverter;
  /** Workflows the worker holds in its cache now. */
  readonly cached: () => number;
  /** Every event the workflows published, in order, as sealed (personal fields encrypted). */
  readonly published: readonly EventEnvelope[];
  /** The server's clock, as an ISO instant. */
  readonly now: () => Promise<string>;
  readonly sleep: (ms: number) => Promise<void>;
  /** Skips the server's clock to `instant` (ISO); an instant already past costs nothing. */
  readonly sleepUntil: (instant: string) => Promise<void>;
  /** The case's events, their personal fields opened (their hashes cover the sealed data: see `sealedEventsOf`). */
  readonly eventsOf: (caseId: string) => EventEnvelope[];
  /** The case's events as published, for a check of their chain. */
  readonly sealedEventsOf: (caseId: string) => EventEnvelope[];
  readonly typesOf: (caseId: string) => string[];
  readonly handleOf: (caseId: string, runId?: string) => WorkflowHandle;
  /** Starts the case's workflow and delivers its opening command in one call; `data.caseId` names the case, and a second start for it fails. */
  readonly open: <State = unknown>(
    commandType: string,
    actor: Actor,
    data: OpeningData,
    input?: Omit<CaseInput, 'caseId'>,
  ) => Promise<CaseView<State>>;
  /** Sends one staff command to a running case and answers the case's view after it. */
  readonly send: <State = unknown>(caseId: string, commandType: string, actor: Actor, data: object) => Promise<CaseView<State>>;
  /** An Update's options as the API signs them, for a test that sends it itself. */
  readonly update: (
    caseId: string,
    commandType: string,
    actor: Actor,
    correlationId: string,
    data: object,
  ) => Promise<ReturnType<typeof signedUpdate>>;
}

/**
 * `workflowsPath`: the case workflows, or a test module that adds to them (`continuing-workflows.ts`);
 * `cache`: the worker's cache bound, when a test is about it.
 */
export function timeSkippingCases(
  caseType: CaseType,
  workflow: Workflow,
  workflowsPath = WORKFLOWS_PATH,
  cache: Pick<WorkerOptions, 'maxCachedWorkflows'> = {},
): TimeSkippingCases {
  const taskQueue = `${caseType}-${randomUUID()}`;
  let env: TestWorkflowEnvironment | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  let published: EventEnvelope[] = [];
  let revealed: EventEnvelope[] = [];
  let dataConverter: DataConverter | undefined;

  const notStarted = () => new Error('the time-skipping server is not started: call start() in beforeAll');
  const started = (): TestWorkflowEnvironment => {
    if (!env) throw notStarted();
    return env;
  };
  const now = async () => new Date(await started().currentTimeMs()).toISOString();
  const eventsOf = (caseId: string) => revealed.filter((event) => event.caseId === caseId);
  const sealedEventsOf = (caseId: string) => published.filter((event) => event.caseId === caseId);
  const handleOf = (caseId: string, runId?: string) => started().client.workflow.getHandle(caseWorkflowId(caseType, caseId), runId);
  // Signed as the API signs, on the server's clock: its proofs expire in workflow time.
  const signerNow = async () => {
    const serverNow = await started().currentTimeMs();
    return testSigner(() => serverNow);
  };
  const update = async (caseId: string, commandType: string, actor: Actor, correlationId: string, data: object) => {
    const { name } = commandUpdate(commandType);
    return signedUpdate(await signerNow(), caseWorkflowId(caseType, caseId), name, { actor, correlationId, data });
  };

  return {
    async start(clocks) {
      const keys = inMemoryKeyStore();
      dataConverter = inMemoryDataConverter(keys);
      env = await createTimeSkippingEnv(dataConverter);
      const recording = recordingActivities(keys, clocks?.(await now()));
      ({ published, revealed } = recording);
      worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        // The case workflows come bundled for the run; a test module of its own is bundled here.
        ...caseWorkflowCode(testVerificationKey(), workflowsPath === WORKFLOWS_PATH ? caseWorkflowsOfTheRun() : undefined, workflowsPath),
        activities: recording.activities,
        dataConverter,
        ...cache,
      });
      running = worker.run();
    },
    async stop() {
      worker?.shutdown();
      await running;
      await env?.teardown();
    },
    get env() {
      return started();
    },
    taskQueue,
    get dataConverter() {
      if (!dataConverter) throw notStarted();
      return dataConverter;
    },
    cached: () => worker?.getStatus().numCachedWorkflows ?? 0,
    get published() {
      return published;
    },
    now,
    sleep: (ms) => started().sleep(ms),
    sleepUntil: async (instant) => started().sleep(Math.max(Date.parse(instant) - (await started().currentTimeMs()), 0)),
    eventsOf,
    sealedEventsOf,
    typesOf: (caseId) => eventsOf(caseId).map((event) => event.type),
    handleOf,
    open: async <State>(commandType: string, actor: Actor, data: OpeningData, input = {}) => {
      const workflowId = caseWorkflowId(caseType, data.caseId);
      return started().client.workflow.executeUpdateWithStart(commandUpdate<object, State>(commandType), {
        ...(await update(data.caseId, commandType, actor, data.caseId, data)),
        startWorkflowOperation: new WithStartWorkflowOperation(workflow, {
          workflowId,
          taskQueue,
          args: [(await signerNow()).start(workflowId, { caseId: data.caseId, ...input })],
          workflowIdConflictPolicy: 'FAIL',
        }),
      });
    },
    send: async <State>(caseId: string, commandType: string, actor: Actor, data: object) =>
      handleOf(caseId).executeUpdate(commandUpdate<object, State>(commandType), await update(caseId, commandType, actor, 'c', data)),
    update,
  };
}
