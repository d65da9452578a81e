import { randomUUID } from 'node:crypto';
import { verifyChain } from '@entente/contracts';
import { caseViewQuery, commandUpdate, emailRequestWorkflow } from '@entente/workflows';
import { timeSkippingCases } from '../support/time-skipping-cases';

// A case that gathers many events hands over to a new run well before Temporal's history warning,
// carrying its state, chain head and clocks. The limit is lowered here so a few commands cross it.

const HISTORY_LIMIT = 40;
const REASSIGNMENTS = 24;
const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;

describe('a long case on the time-skipping server', () => {
  const cases = timeSkippingCases('email-request', emailRequestWorkflow);
  const { now, sleep, eventsOf, handleOf, open } = cases;
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
      await handle.executeUpdate(commandUpdate('AssignEmailRequest'), {
        args: [{ actor: supervisor, correlationId: `r${round}`, data: { officerId } }],
      });
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
    expect(verifyChain(events)).toBeNull();
  });
});
