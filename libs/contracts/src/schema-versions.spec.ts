import { EMAIL_REQUEST_SCHEMA_VERSIONS } from './email-request';
import type { EventEnvelope } from './envelope';
import { PERSONAL_INFORMATION_ERASED } from './privacy';
import { unknownSchemaOf } from './schema-versions';

describe('schemas this code reads', () => {
  const envelope = (type: string, schemaVersion: number) => ({ caseType: 'email-request', type, schemaVersion }) as EventEnvelope;

  it('reads every schema up to the newest it knows', () => {
    expect(unknownSchemaOf(envelope('EmailRequestReceived', 1))).toBeNull();
    expect(unknownSchemaOf(envelope('EmailRequestReceived', EMAIL_REQUEST_SCHEMA_VERSIONS.EmailRequestReceived))).toBeNull();
    expect(unknownSchemaOf(envelope(PERSONAL_INFORMATION_ERASED, 1))).toBeNull();
  });

  it('names a newer schema of a type it knows, a case type’s or any case’s', () => {
    expect(unknownSchemaOf(envelope('EmailRequestAssigned', 2))).toBe('unknown schema: EmailRequestAssigned version 2, newest known 1');
    expect(unknownSchemaOf(envelope(PERSONAL_INFORMATION_ERASED, 2))).toBe(
      `unknown schema: ${PERSONAL_INFORMATION_ERASED} version 2, newest known 1`,
    );
  });

  it('leaves a type it does not know to the reader, which applies it as unhandled', () => {
    expect(unknownSchemaOf(envelope('EmailRequestTranslated', 7))).toBeNull();
  });
});
