import { randomUUID } from 'node:crypto';
import { NotifierConfig, startNotifier, type RunningNotifier } from '@entente/notifier';
import { caseReference } from '@entente/domain';
import { enginesConfig, jsonLogger } from '@entente/platform';
import { emailRequestWorkflow } from '@entente/workflows';
import { ReadModelRebuild } from '../../apps/projector/src/rebuild';
import { eventually, publish, topicAndSchemaOfItsOwn, type TopicAndSchema } from '../projector/projector-harness';
import { timeSkippingCases } from '../support/time-skipping-cases';
import { inboxOf, textOf } from './mailpit-inbox';

/*
 * Issue 16: an e-mail request left unanswered on the time-skipping server breaches its 4 working
 * days, and its team's supervisor gets one message saying when it was due, in Québec's time. The
 * workflow's events, as its publishing activity would send them, go to a Kafka topic of this
 * test's own, which the notifier reads; the message goes through Mailpit.
 */

const engines = enginesConfig();
const run = randomUUID().slice(0, 8);
const schema = `t_notifier_breach_${run}`;
const topic = `t.notifier-breach.${run}`;
const SUPERVISOR = { id: `sam-${run}`, email: `sam.breach.${run}@mri.example` };
const DIRECTOR = { id: `diane-${run}`, email: `diane.breach.${run}@mri.example` };
const cases = timeSkippingCases('email-request', emailRequestWorkflow);
let own: TopicAndSchema;
let notifier: RunningNotifier;

beforeAll(async () => {
  await cases.start();
  own = await topicAndSchemaOfItsOwn('-notifier-breach-test', topic, schema);
  await own.database.query(
    `INSERT INTO "${schema}".staff_contact (id, name, email, role, teams, language, delivery) VALUES ($1, 'Sam Tremblay', $2, 'supervisor', $3, 'en', 'daily-digest')`,
    [SUPERVISOR.id, SUPERVISOR.email, ['information-services']],
  );
  await own.database.query(
    `INSERT INTO "${schema}".staff_contact (id, name, email, role, teams, language, delivery) VALUES ($1, 'Diane Roy', $2, 'director', $3, 'fr', 'immediate')`,
    [DIRECTOR.id, DIRECTOR.email, ['information-services']],
  );
  const env = {
    ...process.env,
    DATABASE_SCHEMA: schema,
    NOTIFIER_TOPICS: topic,
    NOTIFIER_GROUP_ID: `t-breach-${run}`,
    NOTIFIER_POLL_MS: '200',
  };
  notifier = await startNotifier(
    new NotifierConfig(env),
    jsonLogger('notifier', () => undefined),
  );
});
afterAll(async () => {
  await notifier?.stop().catch(() => undefined);
  await cases.stop();
  await own?.remove();
});

let caseId: string;

it('tells the supervisor of a breach once, at once, with the due instant in Québec’s time', async () => {
  caseId = randomUUID();
  await cases.open(
    'ReceiveEmailRequest',
    { id: 'ines', role: 'intake-officer' },
    {
      caseId,
      sender: { name: 'Awa Diallo', email: 'awa@example.org' },
      subject: 'Stage OIG',
      body: 'Quels sont les critères ?',
      receivedAt: await cases.now(),
    },
  );
  const { dueAt } = (cases.eventsOf(caseId)[0]!.data as { clock: { dueAt: string } }).clock;
  await cases.sleepUntil(new Date(Date.parse(dueAt) + 60_000).toISOString());
  const breach = cases.sealedEventsOf(caseId).find(({ type }) => type === 'ServiceStandardBreached')!;
  expect(breach.data).toMatchObject({ dueAt });
  await publish(own.producer, topic, cases.sealedEventsOf(caseId));

  // She chose the digest: a breach never waits for it.
  const [message, ...more] = await eventually('the breach in the supervisor’s inbox', async () => {
    const found = (await inboxOf(engines.mailpitUrl, SUPERVISOR.email)).filter(({ Subject }) =>
      Subject.startsWith('Service standard breached'),
    );
    return found.length > 0 ? found : undefined;
  });
  expect(more).toEqual([]);
  expect(message!.Subject).toBe(`Service standard breached: E-mail request ${caseReference(caseId)}`);
  const shown = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(dueAt),
  );
  const text = await textOf(engines.mailpitUrl, message!);
  expect(text).toContain(`Due: ${shown} (Eastern time)`);
  expect(text).not.toContain('Awa Diallo');
  // The warning before it waits for her digest; the breach alone was sent.
  const rows: { kind: string; sent: boolean }[] = await own.database.query(
    `SELECT kind, sent_at IS NOT NULL AS sent FROM "${schema}".notification_outbox WHERE case_id = $1 ORDER BY kind`,
    [caseId],
  );
  expect(rows).toEqual([
    { kind: 'breach', sent: true },
    { kind: 'deadline-warning', sent: false },
  ]);
});

it('tells the director once when the breach is escalated to them, at its rung’s instant', async () => {
  const { escalateFurther } = (cases.eventsOf(caseId)[0]!.data as { clock: { escalateFurther: { at: string; to: string } } }).clock;
  expect(escalateFurther.to).toBe('director');
  await cases.sleepUntil(new Date(Date.parse(escalateFurther.at) + 60_000).toISOString());
  const escalation = cases.sealedEventsOf(caseId).find(({ type }) => type === 'ServiceStandardBreachEscalated')!;
  expect(escalation.data).toMatchObject({ escalatedTo: 'director' });
  // The whole history again, as a publisher sending its batches anew would: the breach is not sent twice.
  await publish(own.producer, topic, cases.sealedEventsOf(caseId));
  const [message, ...more] = await eventually('the escalation in the director’s inbox', async () => {
    const found = await inboxOf(engines.mailpitUrl, DIRECTOR.email);
    return found.length > 0 ? found : undefined;
  });
  expect(more).toEqual([]);
  expect(message!.Subject).toBe(`Dépassement porté à votre attention : Demande par courriel ${caseReference(caseId)}`);
  expect(await textOf(engines.mailpitUrl, message!)).not.toContain('Awa Diallo');
  expect((await inboxOf(engines.mailpitUrl, SUPERVISOR.email)).map(({ Subject }) => Subject)).toEqual([
    `Service standard breached: E-mail request ${caseReference(caseId)}`,
  ]);
});

it('sends nothing when the auditors rebuild the read models from offset 0', async () => {
  const outbox = () =>
    own.database.query(`SELECT event_id, recipient_id, attempts, sent_at FROM "${schema}".notification_outbox ORDER BY event_id`);
  const before = await outbox();
  const env = { ...process.env, DATABASE_SCHEMA: schema, PROJECTOR_TOPICS: topic, PROJECTOR_RUN_MIGRATIONS: 'false' };
  const rebuild = await ReadModelRebuild.start(
    env,
    jsonLogger('rebuild', () => undefined),
    `t_breach_rebuild_${run}`,
  );
  try {
    expect(await rebuild.untilCaughtUp()).toMatchObject({ events: cases.sealedEventsOf(caseId).length });
  } finally {
    await rebuild.finish({ keep: false });
  }
  // The notifier, still running on the same topic, owed and sent nothing more.
  await notifier.stop();
  expect(await outbox()).toEqual(before);
  expect((await inboxOf(engines.mailpitUrl, SUPERVISOR.email)).map(({ Subject }) => Subject)).toEqual([
    `Service standard breached: E-mail request ${caseReference(caseId)}`,
  ]);
});
