import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { caseWorkflowId, EventEnvelope, verifyChain } from '@entente/contracts';
import { assignEmailRequestUpdate, caseViewQuery, emailRequestWorkflow, receiveEmailRequestUpdate } from '@entente/workflows';
import { WORKFLOWS_PATH } from '@entente/worker';
import { createTimeSkippingEnv } from '../support/time-skipping';
import { recordingActivities } from '../support/recording-activities';

// A case that gathers many events hands over to a new run well before Temporal's history warning,
// carrying its state, chain head and clocks. The limit is lowered here so a few commands cross it.

const HISTORY_LIMIT = 40;
const REASSIGNMENTS = 24;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;

describe('a long case on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let published: EventEnvelope[];
  let running: Promise<void>;
  const taskQueue = `long-case-${randomUUID()}`;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
    const recording = recordingActivities();
    published = recording.published;
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities: recording.activities });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  it('continues as new across the history limit, losing and repeating nothing, its clock still running', async () => {
    const caseId = randomUUID();
    const workflowId = caseWorkflowId('email-request', caseId);
    const receivedAt = new Date(await env.currentTimeMs()).toISOString();
    await env.client.workflow.executeUpdateWithStart(receiveEmailRequestUpdate, {
      args: [{ actor: intake, correlationId: caseId, data: { caseId, sender: { name: null, address: 'awa@example.org' }, subject: 'Stage OIG', body: 'Critères ?', receivedAt } }],
      startWorkflowOperation: new WithStartWorkflowOperation(emailRequestWorkflow, {
        workflowId,
        taskQueue,
        args: [{ caseId, historyLimit: HISTORY_LIMIT }],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
    const handle = env.client.workflow.getHandle(workflowId);
    const firstRunId = (await handle.describe()).runId;

    for (let round = 0; round < REASSIGNMENTS; round++) {
      const officerId = round % 2 === 0 ? 'olivier' : 'carole';
      await handle.executeUpdate(assignEmailRequestUpdate, { args: [{ actor: supervisor, correlationId: `r${round}`, data: { officerId } }] });
    }

    const firstRun = await env.client.workflow.getHandle(workflowId, firstRunId).describe();
    expect(firstRun.status.name).toBe('CONTINUED_AS_NEW');
    expect((await handle.describe()).runId).not.toBe(firstRunId);

    const view = await handle.query(caseViewQuery);
    expect(view).toMatchObject({ caseId, sequence: 1 + REASSIGNMENTS, state: { assignee: 'carole', status: 'assigned' } });

    // The clock came along: the warning, the breach and its escalation still fire, in the latest run.
    await env.sleep(14 * 24 * 3600_000);
    const events = published.filter((event) => event.caseId === caseId);
    expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: REASSIGNMENTS + 4 }, (_, index) => index + 1));
    expect(events.slice(-3).map((event) => event.type)).toEqual(['ServiceStandardWarning', 'ServiceStandardBreached', 'ServiceStandardBreachEscalated']);
    expect(verifyChain(events)).toBeNull();
  });
});
