import { caseReference, type ClockPlan } from '@entente/domain';
import { NotifierConfig, startNotifier, type RunningNotifier } from '@entente/notifier';
import { jsonLogger, kafkaFor } from '@entente/platform';
import { topicFor } from '@entente/contracts';
import type { WorkerActivities } from '@entente/workflows';
import { ApiStack } from '../api/api-harness';
import { startedWithDatabase } from '../api/sender-fixture';
import { eventually } from '../projector/projector-harness';
import { dailyDigestSpecs } from './daily-digest.specs';
import { inboxOf as inbox, textOf as text, type InboxMessage } from './mailpit-inbox';

/*
 * Issue 16: a breach reaches the supervisor by e-mail, through the real mail server of the test
 * profile (Mailpit), once. The e-mail request's clock is planned seconds ahead instead of working
 * days, so its real timers warn and breach while the test watches; the notifier runs in this
 * process on the run's schema, in a consumer group of its own.
 */

const LEAD_MS = 2_000;
const GAP_MS = 2_000;
const compressed = (plan: ClockPlan): ClockPlan => {
  const after = (ms: number) => new Date(Date.parse(plan.startedAt) + ms).toISOString();
  return { ...plan, warnAt: after(LEAD_MS), dueAt: after(LEAD_MS + GAP_MS), escalateFurther: null };
};
const stack = new ApiStack((real: WorkerActivities) => ({
  ...real,
  planServiceStandardClock: async (request) => compressed(await real.planServiceStandardClock(request)),
}));
const database = startedWithDatabase(stack);
const MAILPIT = stack.engines.mailpitUrl;
const SUPERVISOR = { id: `sophie-${stack.run}`, email: `sophie.gagnon.${stack.run}@mri.example` };
const OFFICER = { id: `marc-${stack.run}`, email: `marc.bouchard.${stack.run}@mri.example` };
const groupId = `t-notifier-${stack.run}`;
const log = jsonLogger('notifier', () => undefined);

const inboxOf = (address: string) => inbox(MAILPIT, address);
const textOf = (message: InboxMessage) => text(MAILPIT, message);

function notifier(): Promise<RunningNotifier> {
  const config = new NotifierConfig({ ...process.env, ...stack.deployment(), NOTIFIER_GROUP_ID: groupId, NOTIFIER_POLL_MS: '200' });
  return startNotifier(config, log);
}

/** The notifier of this file, sending from the stack's outbox until its end (started again mid-way). */
let running: RunningNotifier | undefined;
afterAll(() => running?.stop());

describe('the notifier, on the real mail server', () => {
  let caseId: string;
  /** The supervisor's messages about this test's case (the mail server keeps other runs' messages too). */
  const aboutTheCase = async () => (await inboxOf(SUPERVISOR.email)).filter(({ Subject }) => Subject.endsWith(caseReference(caseId)));

  beforeAll(async () => {
    const contact = (id: string, email: string, role: string) =>
      database().query(
        `INSERT INTO "${stack.schema}".staff_contact (id, name, email, role, teams, language, delivery) VALUES ($1, $1, $2, $3, $4, 'fr', 'immediate')`,
        [id, email, role, ['information-services']],
      );
    await contact(SUPERVISOR.id, SUPERVISOR.email, 'supervisor');
    await contact(OFFICER.id, OFFICER.email, 'case-officer');
    running = await notifier();
  });

  it('names what it needs in GET /health: the brokers, the mail server, the database', async () => {
    const health = await fetch(`http://127.0.0.1:${running!.healthPort}/health`);
    expect({ status: health.status, body: await health.json() }).toEqual({
      status: 200,
      body: { status: 'ok', checks: { kafka: 'up', smtp: 'up', database: 'up' } },
    });
  });

  it('tells the supervisor of a breach once, in French, with the due instant in Québec’s time', async () => {
    const received = await stack
      .http()
      .post('/email-requests')
      .set('Authorization', stack.bearer('intake-officer'))
      .send({ sender: { name: 'Awa Diallo', email: `awa.${stack.run}@example.org` }, subject: 'Stage', body: 'Bonjour' })
      .expect(201);
    caseId = received.body.caseId as string;
    const breached = await stack.readModel(caseId, (body) => body.timeline.some(({ type }) => type === 'ServiceStandardBreached'));
    const breach = breached.timeline.find(({ type }) => type === 'ServiceStandardBreached')! as { data: { dueAt: string } };
    const [message] = await eventually('the breach in the supervisor’s inbox', async () => {
      const found = (await inboxOf(SUPERVISOR.email)).filter(({ Subject }) => Subject.startsWith('Norme de service non respectée'));
      return found.length > 0 ? found : undefined;
    });
    expect(message!.To).toEqual([{ Name: SUPERVISOR.id, Address: SUPERVISOR.email }]);
    expect(message!.Subject).toBe(`Norme de service non respectée : Demande par courriel ${caseReference(caseId)}`);
    const text = await textOf(message!);
    expect(text).toContain(`/cases/${caseId}`);
    expect(text).toMatch(/Échéance\s:\s.+\(heure de l’Est\)/);
    // The officer is told of nothing: the case was never assigned, and a breach goes to supervisors.
    expect(await inboxOf(OFFICER.email)).toEqual([]);
    // The sender's personal information stays out of staff messages.
    expect(text).not.toContain('Awa Diallo');
    expect(breach.data.dueAt).toBeDefined();
    // Operators see it counted: sent once; nothing deferred or failed.
    await stack.http().get('/notifications/counts').set('Authorization', stack.bearer('supervisor')).expect(403);
    const counts = await stack.http().get('/notifications/counts').set('Authorization', stack.bearer('administrator')).expect(200);
    expect(counts.body).toEqual(
      expect.arrayContaining([{ kind: 'breach', sent: 1, pending: 0, deferred: 0, failed: 0, awaitingDigest: 0, bounced: 0 }]),
    );
    // And Prometheus does, on the notifier's /metrics (this process's metrics, the in-process worker's too).
    const metrics = await (await fetch(`http://127.0.0.1:${running!.healthPort}/metrics`)).text();
    expect(metrics).toMatch(/^entente_notifications_total\{kind="breach",outcome="sent"\} [1-9]/m);
    expect(metrics).toMatch(/^entente_deadline_breaches_total\{standard="[^"]+",case_type="email-request"\} [1-9]/m);
    expect(metrics).not.toContain(caseId);
  });

  it('sends nothing twice when the same events are read again from offset 0', async () => {
    // The warning (nobody held the case: its team's supervisors) and the breach.
    const before = await aboutTheCase();
    expect(before.map(({ Subject }) => Subject.split(' : ')[0]).sort()).toEqual(['Norme de service non respectée', 'Échéance proche']);
    await running!.stop();
    const topic = topicFor('email-request', stack.topicPrefix);
    const admin = kafkaFor(stack.engines, '-notifier-test', log).admin();
    await admin.connect();
    try {
      // Explicit offsets: kafkajs reads the "earliest" marker of resetOffsets as its fromBeginning, which is false.
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: ends.map(({ partition, low }) => ({ partition, offset: low })) });
      running = await notifier();
      // Read again to where the topic ended: every event since offset 0 has met its outbox row.
      await eventually('the notifier read the topic again', async () => {
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
        const at = new Map(committed!.partitions.map(({ partition, offset }) => [partition, BigInt(offset)]));
        return ends.every(({ partition, high }) => BigInt(high) === 0n || (at.get(partition) ?? -1n) >= BigInt(high)) ? true : undefined;
      });
    } finally {
      await admin.disconnect();
    }
    // Every row about the case was there before the replay, and is sent: the replay owed nothing new.
    const rows: { sent: boolean }[] = await database().query(
      `SELECT sent_at IS NOT NULL AS sent FROM "${stack.schema}".notification_outbox WHERE case_id = $1`,
      [caseId],
    );
    expect(rows).toEqual([{ sent: true }, { sent: true }]);
    const after = await aboutTheCase();
    expect(after.map(({ MessageID }) => MessageID).sort()).toEqual(before.map(({ MessageID }) => MessageID).sort());
  });
});

// While the notifier above sends from the stack's outbox.
dailyDigestSpecs(stack, database);
