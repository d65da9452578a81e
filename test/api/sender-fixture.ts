import type { DataSource } from 'typeorm';
import { topicFor } from '@entente/contracts';
import { createDataSource } from '@entente/persistence';
import { jsonLogger, kafkaFor } from '@entente/platform';
import { TopicTail } from '../support/topic-tail';
import type { ApiStack } from './api-harness';

/** Whether `bytes` hold the UTF-8 bytes of `text` anywhere. */
export const holds = (bytes: Buffer | string, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'utf8'));

/**
 * A run-unique sender and e-mail, the e-mail topic's tail and the byte search for the sender:
 * what the tests of personal information at rest look for in every store.
 */
export function senderFixture(stack: ApiStack, consumer: string) {
  const sender = { name: `Awa Diallo ${stack.run}`, email: `awa.diallo.${stack.run}@example.org` };
  const email = { sender, subject: `Stage ${stack.run}`, body: `Écrivez-moi à ${sender.email}` };
  const tail = new TopicTail(
    kafkaFor(
      stack.engines,
      consumer,
      jsonLogger('test', () => undefined),
    ),
    topicFor('email-request', stack.topicPrefix),
  );
  const holdsSender = (bytes: Buffer | string) => holds(bytes, sender.email) || holds(bytes, sender.name);
  return { sender, email, tail, holdsSender };
}

/** Starts the stack before the file's tests, with a connection to its schema as the owner; stops both after. */
export function startedWithDatabase(stack: ApiStack): () => DataSource {
  let database: DataSource | undefined;
  beforeAll(async () => {
    await stack.start();
    database = await createDataSource({ databaseUrl: stack.engines.databaseUrl, schema: stack.schema }).initialize();
  });
  afterAll(async () => {
    await database?.destroy();
    await stack.stop();
  });
  return () => database!;
}
