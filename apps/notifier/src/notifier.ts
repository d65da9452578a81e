import { setTimeout as nextPoll } from 'node:timers/promises';
import type { Admin, Batch, Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { MalformedEvent, parseEnvelope, type EventEnvelope } from '@entente/contracts';
import { notifies } from '@entente/domain';
import { caseKeyStore, createDataSource } from '@entente/persistence';
import { connectionUrlOf, inConsumedBatch, kafkaFor, keyEncryptionKey, serveHealthWithBrokers, type Logger } from '@entente/platform';
import type { NotifierConfig } from './config/notifier.config';
import { failpoint, type NotifierFailpoint } from './drill/failpoints';
import { NotificationOutbox } from './outbox/notification-outbox';
import { outboxRowsFor } from './outbox/outbox-rows';
import { Addressees } from './sending/addressees';
import { MailSender } from './sending/mail-sender';
import { BounceMailbox } from './bounces/bounce-mailbox';

/** A running notifier: stops consuming, finishes the message in hand, and closes what it opened. */
export interface RunningNotifier {
  /** Where its `GET /health` answers (NOTIFIER_PORT, or the free port 0 found). */
  readonly healthPort: number;
  stop(): Promise<void>;
}

/**
 * The notifier (issue 16): a consumer group of its own on the case topics turns each event into
 * the outbox rows it owes, written before the batch's offsets are committed; a loop beside it
 * sends the rows due through SMTP. Consumer and sender share nothing but the outbox, so a crash
 * of either loses nothing and sends nothing twice.
 */
export async function startNotifier(config: NotifierConfig, log: Logger): Promise<RunningNotifier> {
  const database = await createDataSource({ databaseUrl: connectionUrlOf(config), schema: config.databaseSchema }).initialize();
  const outbox = new NotificationOutbox(database);
  const addressees = new Addressees(config, outbox, caseKeyStore(database, keyEncryptionKey(config)));
  const sender = new MailSender(config, outbox, addressees, log);
  const kafka = kafkaFor(config, '-notifier', log);
  await retriedWhileRetriable(() => placeNewGroup(kafka, config.groupId, config.topics, log), log);
  const consumer = kafka.consumer({ groupId: config.groupId, maxWaitTimeInMs: 1000, sessionTimeout: config.sessionTimeoutMs });
  await consumer.connect();
  await consumer.subscribe({ topics: [...config.topics], fromBeginning: false });
  // Started once in the group: from then on, no event published is missed.
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    eachBatch: (payload) =>
      inConsumedBatch(`notify ${payload.batch.topic}`, payload.batch.messages, { 'messaging.destination.name': payload.batch.topic }, () =>
        recordBatch(payload, outbox, consumer, config.failpoint, log),
      ),
  });
  await joined;
  const health = await serveHealthWithBrokers(
    config.port,
    kafka,
    { smtp: () => sender.reachable(), database: () => database.query('SELECT 1') },
    config.host,
  );
  const smtp = `${config.smtpHost}:${config.smtpPort}`;
  const mailbox = config.bounceMailbox ? `${config.bounceMailbox.host}:${config.bounceMailbox.port}` : 'not read';
  log.info('notifier started', { groupId: config.groupId, topics: config.topics, smtp, bounceMailbox: mailbox, health: health.port });
  const sending = repeatedUntilStopped('sending', () => sender.sendDue(), config.pollMs, log);
  const bounces = config.bounceMailbox
    ? new BounceMailbox(config.bounceMailbox, config.mailReturnPath, outbox, config.maxAttempts, log)
    : null;
  // A bounce is no emergency: the mailbox is read every BOUNCE_POLL_MS, never again at once (0 done).
  const readBounces = async () => {
    await bounces?.read();
    return 0;
  };
  const reading = bounces && repeatedUntilStopped('reading bounces', readBounces, config.bouncePollMs, log);
  return {
    healthPort: health.port,
    async stop() {
      await health.close();
      await consumer.disconnect();
      await Promise.all([sending.stop(), reading?.stop()]);
      sender.close();
      await database.destroy();
      log.info('notifier stopped');
    },
  };
}

/**
 * A new group starts at the topics' end (a deployment is not told of what happened before it), and
 * that position is committed before it reads anything: a crash before its first commit resumes
 * there, not at wherever the end has moved by then. Each topic is placed on its own, and again
 * if another notifier is placing the group at the same moment (below).
 */
async function placeNewGroup(kafka: Kafka, groupId: string, topics: readonly string[], log: Logger): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (const topic of topics) await retriedWhileRetriable(() => placeTopic(admin, groupId, topic, log), log, 60);
  } finally {
    await admin.disconnect();
  }
}

async function placeTopic(admin: Admin, groupId: string, topic: string, log: Logger): Promise<void> {
  const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
  const unplaced = new Set(offsets!.partitions.filter(({ offset }) => offset === '-1').map(({ partition }) => partition));
  if (unplaced.size === 0) return;
  const ends = (await admin.fetchTopicOffsets(topic)).filter(({ partition }) => unplaced.has(partition));
  try {
    await admin.setOffsets({ groupId, topic, partitions: ends.map(({ partition, high }) => ({ partition, offset: high })) });
  } catch (error) {
    throw placingElsewhere(error);
  }
  log.info('notifier group placed at the end', { groupId, topic, partitions: ends.length });
}

/**
 * kafkajs commits a group's offsets through a member of its own, and refuses to while the group
 * has members: two notifiers started together on a new group (the cluster profile's two) meet
 * each other's. The group is being placed, or was placed by a notifier that has joined it since:
 * the topic's offsets are read again shortly, and what is placed by then is left as it is.
 */
function placingElsewhere(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.includes('consumer group must have no running instances')) return error;
  return Object.assign(new Error(`another member is in the group: ${error.message}`), { retriable: true });
}

/**
 * A broker that is electing the group's coordinator, or has just started, answers with errors it
 * marks retriable ("not the correct coordinator"): the notifier waits and asks again rather than
 * dying at its start.
 */
async function retriedWhileRetriable(attempt: () => Promise<void>, log: Logger, attempts = 20): Promise<void> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= attempts || !(error as { retriable?: boolean }).retriable) throw error;
      log.warn('kafka not ready, trying again', { tried, error: error instanceof Error ? error.message : String(error) });
      await nextPoll(Math.min(250 * tried, 2000));
    }
  }
}

async function recordBatch(
  payload: EachBatchPayload,
  outbox: NotificationOutbox,
  consumer: Consumer,
  armed: NotifierFailpoint,
  log: Logger,
) {
  // kafkajs hands these as plain closures over the batch, though typed as methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { batch, resolveOffset, heartbeat } = payload;
  const envelopes = batch.messages.flatMap((message) => readable(message, batch, log));
  // The directory is read only for a batch that holds an event some rule names: most hold none.
  const named = envelopes.filter(({ type }) => notifies(type));
  const directory = named.length > 0 ? await outbox.directory() : [];
  const rows = named.flatMap((envelope) => outboxRowsFor(envelope, directory));
  failpoint(armed, 'before-outbox-write');
  await outbox.record(rows);
  failpoint(armed, 'after-outbox-write');
  resolveOffset(batch.lastOffset());
  // Committed only once the rows are: the group's position is where the notifier resumes.
  const next = (BigInt(batch.lastOffset()) + 1n).toString();
  await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: next }]);
  failpoint(armed, 'after-commit');
  await heartbeat();
  if (rows.length > 0) log.info('messages owed', { topic: batch.topic, partition: batch.partition, messages: rows.length });
}

/**
 * A message that is no event envelope owes no one anything the notifier could say: it is passed
 * over, named in an error log (topic, partition, offset), so that it never holds up the messages
 * after it. The projector, which keeps the record, is where such a message is dealt with.
 */
function readable(message: KafkaMessage, batch: Batch, log: Logger): EventEnvelope[] {
  try {
    return [parseEnvelope(message.value)];
  } catch (error) {
    if (!(error instanceof MalformedEvent)) throw error;
    log.error('message passed over', { topic: batch.topic, partition: batch.partition, offset: message.offset, reason: error.message });
    return [];
  }
}

/** Runs `work` until stopped: again at once while it did some, else after `pollMs`. */
function repeatedUntilStopped(what: string, work: () => Promise<number>, pollMs: number, log: Logger): { stop(): Promise<void> } {
  const stopping = new AbortController();
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        if ((await work()) > 0) continue;
      } catch (error) {
        log.error(`${what} failed`, { error: error instanceof Error ? error.message : String(error) });
      }
      // Cut short by stop(): a long poll (the bounce mailbox's minute) never holds a shutdown.
      await nextPoll(pollMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
