import type { ProjectionQuarantineEntity } from '@entente/persistence';
import type { SetAside } from '../read-models/plan-batch';
import type { QuarantinedMessage } from './plan-redrive';

export function quarantineRow(
  projection: string,
  { position, raw, caseId, sequence, reason }: SetAside,
  at: Date,
): ProjectionQuarantineEntity {
  const { topic, partition, offset } = position;
  return { projection, topic, partition, kafkaOffset: offset, key: raw.key, value: raw.value, caseId, sequence, reason, quarantinedAt: at };
}

export function quarantinedMessage(row: ProjectionQuarantineEntity): QuarantinedMessage {
  return {
    position: { topic: row.topic, partition: row.partition, offset: row.kafkaOffset },
    raw: { key: row.key, value: row.value },
    sequence: row.sequence,
    reason: row.reason,
  };
}
