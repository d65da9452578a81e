import { setTimeout as sleep } from 'node:timers/promises';
import type { Kafka } from 'kafkajs';
import { Client as PgClient } from 'pg';
import type { Client } from '@temporalio/client';
import { caseWorkflowId } from '@entente/contracts';
import { messagesBetween, topicEnds, type PartitionOffsets } from '@entente/platform';
import { caseIdOf, type DrillCase } from '../load/email-load';
import type { EventCopy, Findings } from './tally';

function parsed(value: Buffer | null): EventCopy | undefined {
  try {
    const { caseId, sequence, eventId, type } = JSON.parse(value?.toString() ?? '') as EventCopy;
    return typeof caseId === 'string' && typeof sequence === 'number' ? { caseId, sequence, eventId, type } : undefined;
  } catch {
    return undefined;
  }
}

/** The read model's timeline rows of the drill's cases. */
async function storedEvents(database: PgClient, schema: string, caseIds: readonly string[]): Promise<EventCopy[]> {
  const { rows } = await database.query<{ case_id: string; sequence: number; event_id: string; type: string }>(
    `SELECT case_id, sequence, event_id, type FROM "${schema}".case_event WHERE case_id = ANY($1)`,
    [caseIds],
  );
  return rows.map((row) => ({ caseId: row.case_id, sequence: row.sequence, eventId: row.event_id, type: row.type }));
}

/** Polls the read model, on one connection, until every answered command's event is stored or nothing changed for `quietMs`. */
async function storedOnceCaughtUp(sources: FindingSources, caseIds: readonly string[], expected: number, quietMs: number) {
  const database = new PgClient({ connectionString: sources.databaseUrl });
  await database.connect();
  try {
    let stored = await storedEvents(database, sources.schema, caseIds);
    for (let lastChange = Date.now(), seen = stored.length; stored.length < expected && Date.now() - lastChange <= quietMs;) {
      await sleep(500);
      stored = await storedEvents(database, sources.schema, caseIds);
      if (stored.length !== seen) [seen, lastChange] = [stored.length, Date.now()];
    }
    return stored;
  } finally {
    await database.end();
  }
}

export interface FindingSources {
  readonly kafka: Kafka;
  readonly topic: string;
  readonly from: PartitionOffsets;
  readonly databaseUrl: string;
  readonly schema: string;
}

/**
 * The topic's copies and the read model's rows once the projector has caught up: every event of
 * the drill's cases on the topic stored (commands' and deadlines'), or no progress for `quietMs`
 * (what is still missing then is lost).
 */
export async function collectFindings(sources: FindingSources, cases: readonly DrillCase[], quietMs = 60_000): Promise<Findings> {
  const caseIds = cases.flatMap((drillCase) => caseIdOf(drillCase) ?? []);
  const to = await topicEnds(sources.kafka, sources.topic);
  const ours = new Set(caseIds);
  // What is not an event (the poison message) is no copy of anything.
  const copies = (await messagesBetween(sources.kafka, sources.topic, sources.from, to)).flatMap((message) => parsed(message.value) ?? []);
  const published = copies.filter((event) => ours.has(event.caseId));
  const stored = await storedOnceCaughtUp(sources, caseIds, new Set(published.map((event) => event.eventId)).size, quietMs);
  return { published, stored };
}

/** Cases whose last step was answered, whose workflow still runs after `graceMs`: nothing will end them. */
export async function stuckWorkflows(temporal: Client, cases: readonly DrillCase[], graceMs = 30_000): Promise<number> {
  let running = cases.filter((drillCase) => drillCase.commands[2]?.answer);
  for (const until = Date.now() + graceMs; running.length > 0 && Date.now() < until; await sleep(1_000)) {
    const statuses = await Promise.all(
      running.map(
        async (drillCase) =>
          (await temporal.workflow.getHandle(caseWorkflowId('email-request', caseIdOf(drillCase)!)).describe()).status.name,
      ),
    );
    running = running.filter((_, index) => statuses[index] === 'RUNNING');
  }
  return running.length;
}
