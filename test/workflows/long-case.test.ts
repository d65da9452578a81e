import { randomUUID } from 'node:crypto';
import { WorkflowContinuedAsNewError } from '@temporalio/client';
import { verifyChain } from '@entente/contracts';
import type { EmailRequest } from '@entente/domain';
import { caseViewQuery, commandUpdate, emailRequestWorkflow, type CaseView } from '@entente/workflows';
import { timeSkippingCases } from '../support/time-skipping-cases';

// A case that gathers many events hands over to a new run well before Temporal's history warning,
// carrying its state, chain head and clocks. The limit is lowered here so a few commands cross it.

const HISTORY_LIMIT = 40;
const REASSIGNMENTS = 24;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;

describe('a long case on the time-skipping server', () => {
  const cases = timeSkippingCases('email-request', emailRequestWorkflow, require.resolve('../support/continuing-workflows'));
  const { now, sleep, eventsOf, sealedEventsOf, handleOf, open, send, update } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  it('continues as new across the history limit, losing and repeating nothing, its clock still running', async () => {
    const caseId = randomUUID();
    const receivedAt = await now();
    await open(
      'ReceiveEmailRequest',
      intake,
      { caseId, sender: { name: null, email: 'awa@example.org' }, subject: 'Stage OIG', body: 'Critères ?', receivedAt },
      { historyLimit: HISTORY_LIMIT },
    );
    const handle = handleOf(caseId);
    const firstRunId = (await handle.describe()).runId;

    for (let round = 0; round < REASSIGNMENTS; round++) {
      const officerId = round % 2 === 0 ? 'olivier' : 'carole';
      await handle.executeUpdate(
        commandUpdate('AssignEmailRequest'),
        await update(caseId, 'AssignEmailRequest', supervisor, `r${round}`, { officerId }),
      );
    }

    const firstRun = await handleOf(caseId, firstRunId).describe();
    expect(firstRun.status.name).toBe('CONTINUED_AS_NEW');
    expect((await handle.describe()).runId).not.toBe(firstRunId);

    const view = await handle.query(caseViewQuery);
    expect(view).toMatchObject({ caseId, sequence: 1 + REASSIGNMENTS, state: { assignee: 'carole', status: 'assigned' } });

    // The clock came along: the warning, the breach and its escalation still fire, in the latest run.
    await sleep(14 * 24 * 3600_000);
    const events = eventsOf(caseId);
    expect(events.map((event) => event.sequence)).toEqual(Array.from({ length: REASSIGNMENTS + 4 }, (_, index) => index + 1));
    expect(events.slice(-3).map((event) => event.type)).toEqual([
      'ServiceStandardWarning',
      'ServiceStandardBreached',
      'ServiceStandardBreachEscalated',
    ]);
    expect(verifyChain(sealedEventsOf(caseId))).toBeNull();
  });

  it("reads a state carried by a run continued before the sender e-mail was named email, in today's shape", async () => {
    const caseId = randomUUID();
    const sender = { name: 'Awa Diallo', email: 'awa@example.org' };
    await open('ReceiveEmailRequest', intake, { caseId, sender, subject: 'Stage OIG', body: 'Critères ?', receivedAt: await now() });
    const { state, sequence } = (await handleOf(caseId).query(caseViewQuery)) as CaseView<EmailRequest>;
    const hash = eventsOf(caseId).at(-1)!.hash;
    await handleOf(caseId).terminate('continued, below, as a run before the rename would have carried it');
    const { email: address, ...named } = sender;
    const carried = { state: { ...state, sender: { ...named, address } }, head: { sequence, hash } };

    // A run carries state only when its own workflow continued as new: continued here into it.
    const continuing = await cases.env.client.workflow.start('continueInto', {
      workflowId: handleOf(caseId).workflowId,
      taskQueue: cases.taskQueue,
      args: ['emailRequestWorkflow', { caseId, carried }],
    });
    const firstRun = cases.env.client.workflow.getHandle(continuing.workflowId, continuing.firstExecutionRunId, { followRuns: false });
    await expect(firstRun.result()).rejects.toBeInstanceOf(WorkflowContinuedAsNewError);
    await send(caseId, 'AssignEmailRequest', supervisor, { officerId: 'olivier' });

    const view = await handleOf(caseId).query(caseViewQuery);
    expect(view).toMatchObject({ sequence: sequence + 1, state: { status: 'assigned', sender } });
    expect(eventsOf(caseId).at(-1)).toMatchObject({ sequence: sequence + 1, previousHash: hash });
    expect(view.state).not.toHaveProperty('sender.address');
  });
});
