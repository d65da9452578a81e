import { randomBytes } from 'node:crypto';
import { ERASED, MASKED } from '@entente/domain';
import { EnvelopeCaseKeyStore, InMemoryWrappedKeyTable, LocalKeyWrapper } from './case-key-store';
import { concealEventData, concealText, holdsPersonalInClear, isConcealed, revealFor, revealText } from './personal-field-cipher';

const CASE_ID = 'c0ffee00-0000-4000-8000-000000000016';
const RECEIVED = {
  messageId: 'm-1',
  sender: { name: 'Ana Tremblay', email: 'ana@example.org' },
  subject: 'Visite',
  body: 'Bonjour',
  receivedAt: '2026-12-01T14:00:00.000Z',
};

const keyStore = () => new EnvelopeCaseKeyStore(new InMemoryWrappedKeyTable(), new LocalKeyWrapper(randomBytes(32)));

describe('personal fields sealed under the case key', () => {
  it('seals every marked string of an event and leaves the rest, and the shape, as they were', () => {
    const key = randomBytes(32);
    const sealed = concealEventData(key, CASE_ID, 'email-request', RECEIVED) as typeof RECEIVED;
    expect([sealed.sender.name, sealed.sender.email, sealed.subject, sealed.body].every(isConcealed)).toBe(true);
    expect({ ...sealed, sender: null, subject: null, body: null }).toEqual({ ...RECEIVED, sender: null, subject: null, body: null });
    expect(JSON.stringify(sealed)).not.toContain('ana@example.org');
    expect(revealText(key, CASE_ID, sealed.sender.email)).toBe('ana@example.org');
  });

  it('seals each string inside a marked record, keeping nulls and numbers', () => {
    const sealed = concealEventData(randomBytes(32), CASE_ID, 'internship-application', {
      candidate: { name: 'Li', email: null, studyYear: 3 },
    }) as { candidate: { name: string; email: null; studyYear: number } };
    expect(isConcealed(sealed.candidate.name)).toBe(true);
    expect(sealed.candidate).toMatchObject({ email: null, studyYear: 3 });
  });

  it('seals with a fresh nonce each time, and opens only under the case it was sealed for', () => {
    const key = randomBytes(32);
    const once = concealText(key, CASE_ID, 'ana@example.org');
    expect(concealText(key, CASE_ID, 'ana@example.org')).not.toBe(once);
    expect(concealText(key, CASE_ID, once)).toBe(once);
    expect(revealText(key, 'another-case', once)).toBe(once);
  });

  it('tells an event stored with its personal fields in clear from one sealed', () => {
    expect(holdsPersonalInClear('email-request', RECEIVED)).toBe(true);
    expect(holdsPersonalInClear('email-request', concealEventData(randomBytes(32), CASE_ID, 'email-request', RECEIVED))).toBe(false);
    expect(holdsPersonalInClear('email-request', { messageId: 'm-2', receivedAt: RECEIVED.receivedAt })).toBe(false);
  });

  it('opens or masks sealed fields composed into a longer text, as a read model’s subject is', async () => {
    const keys = keyStore();
    const key = await keys.dataKey(CASE_ID);
    const subject = `Application: ${concealText(key, CASE_ID, 'Droit international')} (${concealText(key, CASE_ID, 'Université Laval')})`;
    expect(await revealFor(keys, CASE_ID, { subject }, true)).toEqual({ subject: 'Application: Droit international (Université Laval)' });
    expect(await revealFor(keys, CASE_ID, { subject }, false)).toEqual({ subject: 'Application: [masked] ([masked])' });
  });

  it('shows clear text (an event stored before encryption) as it is', () => {
    expect(revealText(undefined, CASE_ID, 'ana@example.org')).toBe('ana@example.org');
  });

  it('reads a field masked for a reader the policy masks, and erased for everyone once the case key is destroyed', async () => {
    const keys = keyStore();
    const sealed = concealEventData(await keys.dataKey(CASE_ID), CASE_ID, 'email-request', RECEIVED);
    expect(await revealFor(keys, CASE_ID, { data: sealed }, true)).toEqual({ data: RECEIVED });
    expect(await revealFor(keys, CASE_ID, { data: sealed }, false)).toMatchObject({
      data: { sender: { name: MASKED, email: MASKED }, subject: MASKED, messageId: 'm-1' },
    });
    await keys.destroy(CASE_ID);
    for (const shown of [true, false]) {
      expect(await revealFor(keys, CASE_ID, { data: sealed }, shown)).toMatchObject({
        data: { sender: { name: ERASED, email: ERASED }, subject: ERASED, body: ERASED, messageId: 'm-1' },
      });
    }
  });
});
