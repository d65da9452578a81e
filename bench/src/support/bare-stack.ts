import type { Client } from '@temporalio/client';
import { temporalClient } from '@entente/platform';
import type { StackContext } from '../benchmark';
import { appEnv } from '../engines';
import type { Stoppable } from '../fixtures';
import { ChildApp, type ChildOptions } from './child-process';
import { terminateRunning } from './open-workflows';

/** A worker process for the bare workflows (bench/src/bare) on a task queue of its own, and the client that drives them. */
export class BareStack implements Stoppable {
  private readonly added: ChildApp[] = [];

  private constructor(
    readonly temporal: Client,
    readonly taskQueue: string,
    readonly worker: ChildApp,
    private readonly workerOptions: ChildOptions,
  ) {}

  /** `env`: beside the engines' settings, as the case worker's (WORKER_MAX_CACHED_WORKFLOWS, say). */
  static async start(
    context: StackContext,
    name: string,
    execArgv: readonly string[] = [],
    env: Readonly<Record<string, string>> = {},
  ): Promise<BareStack> {
    const taskQueue = `bench-${context.run}-${name}-bare`;
    const logFile = `${context.engines.dataDir}/logs/bench-${context.run}-${name}-bare-worker.log`;
    context.log.info('starting the bare worker', { taskQueue, log: logFile });
    const workerOptions: ChildOptions = {
      name: 'bare worker',
      script: require.resolve('../bare/bare-worker'),
      env: appEnv(context.engines, { ...env, TEMPORAL_TASK_QUEUE: taskQueue }),
      execArgv,
      logFile,
      log: context.log,
      ready: /"worker started"/,
    };
    const worker = await ChildApp.start(workerOptions);
    // The SDK's default converter, as the bare worker's: the baseline is Temporal alone, and its
    // workflows carry no case and no personal information.
    return new BareStack(await temporalClient(context.engines, {}), taskQueue, worker, workerOptions);
  }

  /** Another bare worker on the same task queue, as `CaseStack.addWorker`; stopped with the stack, or sooner by its caller. */
  async addWorker(): Promise<ChildApp> {
    const added = await ChildApp.another(this.workerOptions, this.added.length + 2);
    this.added.push(added);
    return added;
  }

  async stop(): Promise<void> {
    await terminateRunning(this.temporal, this.taskQueue, 'end of the benchmark');
    for (const added of this.added) await added.stop();
    await this.worker.stop();
    await this.temporal.connection.close();
  }
}
