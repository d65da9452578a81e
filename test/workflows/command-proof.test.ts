import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { caseWorkflowId } from '@entente/contracts';
import { commandUpdate, emailRequestWorkflow, UNPROVEN_COMMAND, type CommandRequest } from '@entente/workflows';
import { signedUpdate, testSigner } from '../support/command-proofs';
import { timeSkippingCases } from '../support/time-skipping-cases';

/*
 * A client that reaches Temporal's frontend, past the API, cannot act under an actor the API did
 * not authenticate (docs/adr/0012): each case's Update validator checks the API's signature over
 * the workflow, the update's id and name, the arguments and the actor, so a forged command is
 * refused and never enters the history.
 */

const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;
const forgedDirector = { id: 'forged-director', role: 'supervisor' } as const;
const ASSIGN = commandUpdate('AssignEmailRequest');
type Options = { args: [CommandRequest<unknown>]; updateId: string };

describe('commands proven by the API, on the time-skipping server', () => {
  const cases = timeSkippingCases('email-request', emailRequestWorkflow);
  const { now, open, update, handleOf, typesOf, taskQueue } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  async function receive(caseId = randomUUID()): Promise<string> {
    const email = { name: null, email: 'awa@example.org' };
    await open('ReceiveEmailRequest', intake, { caseId, sender: email, subject: 'Stage OIG', body: 'Critères ?', receivedAt: await now() });
    return caseId;
  }

  const assignment = (caseId: string, officerId = 'olivier') => update(caseId, 'AssignEmailRequest', supervisor, 'c-1', { officerId });

  /** Sends the options as they are; answers the refusal's failure type, or 'accepted'. */
  async function outcome(caseId: string, options: Options): Promise<string> {
    try {
      await handleOf(caseId).executeUpdate(ASSIGN, options);
      return 'accepted';
    } catch (error) {
      if (!(error instanceof WorkflowUpdateFailedError)) throw error;
      return error.cause instanceof ApplicationFailure ? (error.cause.type ?? 'untyped') : 'untyped';
    }
  }

  /** Every update the history accepted: a refused one is not among them. */
  async function acceptedUpdateIds(caseId: string): Promise<string[]> {
    const { events } = await handleOf(caseId).fetchHistory();
    return (events ?? []).flatMap((event) => event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId ?? []);
  }

  it('accepts a command the API signed, and records it', async () => {
    const caseId = await receive();
    const signed = await assignment(caseId);
    expect(await outcome(caseId, signed)).toBe('accepted');
    expect(typesOf(caseId)).toEqual(['EmailRequestReceived', 'EmailRequestAssigned']);
    expect(await acceptedUpdateIds(caseId)).toContain(signed.updateId);
  });

  type Forge = (signed: Options, caseId: string, otherCaseId: string) => Promise<Options> | Options;
  const forgeries: ReadonlyArray<[string, Forge]> = [
    ['another actor than the one signed', (signed) => ({ ...signed, args: [{ ...signed.args[0], actor: forgedDirector }] })],
    ['arguments altered after signing', (signed) => ({ ...signed, args: [{ ...signed.args[0], data: { officerId: 'mallory' } }] })],
    ['a signature replayed under another update id', (signed) => ({ ...signed, updateId: randomUUID() })],
    ['no proof at all', ({ args: [{ proof: _proof, ...request }], updateId }) => ({ args: [request], updateId })],
    ['a proof signed for another case', (_signed, _caseId, other) => assignment(other)],
    ['a proof already expired', (signed, caseId) => expired(signed, caseId)],
  ];

  /** Signed as the API would have signed it an hour ago: its five minutes are over. */
  async function expired({ args: [{ proof: _proof, ...request }], updateId }: Options, caseId: string): Promise<Options> {
    const anHourAgo = Date.parse(await now()) - 3600_000;
    return signedUpdate(
      testSigner(() => anHourAgo),
      caseWorkflowId('email-request', caseId),
      'assignEmailRequest',
      request,
      updateId,
    );
  }

  it.each(forgeries)('refuses %s in the validator, leaving no trace in the history', async (_name, forge) => {
    const caseId = await receive();
    const forged = await forge(await assignment(caseId), caseId, await receive());
    expect(await outcome(caseId, forged)).toBe(UNPROVEN_COMMAND);
    expect(typesOf(caseId)).toEqual(['EmailRequestReceived']);
    // Only the opening was ever accepted: the forged update is nowhere in the history.
    expect(await acceptedUpdateIds(caseId)).toHaveLength(1);
    expect(await acceptedUpdateIds(caseId)).not.toContain(forged.updateId);
  });

  it('refuses an opening whose start the API did not sign, and the case never opens', async () => {
    const caseId = randomUUID();
    const workflowId = caseWorkflowId('email-request', caseId);
    const data = { caseId, sender: { name: null, email: 'a@example.org' }, subject: 's', body: 'b', receivedAt: await now() };
    const opening = await update(caseId, 'ReceiveEmailRequest', forgedDirector, caseId, data);
    const start = cases.env.client.workflow.executeUpdateWithStart(commandUpdate('ReceiveEmailRequest'), {
      ...opening,
      startWorkflowOperation: new WithStartWorkflowOperation(emailRequestWorkflow, {
        workflowId,
        taskQueue,
        args: [{ caseId }],
        workflowIdConflictPolicy: 'FAIL',
      }),
    });
    await expect(start).rejects.toMatchObject({ cause: { type: UNPROVEN_COMMAND } });
    expect(typesOf(caseId)).toEqual([]);
    expect(await acceptedUpdateIds(caseId)).toEqual([]);
  });

  it('fails a run started with carried state by anyone but its own previous run', async () => {
    const caseId = randomUUID();
    const carried = { state: { status: 'closed' }, head: { sequence: 41, hash: 'f'.repeat(64) } };
    const handle = await cases.env.client.workflow.start(emailRequestWorkflow, {
      workflowId: caseWorkflowId('email-request', caseId),
      taskQueue,
      args: [testSigner().start(caseWorkflowId('email-request', caseId), { caseId, carried })] as Parameters<typeof emailRequestWorkflow>,
    });
    await expect(handle.result()).rejects.toBeInstanceOf(WorkflowFailedError);
    await expect(handle.result()).rejects.toMatchObject({ cause: { type: UNPROVEN_COMMAND } });
    expect(typesOf(caseId)).toEqual([]);
  });
});
