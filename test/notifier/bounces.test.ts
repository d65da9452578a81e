import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import type { EventEnvelope } from '@entente/contracts';
import { messageIdOf, NotifierConfig, returnPathFor, startNotifier, type RunningNotifier } from '@entente/notifier';
import { enginesConfig } from '@entente/platform';
import { eventually, publish, recordingLogger, topicAndSchemaOfItsOwn, type TopicAndSchema } from '../projector/projector-harness';
import { inboxOf, type InboxMessage } from './mailpit-inbox';

/*
 * Issue 16, ADR 0028: a message the mail server took may come back later, as a delivery status
 * notification sent to its return path. Here the remote server's part is played by the test: it
 * sends the report through the real mail server (Mailpit) to the address the message's envelope
 * named, and the notifier reads it over POP3 from Mailpit's mailbox, as from a real one.
 */

const engines = enginesConfig();
const run = randomUUID().slice(0, 8);
const topic = `t.bounces.${run}`;
const schema = `t_bounces_${run}`;
const RETURN = `bounces-${run}@entente.example`;
const SUPERVISOR = { id: `sophie-${run}`, email: `sophie.bounce.${run}@mri.example` };
const { logger, entries } = recordingLogger();
const smtp = createTransport({ host: engines.smtpHost, port: engines.smtpPort, secure: false });
let engine: TopicAndSchema;
let notifier: RunningNotifier;

beforeAll(async () => {
  engine = await topicAndSchemaOfItsOwn('-bounces-test', topic, schema);
  await engine.database.query(
    `INSERT INTO "${schema}".staff_contact (id, name, email, role, teams, language, delivery) VALUES ($1, 'Sophie', $2, 'supervisor', $3, 'fr', 'immediate')`,
    [SUPERVISOR.id, SUPERVISOR.email, ['information-services']],
  );
  const config = new NotifierConfig({
    ...process.env,
    DATABASE_SCHEMA: schema,
    NOTIFIER_TOPICS: topic,
    NOTIFIER_GROUP_ID: `t-bounces-${run}`,
    NOTIFIER_POLL_MS: '100',
    MAIL_RETURN_PATH: RETURN,
    BOUNCE_MAILBOX_URL: engines.mailpitPop3Url,
    BOUNCE_POLL_MS: '200',
  });
  notifier = await startNotifier(config, logger);
});
afterAll(async () => {
  await notifier?.stop();
  smtp.close();
  await engine?.remove();
});

/** A breach of a new case, owing its supervisor one message; answers that message's Message-ID once it is in the inbox. */
async function breachSent(): Promise<{ eventId: string; messageId: string }> {
  const caseId = randomUUID();
  const breach: EventEnvelope = {
    eventId: `${caseId}:4`,
    caseId,
    caseType: 'email-request',
    sequence: 4,
    type: 'ServiceStandardBreached',
    schemaVersion: 1,
    occurredAt: new Date().toISOString(),
    actor: { id: 'system', role: 'system' },
    correlationId: randomUUID(),
    data: { dueAt: '2027-01-15T22:00:00.000Z', escalatedTo: 'supervisor' },
    previousHash: null,
    hash: randomUUID(),
  };
  await publish(engine.producer, topic, [breach]);
  const messageId = messageIdOf(breach.eventId, SUPERVISOR.id);
  await eventually('the breach in the inbox', async () => (await row(breach.eventId))?.sent || undefined);
  return { eventId: breach.eventId, messageId };
}

interface OutboxState {
  sent: boolean;
  failed: boolean;
  attempts: number;
  bounced: boolean;
  bounce_status: string | null;
  last_error: string | null;
}
async function row(eventId: string): Promise<OutboxState | undefined> {
  const [found] = await engine.database.query<OutboxState[]>(
    `SELECT sent_at IS NOT NULL AS sent, failed_at IS NOT NULL AS failed, attempts, bounced_at IS NOT NULL AS bounced, bounce_status, last_error
       FROM "${schema}".notification_outbox WHERE event_id = $1`,
    [eventId],
  );
  return found;
}

/** What the recipient's server sends back: a report (RFC 3464) on the message, to `to`. */
async function reportSent(to: string, { status, action = 'failed', messageId }: { status: string; action?: string; messageId: string }) {
  const boundary = `report-${randomUUID()}`;
  const raw = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.mri.example>',
    `To: ${to}`,
    `Subject: Undelivered Mail Returned to Sender ${run}`,
    `Message-ID: <${randomUUID()}@mx.mri.example>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Your message could not be delivered.',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.mri.example',
    '',
    `Final-Recipient: rfc822; ${SUPERVISOR.email}`,
    `Action: ${action}`,
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${status.startsWith('5') ? '550' : '452'} ${status} <${SUPERVISOR.email}>: mailbox unavailable`,
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    `Message-ID: ${messageId}`,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  await smtp.sendMail({ envelope: { from: `MAILER-DAEMON@mx.mri.example`, to }, raw });
}

const reportsIn = async (to: string): Promise<InboxMessage[]> => inboxOf(engines.mailpitUrl, to);

describe('a bounce that comes back by mail', () => {
  it('is sent with a return path that names the message', async () => {
    const { messageId } = await breachSent();
    const [sent] = (await inboxOf(engines.mailpitUrl, SUPERVISOR.email)).filter(({ MessageID }) => `<${MessageID}>` === messageId);
    const detail = (await (await fetch(`${engines.mailpitUrl}/api/v1/message/${sent!.ID}`)).json()) as { ReturnPath: string };
    expect(detail.ReturnPath).toBe(returnPathFor(messageId, RETURN));
    expect(detail.ReturnPath).toMatch(new RegExp(`^bounces-${run}\\+[0-9a-f]{40}@entente\\.example$`));
  });

  it('reports a permanent failure at once, without the address, and takes the report out of the mailbox', async () => {
    const { eventId, messageId } = await breachSent();
    const returnPath = returnPathFor(messageId, RETURN);
    await reportSent(returnPath, { status: '5.1.1', messageId });
    const bounced = await eventually('the bounce recorded', async () => ((await row(eventId))?.bounced ? row(eventId) : undefined));
    expect(bounced).toEqual({
      sent: false,
      failed: true,
      attempts: 1,
      bounced: true,
      bounce_status: '5.1.1',
      last_error: 'bounced: smtp; 550 5.1.1 <[address]>: mailbox unavailable',
    });
    await eventually('the report deleted from the mailbox', async () => ((await reportsIn(returnPath)).length === 0 ? true : undefined));
    const told = entries
      .filter(({ fields }) => fields.eventId === eventId)
      .map(({ level, message, fields }) => [level, message, fields.status]);
    expect(told).toEqual([
      ['info', 'message sent', undefined],
      ['warn', 'message bounced, failed', '5.1.1'],
    ]);
    expect(JSON.stringify(entries)).not.toContain(SUPERVISOR.email);
  });

  it('sends a message again after a transient failure, and leaves a delay notice’s message as it was', async () => {
    const { eventId, messageId } = await breachSent();
    await reportSent(returnPathFor(messageId, RETURN), { status: '4.4.7', action: 'delayed', messageId });
    await reportSent(returnPathFor(messageId, RETURN), { status: '4.2.2', messageId });
    const resent = await eventually('sent again after the bounce', async () => {
      const state = await row(eventId);
      return state?.bounced && state.sent ? state : undefined;
    });
    expect(resent).toMatchObject({ sent: true, failed: false, attempts: 2, bounce_status: '4.2.2' });
    const told = entries.filter(({ fields }) => fields.messageId === messageId).map(({ message, fields }) => [message, fields.status]);
    expect(told).toEqual([['delivery delayed', '4.4.7']]);
  });

  it('leaves what is not its own in the mailbox: another deployment’s report, a person’s reply', async () => {
    const foreign = messageIdOf(`elsewhere-${run}:1`, 'someone');
    const bareReturn = `bounces-${run}-elsewhere@entente.example`;
    await reportSent(bareReturn, { status: '5.1.1', messageId: foreign });
    await smtp.sendMail({ from: SUPERVISOR.email, to: returnPathFor(foreign, RETURN), subject: `Re: ${run}`, text: 'Merci.' });
    // One of its own sent after them: once it is recorded, the mailbox has been read past them.
    const { eventId, messageId } = await breachSent();
    await reportSent(returnPathFor(messageId, RETURN), { status: '5.2.1', messageId });
    await eventually('its own report recorded', async () => ((await row(eventId))?.bounced ? true : undefined));
    expect((await reportsIn(bareReturn)).length).toBe(1);
    expect((await reportsIn(returnPathFor(foreign, RETURN))).length).toBe(1);
  });
});
