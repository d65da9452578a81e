import { resealed, sealCase, steps } from '../testing/email-request.fixtures';
import { published } from '../testing/positioned-messages';
import { readMessage } from './read-message';

describe('reading a message', () => {
  const [received] = sealCase('c-1', [steps.received('c-1')]);

  it('reads an event as published', () => {
    expect(readMessage(published(received!))).toEqual({ readable: true, envelope: received });
  });

  it('names the case of a malformed message by its key, when it has one', () => {
    expect(readMessage({ key: Buffer.from('c-1'), value: Buffer.from('{oops') })).toEqual({
      readable: false,
      caseId: 'c-1',
      sequence: null,
      reason: 'malformed: message value is not JSON',
    });
    expect(readMessage({ key: Buffer.alloc(0), value: Buffer.from('[]') })).toMatchObject({
      caseId: null,
      reason: expect.stringMatching(/^malformed: not an event envelope/),
    });
  });

  it('refuses an unknown case type as malformed', () => {
    expect(readMessage(published({ ...received!, caseType: 'telegram' as never }))).toMatchObject({
      readable: false,
      caseId: 'c-1',
      reason: 'malformed: not an event envelope: unknown caseType telegram',
    });
  });

  it('does not read a schema newer than it knows, but says whose event it is', () => {
    expect(readMessage(published(resealed({ ...received!, schemaVersion: 4 })))).toEqual({
      readable: false,
      caseId: 'c-1',
      sequence: 1,
      reason: 'unknown schema: EmailRequestReceived version 4, newest known 3',
    });
  });
});
