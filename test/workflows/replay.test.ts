import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode, Worker, type InjectedSinks, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { EventEnvelope } from '@entente/contracts';
import { isRecordedHistory, RECORDED_EVENTS_SUFFIX } from '@entente/audit';
import { WORKFLOW_TRACING, WORKFLOWS_PATH, workflowSpanSinks } from '@entente/worker';
import { inMemoryDataConverter } from '../support/payload-keys';
import type { PublishedEventsSinks } from './published-events.interceptor';

/*
 * Every recorded history (infra/bin/record-history.sh) replays on today's workflow code without
 * a nondeterminism error, and hands its publishing activity exactly the events it published: same
 * ids, instants, schema versions, data and hashes. The proof that a change to a workflow, or to an
 * event's schema, leaves running cases able to go on from what they published, their hash chains
 * unbroken. They replay through the apps' payload codec, which passes their clear payloads
 * through (docs/adr/0015).
 */

const ROOT = join(__dirname, 'histories');
const recorded = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((caseType) => readdirSync(join(ROOT, caseType.name)).map((file) => join(caseType.name, file)))
  .filter(isRecordedHistory);

interface RecordedEvent {
  readonly activityTaskScheduledEventAttributes?: { activityType: { name: string }; input: { payloads: { data: string }[] } };
}

/**
 * What the case published: its recorded export, or else the events each publishing activity was
 * given, as Temporal recorded them (a local activity's marker keeps its result, not its input).
 */
function publishedIn(file: string, history: { events: RecordedEvent[] }): EventEnvelope[] {
  const exported = join(ROOT, file.replace(/\.json$/, RECORDED_EVENTS_SUFFIX));
  if (existsSync(exported)) return (JSON.parse(readFileSync(exported, 'utf8')) as { events: EventEnvelope[] }).events;
  return history.events
    .map((event) => event.activityTaskScheduledEventAttributes)
    .filter((scheduled) => scheduled?.activityType.name === 'publishCaseEvents')
    .flatMap((scheduled) => JSON.parse(Buffer.from(scheduled!.input.payloads[0]!.data, 'base64').toString('utf8')) as EventEnvelope[]);
}

/**
 * Traced as the workers that export spans are, and untraced as the others: the tracing added to
 * running cases must replay what they recorded, and its absence too (ADR 0033, addendum).
 */
const TRACING = { traced: [WORKFLOW_TRACING], untraced: [] } as const;
type Tracing = keyof typeof TRACING;

describe('recorded workflow histories', () => {
  const bundles = new Map<Tracing, WorkflowBundleWithSourceMap>();
  // Bundled once for every history: the same code a worker would run, and a recorder of what it publishes.
  beforeAll(async () => {
    const silent = () => undefined;
    const logger = { info: silent, warn: silent, error: silent, debug: silent, trace: silent, log: silent };
    for (const [tracing, modules] of Object.entries(TRACING) as [Tracing, readonly string[]][]) {
      const workflowInterceptorModules = [require.resolve('./published-events.interceptor'), ...modules];
      bundles.set(tracing, await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, workflowInterceptorModules, logger }));
    }
  });

  it('are there to replay', () => {
    expect(recorded.length).toBeGreaterThan(0);
  });

  const runs = recorded.flatMap((file) => (Object.keys(TRACING) as Tracing[]).map((tracing) => [file, tracing] as const));
  it.each(runs)('%s replays %s on the current workflow code and re-seals exactly what it published', async (file, tracing) => {
    const history = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    const sealed: EventEnvelope[][] = [];
    const sinks: InjectedSinks<PublishedEventsSinks> = {
      ...workflowSpanSinks(),
      published: { events: { fn: (_info, events) => void sealed.push([...events]), callDuringReplay: true } },
    };
    const failures: unknown[] = [];
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: bundles.get(tracing)!, sinks, dataConverter: inMemoryDataConverter() },
      [{ workflowId: file, history }],
    )) {
      if (result.error) failures.push(result.error);
    }
    expect(failures).toEqual([]);
    expect(sealed.flat()).toEqual(publishedIn(file, history));
  });
});
