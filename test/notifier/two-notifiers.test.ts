import { randomUUID } from 'node:crypto';
import type { Admin } from 'kafkajs';
import { NotifierConfig, startNotifier, type RunningNotifier } from '@entente/notifier';
import { createDataSource, runMigrations } from '@entente/persistence';
import { enginesConfig, jsonLogger, kafkaFor } from '@entente/platform';
import { createTopic } from '../projector/projector-harness';

/*
 * Issue 18: the cluster profile starts two notifiers in one group at the same moment. Each places
 * a new group at the topics' end before it joins, through kafkajs's setOffsets, which refuses
 * while the group has a member (its own temporary one, or the other notifier's): both must start,
 * and every partition be placed once.
 */

const engines = enginesConfig();
const run = randomUUID().slice(0, 8);
const schema = `t_two_notifiers_${run}`;
const topics = [1, 2, 3].map((index) => `t.two-notifiers.${run}.${index}`);
const groupId = `t-two-notifiers-${run}`;
const quiet = jsonLogger('test', () => undefined);
let admin: Admin;
const notifiers: RunningNotifier[] = [];

beforeAll(async () => {
  admin = kafkaFor(engines, '-two-notifiers-test', quiet).admin();
  await admin.connect();
  for (const topic of topics) await createTopic(admin, topic, 3);
  await runMigrations(engines.databaseUrl, schema);
});

afterAll(async () => {
  await Promise.all(notifiers.splice(0).map((notifier) => notifier.stop()));
  await admin.deleteTopics({ topics });
  await admin.disconnect();
  const database = await createDataSource({ databaseUrl: engines.databaseUrl, schema }).initialize();
  await database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await database.destroy();
});

it('waits while another member is in the new group, then places it', async () => {
  const stray = kafkaFor(engines, '-placing-member', quiet).consumer({ groupId: `${groupId}-b` });
  await stray.connect();
  await stray.subscribe({ topics: [topics[0]!] });
  const joined = new Promise<void>((resolve) => stray.on(stray.events.GROUP_JOIN, () => resolve()));
  await stray.run({ eachMessage: () => Promise.resolve() });
  await joined;
  const config = new NotifierConfig({
    ...process.env,
    DATABASE_SCHEMA: schema,
    NOTIFIER_TOPICS: topics.join(','),
    NOTIFIER_GROUP_ID: `${groupId}-b`,
  });
  const starting = startNotifier(config, quiet);
  // The other member leaves a few seconds later, as another notifier's placing member does.
  setTimeout(() => void stray.disconnect(), 3_000);
  notifiers.push(await starting);
  const placed = await admin.fetchOffsets({ groupId: `${groupId}-b`, topics });
  expect(placed.flatMap(({ partitions }) => partitions.map(({ offset }) => offset))).toEqual(Array(9).fill('0'));
});

it('starts two notifiers placing one new group at once, every partition placed at the end', async () => {
  const config = new NotifierConfig({
    ...process.env,
    DATABASE_SCHEMA: schema,
    NOTIFIER_TOPICS: topics.join(','),
    NOTIFIER_GROUP_ID: groupId,
  });
  notifiers.push(...(await Promise.all([startNotifier(config, quiet), startNotifier(config, quiet)])));
  const placed = await admin.fetchOffsets({ groupId, topics });
  expect(placed.flatMap(({ partitions }) => partitions.map(({ offset }) => offset))).toEqual(Array(9).fill('0'));
});
