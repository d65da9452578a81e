import { generateKeyPairSync } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { CommandRequest } from '@entente/workflows';
import type { CaseAccess } from '../access/case-access';
import { ApiConfig } from '../config/api.config';
import { EmailRequestUseCases } from '../email-request/email-request.use-cases';
import { CaseCommands } from './case-commands';
import { CaseWorkflowGateway, type CommandContext } from './case-workflow.gateway';
import { CommandSigner } from './command-signer';
import type { FirstAttempt, IdempotencyKeys } from './idempotency-keys';

/** The table's behaviour: the first attempt under a key is kept, and answered to every later one. */
class KeptAttempts {
  private readonly first = new Map<string, { requestDigest: string } & FirstAttempt>();

  bind(keyDigest: string, requestDigest: string, attempt: FirstAttempt): Promise<FirstAttempt> {
    if (!this.first.has(keyDigest)) this.first.set(keyDigest, { requestDigest, ...attempt });
    const { requestDigest: _request, ...kept } = this.first.get(keyDigest)!;
    return Promise.resolve(kept);
  }
}

const T0 = Date.parse('2026-12-07T13:15:12.129Z');
const RECEIVE = { sender: { name: 'Awa Diallo', email: 'awa@example.org' }, subject: 'Stage OIG', body: 'Quels critères ?' };
const INTAKE: CommandContext = {
  actor: { id: 'ines.tremblay', role: 'intake-officer' },
  teams: ['information-services'],
  correlationId: 'first-attempt',
};

describe('a command sent again under its Idempotency-Key', () => {
  const sent: Array<{ updateId: string; request: CommandRequest<{ receivedAt: string }> }> = [];
  const client = {
    withDeadline: (_: number, call: () => unknown) => call(),
    withAbortSignal: (_: AbortSignal, call: () => unknown) => call(),
    workflow: {
      executeUpdateWithStart: (_update: unknown, options: { updateId: string; args: [CommandRequest<{ receivedAt: string }>] }) => {
        sent.push({ updateId: options.updateId, request: options.args[0] });
        return Promise.resolve({ caseId: 'c', sequence: 1, state: {} });
      },
    },
  } as unknown as Client;
  const { privateKey } = generateKeyPairSync('ed25519');
  const gateway = new CaseWorkflowGateway(
    client,
    new ApiConfig({}),
    new CommandSigner(privateKey),
    new KeptAttempts() as unknown as IdempotencyKeys,
  );
  const useCases = new EmailRequestUseCases(new CaseCommands(gateway, {} as CaseAccess));

  beforeEach(() => {
    sent.length = 0;
    jest.useFakeTimers({ now: T0 });
  });
  afterEach(() => jest.useRealTimers());

  it('sends the first attempt’s arguments again: its instant and correlation id, under the same update', async () => {
    const keyed = { ...INTAKE, idempotencyKey: 'receipt-79', requestDigest: 'the-request' };
    await useCases.receive(RECEIVE, keyed);
    jest.setSystemTime(T0 + 6_019);
    await useCases.receive(RECEIVE, { ...keyed, correlationId: 'retry' });

    const [first, retry] = sent;
    expect(retry!.updateId).toBe(first!.updateId);
    const { proof: _first, ...firstArguments } = first!.request;
    const { proof: _retry, ...retryArguments } = retry!.request;
    expect(retryArguments).toEqual(firstArguments);
    expect(firstArguments).toMatchObject({ correlationId: 'first-attempt', data: { receivedAt: new Date(T0).toISOString() } });
  });

  it('takes now and its own correlation id when it has no key', async () => {
    await useCases.receive(RECEIVE, INTAKE);
    jest.setSystemTime(T0 + 6_019);
    await useCases.receive(RECEIVE, { ...INTAKE, correlationId: 'another' });

    const [first, other] = sent;
    expect(other!.updateId).not.toBe(first!.updateId);
    expect(other!.request).toMatchObject({ correlationId: 'another', data: { receivedAt: new Date(T0 + 6_019).toISOString() } });
  });
});
