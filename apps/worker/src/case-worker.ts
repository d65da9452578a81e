import { createRequire } from 'node:module';
import type { DataConverter, Logger } from '@temporalio/common';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import {
  bundleWorkflowCode,
  NativeConnection,
  Worker,
  type BundleOptions,
  type WorkerOptions,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import { exportsSpans, UNTRACED, type Tracing } from '@entente/platform';
import type { CaseActivities, WorkerActivities } from '@entente/workflows';

export interface CaseWorkerOptions {
  readonly connection: NativeConnection;
  readonly namespace: string;
  readonly taskQueue: string;
  /** Case activities; a worker that also runs calendar changes hosts the calendar activities too. */
  readonly activities: CaseActivities | WorkerActivities;
  readonly maxConcurrentActivities?: number;
  /** Cases held in memory between their tasks; the others replay their history at their next one (ADR 0039). */
  readonly maxCachedWorkflows?: number;
  /** The API's public key (hex, `commandVerificationKey`), built into the workflows. */
  readonly commandVerificationKey: string;
  /** `caseDataConverter(keys)`: payloads sealed with their case's key (docs/adr/0015). */
  readonly dataConverter: DataConverter;
  /** The workflows bundled beforehand with the same key (`bundleCaseWorkflows`), instead of at start. */
  readonly workflowBundle?: WorkflowBundleOption;
  /** Where the workflows' and activities' spans go (the process's `startTracing`); none: not exported. */
  readonly tracing?: Pick<Tracing, 'exporter' | 'resource'>;
}

/** The compiled workflows of @entente/workflows, bundled by the worker at start. */
export const WORKFLOWS_PATH = require.resolve('@entente/workflows/dist/workflows');

/**
 * The workflows' code, evaluated once per workflow thread and shared by every case it holds,
 * instead of once per cached case (the SDK's default): the domain, the contracts, Temporal's
 * workflow API and the case workflows themselves. They keep no per-case state at module level
 * (an ESLint rule refuses a module-level `let` there; the SDK freezes what they export): the
 * workflow API finds the running case through the sandbox's globals at each call, and the only
 * module-level objects are memo caches of pure functions. The commands' proof check is among
 * them, so that the API's key is decoded and its multiples precomputed once per thread, not once
 * per case (about 50 ms of CPU each time). A cached case's heap: 99 → 62 KiB in the workflow
 * thread (ADR 0039).
 */
export const SHARED_WORKFLOW_MODULES = [
  '@entente/domain',
  '@entente/contracts',
  '@temporalio/workflow',
  require.resolve('@entente/workflows/dist/workflows'),
];

/**
 * Temporal's OpenTelemetry interceptors, inside the workflows: the Update's and each local
 * activity's spans join the trace the API's request began (ADR 0033). The SDK's own flags keep
 * histories recorded before them replaying as they ran.
 */
export const WORKFLOW_TRACING = require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/** The webpack that bundles the workflows: its own DefinePlugin, not another copy's. */
type WebpackConfig = Parameters<NonNullable<BundleOptions['webpackConfigHook']>>[0];
type Webpack = { DefinePlugin: new (definitions: Record<string, string>) => NonNullable<WebpackConfig['plugins']>[number] };
const bundlerWebpack = (): Webpack => createRequire(require.resolve('@temporalio/worker'))('webpack') as Webpack;

/**
 * How the worker bundles the workflows: the shared modules preloaded, and the API's public key
 * written into the code, where the case workflows check each command's proof. The sandbox reads
 * no configuration, and a key sent with a workflow's input would be the forger's choice.
 */
export function workflowBundlerOptions(
  commandVerificationKey: string,
): Pick<BundleOptions, 'preloadModules' | 'webpackConfigHook' | 'workflowInterceptorModules'> {
  const definitions = { ENTENTE_COMMAND_VERIFICATION_KEY: JSON.stringify(commandVerificationKey) };
  return {
    preloadModules: SHARED_WORKFLOW_MODULES,
    workflowInterceptorModules: [WORKFLOW_TRACING],
    webpackConfigHook: (config) => ({ ...config, plugins: [...(config.plugins ?? []), new (bundlerWebpack().DefinePlugin)(definitions)] }),
  };
}

/** The case workflows bundled once, for many workers to share (the tests' workers, say). */
export async function bundleCaseWorkflows(commandVerificationKey: string, logger?: Logger): Promise<string> {
  const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, ...workflowBundlerOptions(commandVerificationKey), logger });
  return code;
}

/**
 * Where a worker's workflow code comes from: the bundle given, or `workflowsPath` bundled now with
 * the key, traced inside only when the process exports its spans. The tracing interceptor's module
 * and the OpenTelemetry libraries under it are evaluated once per cached workflow: most of a
 * cached case's memory, which a worker that exports nothing need not hold (ADR 0033, addendum).
 */
export function caseWorkflowCode(
  commandVerificationKey: string,
  workflowBundle?: WorkflowBundleOption,
  workflowsPath = WORKFLOWS_PATH,
  tracing: CaseWorkerOptions['tracing'] = UNTRACED,
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'bundlerOptions' | 'interceptors' | 'sinks'> {
  const sinks = workflowSpanSinks(tracing);
  if (workflowBundle) return { workflowBundle, sinks };
  const { workflowInterceptorModules, ...bundlerOptions } = workflowBundlerOptions(commandVerificationKey);
  const workflowModules = exportsSpans(tracing) ? workflowInterceptorModules : [];
  return { workflowsPath, bundlerOptions, interceptors: { workflowModules }, sinks };
}

/** The sink the workflows' spans leave the sandbox through: a workflow calls it whatever the exporter. */
export const workflowSpanSinks = (tracing: CaseWorkerOptions['tracing'] = UNTRACED) => ({
  exporter: makeWorkflowExporter(tracing.exporter, tracing.resource),
});

/** Each activity's span, a child of the workflow's, with the trace in its log lines. */
const ACTIVITY_TRACING = [
  (ctx: ConstructorParameters<typeof OpenTelemetryActivityInboundInterceptor>[0]) => ({
    inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
    outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
  }),
];

export function createCaseWorker(options: CaseWorkerOptions): Promise<Worker> {
  const { interceptors, ...code } = caseWorkflowCode(
    options.commandVerificationKey,
    options.workflowBundle,
    WORKFLOWS_PATH,
    options.tracing,
  );
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    ...code,
    interceptors: { ...interceptors, activity: ACTIVITY_TRACING },
    activities: options.activities,
    dataConverter: options.dataConverter,
    maxConcurrentActivityTaskExecutions: options.maxConcurrentActivities ?? 50,
    maxCachedWorkflows: options.maxCachedWorkflows,
  });
}
