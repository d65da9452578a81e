import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { caseWorkflowId, EventEnvelope } from '@entente/contracts';
import { commandUpdate, telephoneInquiryWorkflow } from '@entente/workflows';
import { WORKFLOWS_PATH } from '@entente/worker';
import { createTimeSkippingEnv } from '../support/time-skipping';
import { recordingActivities } from '../support/recording-activities';

// A call's outcome is recorded at the call: no clock runs, and the case ends with its recording.

const intake = { id: 'ines', role: 'intake-officer' } as const;
const auditor = { id: 'aude', role: 'auditor' } as const;
const REFERRED = { kind: 'referred', referredTo: { unit: 'Bureau des missions', contact: 'Mission registration desk, (418) 649-2300' } };

describe('telephone inquiry workflow on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  let published: EventEnvelope[];
  const taskQueue = `telephone-${randomUUID()}`;

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

  const record = async (caseId: string, actor: object) =>
    env.client.workflow.executeUpdateWithStart(commandUpdate<object, { sequence: number; state: object }>('RecordTelephoneInquiry'), {
      args: [{ actor, correlationId: caseId, data: { caseId, line: 'montreal', calledAt: new Date(await env.currentTimeMs()).toISOString(), subject: 'Registering a company for the Premier’s mission', outcome: REFERRED } }],
      startWorkflowOperation: new WithStartWorkflowOperation(telephoneInquiryWorkflow, {
        workflowId: caseWorkflowId('telephone-inquiry', caseId),
        taskQueue,
        args: [{ caseId }],
        workflowIdConflictPolicy: 'FAIL',
      }),
    } as never);

  it('records a referred call and ends at once, with its one event published', async () => {
    const caseId = randomUUID();
    const view = await record(caseId, intake);
    expect(view).toMatchObject({ sequence: 1, state: { status: 'closed', answeredAtOnce: false, caller: { name: null, telephone: null } } });
    const result = await env.client.workflow.getHandle(caseWorkflowId('telephone-inquiry', caseId)).result();
    expect(result).toMatchObject({ caseId, sequence: 1 });
    const events = published.filter((event) => event.caseId === caseId);
    expect(events).toMatchObject([{ type: 'TelephoneInquiryRecorded', sequence: 1, actor: intake, data: { line: 'montreal', outcome: REFERRED, recordedBy: 'ines' } }]);
  });

  it('refuses a role that may not record calls, leaving no event', async () => {
    const caseId = randomUUID();
    await expect(record(caseId, auditor)).rejects.toMatchObject({ cause: { type: 'ForbiddenCommand' } });
    expect(published.filter((event) => event.caseId === caseId)).toEqual([]);
  });
});
