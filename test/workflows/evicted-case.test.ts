import { randomUUID } from 'node:crypto';
import { verifyChain } from '@entente/contracts';
import { emailRequestWorkflow } from '@entente/workflows';
import { WORKFLOWS_PATH } from '@entente/worker';
import { eventually } from '../projector/projector-harness';
import { timeSkippingCases } from '../support/time-skipping-cases';
import { warnAtOf } from '../support/workflow-ending';

const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;
const officer = { id: 'olivier', role: 'case-officer' } as const;

// A worker's cache is bounded (WORKER_MAX_CACHED_WORKFLOWS, ADR 0039): a case it no longer holds
// replays its history at its next task. With no cache at all, every task of the case replays.
describe('a case its worker does not hold between tasks', () => {
  const cases = timeSkippingCases('email-request', emailRequestWorkflow, WORKFLOWS_PATH, { maxCachedWorkflows: 0 });
  const { now, sleepUntil, eventsOf, sealedEventsOf, typesOf, handleOf, open, send, cached } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());
  // The SDK drops a workflow from its cache once the task's answer is sent, which may follow the answer to the Update.
  const dropped = () => eventually('the case dropped from the cache', () => (cached() === 0 ? true : undefined), 100);

  it('is warned, assigned and answered as a held one, each task replaying its history', async () => {
    const caseId = randomUUID();
    const sender = { name: 'Awa Diallo', email: 'awa@example.org' };
    await open('ReceiveEmailRequest', intake, { caseId, sender, subject: 'Stage OIG', body: 'Quels critères ?', receivedAt: await now() });
    await dropped();
    await sleepUntil(new Date(Date.parse(warnAtOf(eventsOf(caseId)[0]!)) + 60_000).toISOString());
    await send(caseId, 'AssignEmailRequest', supervisor, { officerId: officer.id });
    await dropped();
    const view = await send(caseId, 'AnswerEmailRequest', officer, { answer: 'Voici les critères.' });
    await handleOf(caseId).result();

    expect(view.state).toMatchObject({ status: 'answered' });
    expect(typesOf(caseId)).toEqual(['EmailRequestReceived', 'ServiceStandardWarning', 'EmailRequestAssigned', 'EmailRequestAnswered']);
    expect(eventsOf(caseId)[0]!.data).toMatchObject({ sender });
    expect(verifyChain(sealedEventsOf(caseId))).toBeNull();
  });
});
