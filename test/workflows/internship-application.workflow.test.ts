import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { addWorkingDays, QC_PUBLIC_SERVICE_CALENDAR, shiftWorkingDays } from '@entente/domain';
import { caseWorkflowId, EventEnvelope } from '@entente/contracts';
import { commandUpdate, internshipApplicationWorkflow } from '@entente/workflows';
import { WORKFLOWS_PATH } from '@entente/worker';
import { createTimeSkippingEnv } from '../support/time-skipping';
import { recordingActivities } from '../support/recording-activities';

// Two clocks in one case: the eligibility reply (5 working days from filing), then the final
// reply (10 working days from the interview), each warning and breaching on its own.

const QC = QC_PUBLIC_SERVICE_CALENDAR;
const HOUR = 3600_000;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;
const officer = { id: 'olivier', role: 'case-officer' } as const;
const CANDIDATE = { name: 'Léa Tremblay', email: 'lea@ulaval.example', studyLevel: 'master', university: 'Université Laval', fieldOfStudy: 'International law' };

describe('internship application workflow on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  let published: EventEnvelope[];
  const taskQueue = `internship-${randomUUID()}`;

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

  const now = async () => new Date(await env.currentTimeMs()).toISOString();
  const eventsOf = (caseId: string) => published.filter((event) => event.caseId === caseId);
  const sleepUntil = async (instant: string) => env.sleep(Math.max(Date.parse(instant) - (await env.currentTimeMs()), 0));
  const send = (caseId: string, type: string, actor: object, data: object) =>
    env.client.workflow.getHandle(caseWorkflowId('internship-application', caseId)).executeUpdate(commandUpdate<object, unknown>(type), { args: [{ actor, correlationId: 'c', data }] } as never);

  async function file(): Promise<string> {
    const caseId = randomUUID();
    await env.client.workflow.executeUpdateWithStart(commandUpdate<object, unknown>('FileInternshipApplication'), {
      args: [{ actor: intake, correlationId: caseId, data: { caseId, candidate: CANDIDATE, preferredOrganizations: ['UNESCO'], filedAt: await now() } }],
      startWorkflowOperation: new WithStartWorkflowOperation(internshipApplicationWorkflow, {
        workflowId: caseWorkflowId('internship-application', caseId),
        taskQueue,
        args: [{ caseId }],
        workflowIdConflictPolicy: 'FAIL',
      }),
    } as never);
    return caseId;
  }

  it('breaches the eligibility reply at five working days when nobody answers', async () => {
    const filedAt = await now();
    const caseId = await file();
    const dueAt = addWorkingDays(QC, filedAt, 5);
    await sleepUntil(new Date(Date.parse(dueAt) + HOUR).toISOString());
    expect(eventsOf(caseId).map((event) => event.type)).toEqual(['InternshipApplicationFiled', 'ServiceStandardWarning', 'ServiceStandardBreached']);
    expect(eventsOf(caseId)[2]!.data).toMatchObject({ standardId: 'internship-eligibility-reply', dueAt, escalatedTo: 'supervisor' });
  });

  it('runs the final-reply clock from the interview, warns on it, and ends with the reply', async () => {
    const caseId = await file();
    await send(caseId, 'AssignInternshipApplication', supervisor, { officerId: 'olivier' });
    await env.sleep(24 * HOUR);
    await send(caseId, 'SendEligibilityReply', officer, { decision: 'eligible' });
    const scheduledFor = new Date((await env.currentTimeMs()) + 48 * HOUR).toISOString();
    await send(caseId, 'ScheduleInterview', officer, { scheduledFor, format: 'video-conference' });
    await sleepUntil(scheduledFor);
    const heldAt = await now();
    await send(caseId, 'RecordInterviewHeld', officer, { heldAt, panel: ['Marc Bouchard', 'Julie Côté'] });
    const dueAt = addWorkingDays(QC, heldAt, 10);
    const warnAt = shiftWorkingDays(QC, dueAt, -2);
    await sleepUntil(new Date(Date.parse(warnAt) + HOUR).toISOString());
    const placement = { post: 'Junior programme officer', city: 'Paris', startsOn: '2027-09-01', endsOn: '2028-02-28' };
    await send(caseId, 'SendFinalReply', officer, { decision: 'selected', organization: 'UNESCO', placement });
    await env.client.workflow.getHandle(caseWorkflowId('internship-application', caseId)).result();

    const events = eventsOf(caseId);
    expect(events.map((event) => event.type)).toEqual([
      'InternshipApplicationFiled',
      'InternshipApplicationAssigned',
      'EligibilityReplySent',
      'InterviewScheduled',
      'InterviewHeld',
      'ServiceStandardWarning',
      'FinalReplySent',
    ]);
    expect(events[2]!.data).toMatchObject({ clockOutcome: 'met' });
    expect(events[4]!.data).toMatchObject({ clock: { standardId: 'internship-interview-reply', startedAt: heldAt, dueAt } });
    expect(events[5]!.data).toMatchObject({ standardId: 'internship-interview-reply', notify: { role: 'case-officer', officerId: 'olivier' } });
    expect(events[6]!.data).toMatchObject({ decision: 'selected', clockOutcome: 'met' });
  });
});
