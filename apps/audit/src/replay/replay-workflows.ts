import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Client } from '@temporalio/client';
import { bundleWorkflowCode, Worker, type ReplayHistoriesIterable, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { DataConverter, HistoryAndWorkflowId } from '@temporalio/common';
import type { Logger } from '@entente/platform';
import { WORKFLOWS_PATH } from '@entente/worker';
import { caseOfClosedCaseRecord } from '@entente/contracts';

export interface ReplayFailure {
  readonly workflowId: string;
  readonly error: string;
}

export interface ReplaySummary {
  /** Histories recorded from earlier runs and kept with the code (test/workflows/histories). */
  readonly recorded: number;
  /** Histories of the workflows on the Temporal server, running or closed. */
  readonly live: number;
  /** Erased cases' workflows, left out: their payloads can no longer be opened, which is the erasure (docs/adr/0017). */
  readonly erased: number;
  readonly failures: readonly ReplayFailure[];
  readonly replayed: boolean;
}

export interface ReplaySources {
  readonly client: Client;
  /** The client's: live histories hold payloads sealed with their cases' keys. */
  readonly dataConverter: DataConverter;
  /** A visibility query choosing the live workflows; every workflow of the namespace by default. */
  readonly query?: string;
  readonly recordedDir?: string;
}

const SILENT = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  trace: () => undefined,
  log: () => undefined,
};

/** Today's workflow code, bundled the way a worker bundles it. */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: SILENT });
}

/**
 * Replays yesterday's workflows on today's code: any nondeterminism (a change that would break a
 * running case) is reported with the workflow it breaks.
 */
export async function replayWorkflows(bundle: WorkflowBundleWithSourceMap, sources: ReplaySources, log: Logger): Promise<ReplaySummary> {
  const recorded = sources.recordedDir ? recordedHistories(sources.recordedDir) : [];
  const failures: ReplayFailure[] = [];
  const replay = async (histories: ReplayHistoriesIterable) => {
    let count = 0;
    for await (const result of Worker.runReplayHistories({ workflowBundle: bundle, dataConverter: sources.dataConverter }, histories)) {
      count++;
      if (result.error) failures.push({ workflowId: result.workflowId, error: result.error.message });
      if (count % 50 === 0) log.info('replaying workflows', { replayed: count });
    }
    return count;
  };
  const recordedCount = await replay(recorded);
  const erased = await erasedCaseIds(sources.client);
  const skipped = { count: 0 };
  const live = await replay(liveHistories(sources, erased, skipped));
  log.info('workflows replayed', { recorded: recordedCount, live, erased: skipped.count, failures: failures.length });
  return { recorded: recordedCount, live, erased: skipped.count, failures, replayed: failures.length === 0 };
}

/** The cases whose erasure ran: their erasure workflows are named after them (`erasure/<id>` before ADR 0020). */
async function erasedCaseIds(client: Client): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const { workflowId } of executions(client, `WorkflowType = 'erasePersonalInformationWorkflow'`)) {
    ids.add(caseOfClosedCaseRecord(workflowId) ?? workflowId.slice(workflowId.indexOf('/') + 1));
  }
  return ids;
}

/** The server's histories the query chooses, less the erased cases' own (counted in `skipped`). */
async function* liveHistories(
  sources: ReplaySources,
  erased: ReadonlySet<string>,
  skipped: { count: number },
): AsyncIterable<HistoryAndWorkflowId> {
  for await (const { workflowId, runId, type } of executions(sources.client, sources.query ?? '')) {
    if (type !== 'erasePersonalInformationWorkflow' && erased.has(workflowId.slice(workflowId.indexOf('/') + 1))) {
      skipped.count++;
      continue;
    }
    yield { workflowId, history: await sources.client.workflow.getHandle(workflowId, runId).fetchHistory() };
  }
}

/**
 * The executions a visibility query finds, as the server lists them: their memos stay encoded, so
 * listing needs no key (a record after a closed case carries one, sealed under the operations key).
 */
async function* executions(client: Client, query: string): AsyncIterable<{ workflowId: string; runId: string; type: string }> {
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await client.workflowService.listWorkflowExecutions({ namespace: client.options.namespace, query, nextPageToken });
    for (const { execution, type } of page.executions ?? []) {
      yield { workflowId: execution?.workflowId ?? '', runId: execution?.runId ?? '', type: type?.name ?? '' };
    }
    nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
  } while (nextPageToken);
}

/** Beside a recorded history, the case's events as sealed (infra/bin/record-history.sh): not a history. */
export const RECORDED_EVENTS_SUFFIX = '.events.json';

/** A recorded history's file: JSON as `temporal workflow show --output json` writes it. */
export function isRecordedHistory(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith(RECORDED_EVENTS_SUFFIX);
}

/** Every recorded history under `root`; the SDK reads their form. */
function recordedHistories(root: string): HistoryAndWorkflowId[] {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : isRecordedHistory(entry.name) ? [join(dir, entry.name)] : [],
    );
  return files(root).map((file) => ({
    workflowId: relative(root, file),
    history: JSON.parse(readFileSync(file, 'utf8')) as HistoryAndWorkflowId['history'],
  }));
}
