import type { EmailRequest } from '@entente/domain';
import { foldCase } from '../case-folds';
import { verifyChain } from '../chain-verification';
import { readStoredCase, STORED_V1_EMAIL_REQUEST } from '../testing/stored-email-request';
import { upcastWith } from '../upcasting';
import { EMAIL_REQUEST_SCHEMA_VERSIONS, EMAIL_REQUEST_UPCASTERS } from './email-request.schemas';

describe('an e-mail request whose receipt is stored at schema 1', () => {
  const { values, envelopes } = readStoredCase(STORED_V1_EMAIL_REQUEST);
  const received = envelopes[0]!;
  const upcast = upcastWith(EMAIL_REQUEST_UPCASTERS);

  it('holds a receipt without a reply language, at schema 1', () => {
    expect(received).toMatchObject({ type: 'EmailRequestReceived', schemaVersion: 1 });
    expect(received.data).not.toHaveProperty('replyLanguage');
  });

  const sender = { name: 'Nadia Benali', email: 'nadia.benali@example.org' };

  it('reads the receipt as the current schema: a French reply owed, the e-mail named email, everything else as written', () => {
    const current = upcast(received);
    expect(current.schemaVersion).toBe(EMAIL_REQUEST_SCHEMA_VERSIONS.EmailRequestReceived);
    expect(current.data).toEqual({ ...(received.data as object), sender, replyLanguage: 'fr' });
    expect({ ...current, schemaVersion: received.schemaVersion, data: received.data }).toEqual(received);
  });

  it('reads a receipt at schema 2 with its reply language and the e-mail named email', () => {
    const inEnglish = { ...received, schemaVersion: 2, data: { ...(received.data as object), replyLanguage: 'en' } };
    expect(upcast(inEnglish)).toEqual({ ...inEnglish, schemaVersion: 3, data: { ...inEnglish.data, sender } });
  });

  it('reads a receipt written at the current schema as it is', () => {
    const current = { ...received, schemaVersion: 3, data: { ...(received.data as object), sender, replyLanguage: 'en' } };
    expect(upcast(current)).toEqual(current);
  });

  it('keeps its stored bytes through reading, so its hash chain still verifies', () => {
    envelopes.forEach(upcast);
    expect(envelopes.map((envelope) => JSON.stringify(envelope))).toEqual(values);
    expect(verifyChain(envelopes)).toBeNull();
  });

  it('folds into the current state of the case', () => {
    const state = foldCase('email-request', envelopes) as EmailRequest;
    expect(state).toMatchObject({
      status: 'answered',
      sender: { name: 'Nadia Benali', email: 'nadia.benali@example.org' },
      subject: 'Québec sans frontières : séjour en Haïti',
      replyLanguage: 'fr',
      receivedAt: '2026-11-15T15:45:27.053Z',
      assignee: 'julie.cote',
      answeredAt: '2026-11-23T15:45:27.260Z',
      clock: { breached: true, outcome: 'late' },
    });
    expect(foldCase('email-request', envelopes.slice(0, 1))).toMatchObject({ status: 'received', replyLanguage: 'fr' });
  });
});

describe('an e-mail answer stored at schema 1', () => {
  const { envelopes } = readStoredCase(STORED_V1_EMAIL_REQUEST);
  const answered = envelopes.find((envelope) => envelope.type === 'EmailRequestAnswered')!;

  it('reads as recorded when it was sent, everything else as written', () => {
    expect(answered.schemaVersion).toBe(1);
    const current = upcastWith(EMAIL_REQUEST_UPCASTERS)(answered);
    expect(current.schemaVersion).toBe(EMAIL_REQUEST_SCHEMA_VERSIONS.EmailRequestAnswered);
    const data = answered.data as { answeredAt: string };
    expect(current.data).toEqual({ ...data, recordedAt: data.answeredAt });
  });
});
