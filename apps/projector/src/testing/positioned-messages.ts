import type { EventEnvelope } from '@entente/contracts';
import type { PositionedMessage } from '../read-models/plan-batch';
import { readMessage } from '../read-models/read-message';

/** A message as the publisher writes it: key = case id, value = the envelope's JSON. */
export function published(envelope: EventEnvelope): { key: Buffer; value: Buffer } {
  return { key: Buffer.from(envelope.caseId), value: Buffer.from(JSON.stringify(envelope)) };
}

/** Messages at consecutive offsets of partition 0 of topic `t`, read as the projector reads them. */
export function positioned(
  messages: readonly (EventEnvelope | { key: Buffer | null; value: Buffer | null })[],
  firstOffset = 0,
): PositionedMessage[] {
  return messages.map((message, index) => {
    const raw = 'eventId' in message ? published(message) : message;
    return { position: { topic: 't', partition: 0, offset: String(firstOffset + index) }, raw, reading: readMessage(raw) };
  });
}
