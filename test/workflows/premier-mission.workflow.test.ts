import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { localDateOf } from '@entente/domain';
import { caseWorkflowId, EventEnvelope } from '@entente/contracts';
import { commandUpdate, premierMissionWorkflow } from '@entente/workflows';
import { WORKFLOWS_PATH } from '@entente/worker';
import { createTimeSkippingEnv } from '../support/time-skipping';
import { recordingActivities } from '../support/recording-activities';

// A Premier-led mission runs on timers alone once planned: it starts and ends on its dates, every
// participant is sent the evaluation, those who have not answered are reminded once, and the
// answers are compiled when the window closes.

const DAY = 86_400_000;
const officer = { id: 'marc.bouchard', role: 'case-officer' } as const;

describe('Premier-led mission workflow on the time-skipping server', () => {
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  let published: EventEnvelope[];
  const taskQueue = `mission-${randomUUID()}`;

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
  const send = (caseId: string, type: string, data: object) =>
    env.client.workflow.getHandle(caseWorkflowId('premier-mission', caseId)).executeUpdate(commandUpdate<object, unknown>(type), { args: [{ actor: officer, correlationId: 'c', data }] } as never);
  const participant = (id: string, name: string) => ({
    participantId: id,
    name,
    kind: 'company',
    contact: { name: 'Relations internationales', email: `${id}@example.com` },
  });

  it('starts, ends, sends the evaluation, reminds once and compiles, on its own', async () => {
    const caseId = randomUUID();
    const today = localDateOf(await now(), 'Asia/Tokyo');
    const startsOn = new Date(Date.parse(`${today}T12:00:00Z`) + 3 * DAY).toISOString().slice(0, 10);
    const endsOn = new Date(Date.parse(`${today}T12:00:00Z`) + 6 * DAY).toISOString().slice(0, 10);
    const plan = { caseId, destination: { city: 'Tokyo', country: 'Japan', timeZone: 'Asia/Tokyo' }, theme: 'Économie verte', startsOn, endsOn, officerId: officer.id };
    await env.client.workflow.executeUpdateWithStart(commandUpdate<object, unknown>('PlanPremierMission'), {
      args: [{ actor: officer, correlationId: caseId, data: plan }],
      startWorkflowOperation: new WithStartWorkflowOperation(premierMissionWorkflow, { workflowId: caseWorkflowId('premier-mission', caseId), taskQueue, args: [{ caseId }], workflowIdConflictPolicy: 'FAIL' }),
    } as never);
    await send(caseId, 'RegisterMissionParticipant', { ...participant('hydro', 'Hydro Énergie inc.'), registeredAt: await now() });
    await send(caseId, 'RegisterMissionParticipant', { ...participant('aero', 'Aéro Québec ltée'), registeredAt: await now() });

    await env.sleep(8 * DAY);
    const types = () => published.filter((event) => event.caseId === caseId).map((event) => event.type);
    expect(types()).toEqual([
      'PremierMissionPlanned',
      'MissionParticipantRegistered',
      'MissionParticipantRegistered',
      'MissionRegistrationClosed',
      'PremierMissionStarted',
      'PremierMissionEnded',
      'MissionEvaluationSent',
      'MissionEvaluationSent',
    ]);
    await send(caseId, 'RecordMissionEvaluationAnswer', { participantId: 'hydro', ratings: { accommodation: 5, 'overall-organization': 4 }, answeredAt: await now() });

    await env.client.workflow.getHandle(caseWorkflowId('premier-mission', caseId)).result();
    const events = published.filter((event) => event.caseId === caseId);
    expect(types().slice(8)).toEqual(['MissionEvaluationAnswered', 'MissionEvaluationReminderSent', 'MissionEvaluationsCompiled']);
    expect(events.at(-2)!.data).toMatchObject({ participantId: 'aero' });
    expect(events.at(-1)!.data).toMatchObject({ invited: 2, answered: 1, responseRate: 0.5 });
    expect(events.at(-1)!.actor).toEqual({ id: 'service-standard-clock', role: 'system' });

    // Each timer fired at its instant (the destination's midnights, then the evaluation's plan):
    // a few milliseconds after it, never before.
    const dataOf = (type: string) => events.find((event) => event.type === type)!.data as Record<string, string>;
    const { startsAt, endsAt } = dataOf('PremierMissionPlanned');
    const { remindAt, closesAt } = dataOf('PremierMissionEnded').evaluation as unknown as Record<string, string>;
    const firedAt = (type: string, field: string, planned: string | undefined) => {
      const late = Date.parse(dataOf(type)[field]!) - Date.parse(planned!);
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(60_000);
    };
    firedAt('PremierMissionStarted', 'startedAt', startsAt);
    firedAt('PremierMissionEnded', 'endedAt', endsAt);
    firedAt('MissionEvaluationReminderSent', 'remindedAt', remindAt);
    firedAt('MissionEvaluationsCompiled', 'compiledAt', closesAt);
  });
});
