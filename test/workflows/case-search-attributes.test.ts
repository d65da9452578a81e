import { randomUUID } from 'node:crypto';
import { emailRequestWorkflow } from '@entente/workflows';
import { timeSkippingCases } from '../support/time-skipping-cases';

const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;
const officer = { id: 'olivier', role: 'case-officer' } as const;
const EMAIL = { sender: { name: 'Awa Diallo', email: 'awa@example.org' }, subject: 'Stage OIG', body: 'Quels sont les critères ?' };

describe('a case in the Temporal UI: its search attributes follow it', () => {
  const cases = timeSkippingCases('email-request', emailRequestWorkflow);
  const { now, sleepUntil, eventsOf, handleOf, open, send } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  async function receive(input?: { historyLimit: number }): Promise<{ caseId: string; dueAt: Date }> {
    const caseId = randomUUID();
    await open('ReceiveEmailRequest', intake, { caseId, ...EMAIL, receivedAt: await now() }, input);
    const { clock } = eventsOf(caseId)[0]!.data as { clock: { dueAt: string } };
    return { caseId, dueAt: new Date(clock.dueAt) };
  }

  async function attributesOf(caseId: string): Promise<Record<string, unknown>> {
    const { typedSearchAttributes } = await handleOf(caseId).describe();
    const ours = typedSearchAttributes.getAll().filter(({ key }) => key.name.startsWith('Entente'));
    return Object.fromEntries(ours.map(({ key, value }) => [key.name, value]));
  }

  /** The upserts of the case's own attributes in its history. */
  async function upsertsOf(caseId: string): Promise<number> {
    const { events } = await handleOf(caseId).fetchHistory();
    // patched() upserts TemporalChangeVersion on its own: only the case's upserts count here.
    const upserted = (events ?? []).map((event) =>
      Object.keys(event.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {}),
    );
    return upserted.filter((names) => names.some((name) => name.startsWith('Entente'))).length;
  }

  const team = { EntenteCaseType: 'email-request', EntenteTeam: 'information-services' };

  it('shows the stage, the assignee, the running clock due instant and its breach, and no personal information', async () => {
    const { caseId, dueAt } = await receive();
    expect(await attributesOf(caseId)).toEqual({ ...team, EntenteStage: 'received', EntenteDueAt: dueAt, EntenteBreached: false });

    await send(caseId, 'AssignEmailRequest', supervisor, { officerId: officer.id });
    expect(await attributesOf(caseId)).toEqual({
      ...team,
      EntenteStage: 'assigned',
      EntenteAssignee: 'olivier',
      EntenteDueAt: dueAt,
      EntenteBreached: false,
    });
    const metadata = await handleOf(caseId).query<{ currentDetails: string }>('__temporal_workflow_metadata');
    expect(metadata.currentDetails).toBe(`assigned · due ${dueAt.toISOString()}`);

    await sleepUntil(new Date(dueAt.getTime() + 60_000).toISOString());
    expect(eventsOf(caseId).map((event) => event.type)).toContain('ServiceStandardBreached');
    expect(await attributesOf(caseId)).toEqual({
      ...team,
      EntenteStage: 'assigned',
      EntenteAssignee: 'olivier',
      EntenteDueAt: dueAt,
      EntenteBreached: true,
    });
    // The warning changed none of them: three upserts (receipt, assignment, breach), not four.
    expect(await upsertsOf(caseId)).toBe(3);
  });

  it('drops the due instant once the answer stops the clock', async () => {
    const { caseId } = await receive();
    await send(caseId, 'AssignEmailRequest', supervisor, { officerId: officer.id });
    await send(caseId, 'AnswerEmailRequest', officer, { answer: 'Voici les critères.' });
    await handleOf(caseId).result();
    expect(await attributesOf(caseId)).toEqual({ ...team, EntenteStage: 'answered', EntenteAssignee: 'olivier', EntenteBreached: false });
  });

  it('keeps them in the run a long case continues as', async () => {
    const { caseId, dueAt } = await receive({ historyLimit: 20 });
    const firstRunId = (await handleOf(caseId).describe()).runId;
    for (const officerId of ['olivier', 'carole', 'olivier', 'carole', 'olivier', 'carole']) {
      await send(caseId, 'AssignEmailRequest', supervisor, { officerId });
    }
    expect((await handleOf(caseId).describe()).runId).not.toBe(firstRunId);
    expect(await attributesOf(caseId)).toEqual({
      ...team,
      EntenteStage: 'assigned',
      EntenteAssignee: 'carole',
      EntenteDueAt: dueAt,
      EntenteBreached: false,
    });
  });
});
