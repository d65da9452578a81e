import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { addWorkingDays, instantAt, localDateOf, QC_PUBLIC_SERVICE_CALENDAR, reviseStandard, SERVICE_STANDARDS } from '@entente/domain';
import { caseWorkflowId, EventEnvelope } from '@entente/contracts';
import { emailRequestWorkflow, receiveEmailRequestUpdate } from '@entente/workflows';
import { WORKFLOWS_PATH } from '@entente/worker';
import { createTimeSkippingEnv } from '../support/time-skipping';
import { recordingActivities } from '../support/recording-activities';

// The declaration is revised every year: a case keeps the version in force when its clock
// started, and a case received once the revision is in force takes the new one.

const TZ = QC_PUBLIC_SERVICE_CALENDAR.timeZone;
const DAY = 86_400_000;
const EMAIL = 'email-information-request';
const intake = { id: 'ines', role: 'intake-officer' } as const;

describe('a revised declaration of services on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  let published: EventEnvelope[];
  let effectiveFrom: string;
  const taskQueue = `declaration-${randomUUID()}`;

  beforeAll(async () => {
    env = await createTimeSkippingEnv();
    const today = localDateOf(new Date(await env.currentTimeMs()).toISOString(), TZ);
    effectiveFrom = new Date(Date.parse(`${today}T12:00:00Z`) + 20 * DAY).toISOString().slice(0, 10);
    const revision = { effectiveFrom, title: 'E-mail answered within three working days', source: 'Declaration, next year', workingDays: 3, warning: { workingDaysBeforeDue: 1 }, escalation: { onBreach: 'director' as const } };
    const declaration = [...SERVICE_STANDARDS, reviseStandard(SERVICE_STANDARDS, EMAIL, revision, today)];
    const recording = recordingActivities({ standards: async () => declaration, calendar: async () => QC_PUBLIC_SERVICE_CALENDAR });
    published = recording.published;
    worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities: recording.activities });
    running = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  async function receive(): Promise<string> {
    const caseId = randomUUID();
    const receivedAt = new Date(await env.currentTimeMs()).toISOString();
    await env.client.workflow.executeUpdateWithStart(receiveEmailRequestUpdate, {
      args: [{ actor: intake, correlationId: caseId, data: { caseId, sender: { name: null, address: 'awa@example.org' }, subject: 'Stage', body: 'Critères ?', receivedAt } }],
      startWorkflowOperation: new WithStartWorkflowOperation(emailRequestWorkflow, { workflowId: caseWorkflowId('email-request', caseId), taskQueue, args: [{ caseId }], workflowIdConflictPolicy: 'FAIL' }),
    });
    return caseId;
  }
  const eventsOf = (caseId: string) => published.filter((event) => event.caseId === caseId);

  it('keeps an open case on the version it started with, and gives a new case the new version', async () => {
    const before = await receive();
    await env.sleep(Date.parse(instantAt(effectiveFrom, '09:00', TZ)) - (await env.currentTimeMs()));
    const after = await receive();

    expect(eventsOf(before)[0]!.data).toMatchObject({ clock: { standardVersion: 1, escalateTo: 'supervisor' } });
    expect(eventsOf(before).find((event) => event.type === 'ServiceStandardBreached')).toMatchObject({ data: { standardVersion: 1, escalatedTo: 'supervisor' } });
    expect(eventsOf(after)[0]!.data).toMatchObject({ clock: { standardVersion: 2, escalateTo: 'director' } });
    const { startedAt, dueAt } = (eventsOf(after)[0]!.data as { clock: { startedAt: string; dueAt: string } }).clock;
    expect(dueAt).toBe(addWorkingDays(QC_PUBLIC_SERVICE_CALENDAR, startedAt, 3));
  });
});

