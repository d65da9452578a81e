import { EventEnvelope, MalformedEvent, parseEnvelope, unknownSchemaOf } from '@entente/contracts';

/** A Kafka message as received: the publisher keys it by case id, its value is the envelope's JSON. */
export interface RawMessage {
  readonly key: Buffer | null;
  readonly value: Buffer | null;
}

/** What this projector makes of a message: an event it can fold, or why it cannot. */
export type Reading =
  | { readonly readable: true; readonly envelope: EventEnvelope }
  | {
      readonly readable: false;
      /** From the envelope when it parses, else from the key: the case the message belongs to. */
      readonly caseId: string | null;
      readonly sequence: number | null;
      readonly reason: string;
    };

/** Reads a message with today's code: a re-drive reads a set-aside message again the same way. */
export function readMessage({ key, value }: RawMessage): Reading {
  let envelope: EventEnvelope;
  try {
    envelope = parseEnvelope(value);
  } catch (error) {
    if (!(error instanceof MalformedEvent)) throw error;
    return { readable: false, caseId: key?.length ? key.toString('utf8') : null, sequence: null, reason: `malformed: ${error.message}` };
  }
  const unknownSchema = unknownSchemaOf(envelope);
  if (unknownSchema) return { readable: false, caseId: envelope.caseId, sequence: envelope.sequence, reason: unknownSchema };
  return { readable: true, envelope };
}

export function caseIdOf(reading: Reading): string | null {
  return reading.readable ? reading.envelope.caseId : reading.caseId;
}
