import { WithStartWorkflowOperation, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { caseWorkflowId, caseWorkflowType } from '@entente/contracts';
import { enginesConfig } from '@entente/platform';
import { commandUpdate, type WorkerActivities } from '@entente/workflows';
import { caseIdFor, updateIdFor } from '../../apps/api/src/temporal/idempotency';
import { eventually } from '../projector/projector-harness';
import { signedUpdate, testSigner } from '../support/command-proofs';
import { TcpRelay } from '../support/tcp-relay';
import { ApiStack } from './api-harness';

// Every opening that is refused starts nothing or ends at once; no command holds its caller past
// COMMAND_TIMEOUT_MS, and with Temporal down the answer says so. On the real engines, with the
// clock activity held where a test needs it and relays that play Temporal or PostgreSQL down.

/** Holds the clock-planning activity while `held` is true, as a slow calendar source would. */
class ClockGate {
  held = false;
  private waiting: Array<() => void> = [];

  around = (real: WorkerActivities): WorkerActivities => ({
    ...real,
    planServiceStandardClock: async (request) => {
      if (this.held) await new Promise<void>((release) => this.waiting.push(release));
      return real.planServiceStandardClock(request);
    },
  });

  release(): void {
    this.held = false;
    this.waiting.splice(0).forEach((release) => release());
  }
}

const gate = new ClockGate();
/** The API reaches Temporal and PostgreSQL through these, to meet them down; the test's client and worker do not. */
const engines = enginesConfig();
const relay = new TcpRelay(engines.temporalAddress);
const databaseRelay = new TcpRelay(new URL(engines.databaseUrl).host);
/** Two calls to Temporal at most, one once they end at the bound: the shedding test fills them. */
const apiEnv: Record<string, string> = { COMMAND_TIMEOUT_MS: '1500', COMMAND_CONCURRENCY_MAX: '2', COMMAND_CONCURRENCY_MIN: '1' };
const stack = new ApiStack(gate.around, apiEnv);
const EMAIL = {
  sender: { name: 'Awa Diallo', address: 'awa.diallo@example.org' },
  subject: 'Stage OIG',
  body: 'Quels sont les critères ?',
};
const intake = `intake-${stack.run}`;

beforeAll(async () => {
  await relay.start();
  await databaseRelay.start();
  apiEnv.TEMPORAL_ADDRESS = relay.address;
  const database = new URL(engines.databaseUrl);
  database.host = databaseRelay.address;
  apiEnv.DATABASE_URL = database.toString();
  await stack.start();
});
afterAll(async () => {
  gate.release();
  relay.restore();
  databaseRelay.restore();
  await stack.stop();
  await relay.stop();
  await databaseRelay.stop();
});

const receive = (body: object, key: string) =>
  stack.http().post('/email-requests').set('Authorization', stack.bearer('intake-officer', intake)).set('Idempotency-Key', key).send(body);

/** As a client does: a 503 (the 1.5 s bound, on a busy machine) is asked again under the same key. */
async function receiveAnswered(body: object, key: string) {
  for (let attempt = 1; ; attempt++) {
    const response = await receive(body, key);
    if (response.status !== 503 || attempt === 10) return response;
  }
}

const workflowOf = (key: string) =>
  stack.temporal.workflow.getHandle(
    caseWorkflowId('email-request', caseIdFor('email-request', { id: intake, role: 'intake-officer' }, key)),
  );

async function statusOf(key: string): Promise<string> {
  try {
    return (await workflowOf(key).describe()).status.name;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return 'NONE';
    throw error;
  }
}

/**
 * A receipt dated in the future sent straight to Temporal, past the API's own check but signed
 * with its key (as a bug in the API's check would send it): only the workflow can refuse it.
 */
function receiveBehindTheApi(caseId: string, updateId?: string) {
  const signer = testSigner();
  const workflowId = caseWorkflowId('email-request', caseId);
  const request = {
    data: { ...EMAIL, receivedAt: '2099-01-01T00:00:00Z' },
    actor: { id: intake, role: 'intake-officer' },
    correlationId: caseId,
  } as const;
  return stack.temporal.workflow.executeUpdateWithStart(commandUpdate('ReceiveEmailRequest'), {
    ...signedUpdate(signer, workflowId, 'receiveEmailRequest', request, updateId),
    startWorkflowOperation: new WithStartWorkflowOperation(caseWorkflowType('email-request'), {
      workflowId,
      taskQueue: stack.taskQueue,
      args: [signer.start(workflowId, { caseId })],
      workflowIdConflictPolicy: 'USE_EXISTING',
    }),
  });
}

describe('a refused opening', () => {
  it('is refused before any workflow starts, and again on retry', async () => {
    const key = `future-${stack.run}`;
    const receivedAt = new Date(Date.now() + 86_400_000).toISOString();
    const first = await receive({ ...EMAIL, receivedAt }, key).expect(422);
    expect(first.body).toMatchObject({ field: 'receivedAt' });
    expect(await statusOf(key)).toBe('NONE');
    const retry = await receive({ ...EMAIL, receivedAt }, key).expect(422);
    expect(retry.body.message).toBe(first.body.message);
    expect(await statusOf(key)).toBe('NONE');
  });

  it('answers 422 naming the field when no service standard was in force then, and leaves nothing running', async () => {
    const key = `1900-${stack.run}`;
    const body = { ...EMAIL, receivedAt: '1900-01-01T12:00:00-05:00' };
    const first = await receiveAnswered(body, key);
    expect(first.status).toBe(422);
    expect(first.body).toMatchObject({ field: 'receivedAt' });
    expect(first.body.message).toMatch(/^receivedAt: no version of 'email-information-request' is in force/);
    // A run that never opened ends failed: the retry starts a run of its own, refused the same way.
    await eventually('the refused case workflow to end', async () => ((await statusOf(key)) === 'FAILED' ? true : undefined));
    const retry = await receive(body, key).expect(422);
    expect(retry.body).toMatchObject({ field: 'receivedAt', message: first.body.message });
  });

  it('opens the case for a key whose first opening never opened it: a run without events leaves the id to the next', async () => {
    const key = `refused-inside-${stack.run}`;
    const owner = { id: intake, role: 'intake-officer' } as const;
    await expect(receiveBehindTheApi(caseIdFor('email-request', owner, key), updateIdFor(owner, key))).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );
    await eventually('the refused workflow to end', async () => ((await statusOf(key)) === 'FAILED' ? true : undefined));
    const retry = await receive(EMAIL, key).expect(201);
    expect(retry.body).toMatchObject({ caseId: caseIdFor('email-request', owner, key), sequence: 1 });
    expect(await statusOf(key)).toBe('RUNNING');
  });

  it('ends its workflow at once when the refusal comes from the workflow itself', async () => {
    const caseId = `refused-${stack.run}`;
    await expect(receiveBehindTheApi(caseId)).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    const workflow = stack.temporal.workflow.getHandle(caseWorkflowId('email-request', caseId));
    await eventually('the workflow to end', async () => ((await workflow.describe()).status.name === 'FAILED' ? true : undefined));
  });
});

describe('a command past its bound', () => {
  it('answers 503 with Retry-After, and a retry under the same key finds the same case', async () => {
    const key = `slow-${stack.run}`;
    gate.held = true;
    const late = await receive(EMAIL, key).expect(503);
    // Temporal answers: it is the case that did not, not an engine down.
    expect(late.body).toMatchObject({ code: 'command-timed-out' });
    expect(late.headers['retry-after']).toBe('2');
    gate.release();
    const retry = await receive(EMAIL, key).expect(201);
    const again = await receive(EMAIL, key).expect(201);
    expect(again.body.caseId).toBe(retry.body.caseId);
    expect(retry.body).toMatchObject({ sequence: 1, state: { status: 'received' } });
  });
});

describe('more commands than the instance lets run at once', () => {
  it('turns the excess away at once (503, Retry-After), starting nothing, and takes each again later, once', async () => {
    const keys = ['a', 'b', 'c'].map((name) => `shed-${name}-${stack.run}`);
    gate.held = true;
    const answers = await Promise.all(keys.map((key) => receive(EMAIL, key)));
    const shed = answers.filter(({ body }) => body.code === 'unavailable');
    expect(answers.map(({ status }) => status)).toEqual([503, 503, 503]);
    expect(answers.filter(({ body }) => body.code === 'command-timed-out')).toHaveLength(2);
    expect(shed).toHaveLength(1);
    expect(shed[0]!.body).toMatchObject({ dependency: 'temporal', detail: expect.stringMatching(/2 calls in flight/) });
    expect(shed[0]!.headers['retry-after']).toBe('2');
    const shedKey = keys[answers.indexOf(shed[0]!)]!;
    await expect(workflowOf(shedKey).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    gate.release();
    const opened = [];
    for (const key of keys) opened.push((await receiveAnswered(EMAIL, key)).body.caseId as string);
    expect(new Set(opened).size).toBe(3);
    for (const [index, key] of keys.entries()) expect((await receive(EMAIL, key).expect(201)).body.caseId).toBe(opened[index]);
  });
});

describe('Temporal down, as the API meets it', () => {
  let opened: string;

  beforeAll(async () => {
    opened = (await receive(EMAIL, `before-outage-${stack.run}`).expect(201)).body.caseId as string;
    await stack.readModel(opened, () => true);
    relay.refuse();
  });
  afterAll(() => relay.restore());

  it('answers a command 503 naming Temporal, with Retry-After, and takes it once when Temporal is back', async () => {
    const key = `outage-${stack.run}`;
    const refused = await receive(EMAIL, key).expect(503);
    expect(refused.body).toMatchObject({
      code: 'unavailable',
      dependency: 'temporal',
      message: expect.stringMatching(/^Temporal is unavailable/),
    });
    expect(refused.headers['retry-after']).toBe('5');
    relay.restore();
    // As a client does: sent again under its key, after Retry-After, until Temporal serves it.
    const taken = await eventually('the command taken after the outage', async () => {
      const response = await receive(EMAIL, key);
      return response.status === 503 ? undefined : response;
    });
    expect(taken.status).toBe(201);
    expect((await receive(EMAIL, key).expect(201)).body.caseId).toBe(taken.body.caseId);
    expect(await statusOf(key)).toBe('RUNNING');
    relay.refuse();
  });

  it('keeps answering what the read model serves', async () => {
    const supervisor = stack.bearer('supervisor');
    await stack.http().get(`/cases/${opened}`).set('Authorization', supervisor).expect(200);
    await stack.http().get('/cases?caseType=email-request').set('Authorization', supervisor).expect(200);
  });

  it('names Temporal in /health', async () => {
    const health = await stack.http().get('/health').expect(503);
    expect(health.body).toMatchObject({ code: 'unavailable', checks: { database: 'up', temporal: 'down' } });
  });

  it('answers a live read 503 naming Temporal', async () => {
    const live = await stack.http().get(`/email-requests/${opened}/live`).set('Authorization', stack.bearer('supervisor')).expect(503);
    expect(live.body).toMatchObject({ dependency: 'temporal' });
  });
});

describe('PostgreSQL down, as the API meets it', () => {
  beforeAll(() => databaseRelay.refuse());
  afterAll(() => databaseRelay.restore());

  // A command's Idempotency-Key is bound there, and a new case's data key stored there, before
  // anything reaches Temporal: without it the command is refused at once, and safe to send again.
  it('answers a command 503 naming the database, and takes it once when the database is back', async () => {
    const key = `database-outage-${stack.run}`;
    const refused = await receive(EMAIL, key).expect(503);
    expect(refused.body).toMatchObject({
      code: 'unavailable',
      dependency: 'database',
      message: expect.stringMatching(/^the database is unavailable/),
    });
    expect(refused.headers['retry-after']).toBe('5');
    expect(await statusOf(key)).toBe('NONE');
    // The Temporal outage just before may still be ending: its connection reconnects with backoff.
    const health = await eventually('the database alone down', async () => {
      const { body } = (await stack.http().get('/health').expect(503)) as { body: { checks?: Record<string, string> } };
      return body.checks?.temporal === 'up' ? body : undefined;
    });
    expect(health).toMatchObject({ checks: { database: 'down', temporal: 'up' } });
    databaseRelay.restore();
    const taken = await eventually('the command taken after the outage', async () => {
      const response = await receive(EMAIL, key);
      return response.status === 503 ? undefined : response;
    });
    expect(taken.status).toBe(201);
    expect((await receive(EMAIL, key).expect(201)).body.caseId).toBe(taken.body.caseId);
  });
});
