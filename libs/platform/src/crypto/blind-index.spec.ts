import { randomBytes } from 'node:crypto';
import { blindDigest, blindIndexKey, normalizedIdentifier, personDigests } from './blind-index';

const key = blindIndexKey(randomBytes(32));

describe('the blind index of the people a case names', () => {
  it('compares addresses without case or spaces, and names without accents, case or punctuation', () => {
    expect(normalizedIdentifier('email', '  Awa.Diallo@Example.ORG ')).toBe('awa.diallo@example.org');
    expect(normalizedIdentifier('name', 'Côté,  Julie-Anne')).toBe('cote julie anne');
    expect(blindDigest(key, 'name', 'COTE Julie Anne')).toBe(blindDigest(key, 'name', 'Côté, Julie-Anne'));
    expect(blindDigest(key, 'name', ' — ')).toBeUndefined();
  });

  it('keys the digests: another key, or the same text as another kind, gives another digest', () => {
    const other = blindIndexKey(randomBytes(32));
    expect(blindDigest(other, 'email', 'awa@example.org')).not.toBe(blindDigest(key, 'email', 'awa@example.org'));
    expect(blindDigest(key, 'name', 'awa')).not.toBe(blindDigest(key, 'email', 'awa'));
    expect(blindDigest(key, 'email', 'awa@example.org')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds the address and the name an event names, once each, and nothing else', () => {
    const data = { sender: { email: 'awa@example.org', name: 'Awa Diallo' }, subject: 'awa@example.org', body: 'Awa Diallo' };
    expect(personDigests(key, 'email-request', data)).toEqual([
      { kind: 'email', digest: blindDigest(key, 'email', 'awa@example.org') },
      { kind: 'name', digest: blindDigest(key, 'name', 'Awa Diallo') },
    ]);
    expect(personDigests(key, 'cooperation-engagement', { team: [{ name: 'Li Wei' }, { name: 'li  wei' }] })).toHaveLength(1);
    expect(personDigests(key, 'email-request', { answer: 'Bonjour' })).toEqual([]);
  });

  it('finds a person under the address or name a correction records, and not under a corrected subject', () => {
    const correction = (field: string, correctedValue: string) => ({ field, correctedValue, reason: 'on request' });
    expect(personDigests(key, 'email-request', correction('sender.email', 'awa@example.ca'))).toEqual([
      { kind: 'email', digest: blindDigest(key, 'email', 'awa@example.ca') },
    ]);
    expect(personDigests(key, 'premier-mission', correction('participants.2.contact.name', 'Li Wei'))).toEqual([
      { kind: 'name', digest: blindDigest(key, 'name', 'Li Wei') },
    ]);
    expect(personDigests(key, 'email-request', correction('subject', 'awa@example.ca'))).toEqual([]);
  });
});
