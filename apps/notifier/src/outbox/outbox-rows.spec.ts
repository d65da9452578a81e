import type { EventEnvelope } from '@entente/contracts';
import type { StaffContact } from '@entente/domain';
import { messageIdOf } from '@entente/persistence';
import { outboxRowsFor } from './outbox-rows';

const supervisor: StaffContact = {
  id: 'sophie.gagnon',
  name: 'Sophie Gagnon',
  email: 'sophie.gagnon@mri.example',
  role: 'supervisor',
  teams: ['information-services'],
  language: 'fr',
  delivery: 'daily-digest',
};
const breach = {
  eventId: 'c-1:3',
  caseId: 'c-1',
  caseType: 'email-request',
  sequence: 3,
  type: 'ServiceStandardBreached',
  data: { standardId: 'email-information-request', dueAt: '2027-01-15T22:00:00.000Z', escalatedTo: 'supervisor' },
} as unknown as EventEnvelope;

describe('the outbox rows an event owes', () => {
  it('given a breach of an e-mail request, owes its team’s supervisor one immediate message about its due instant', () => {
    expect(outboxRowsFor(breach, [supervisor])).toEqual([
      {
        eventId: 'c-1:3',
        recipientId: 'sophie.gagnon',
        caseId: 'c-1',
        caseType: 'email-request',
        kind: 'breach',
        immediate: true,
        dueAt: new Date('2027-01-15T22:00:00.000Z'),
        messageId: messageIdOf('c-1:3', 'sophie.gagnon'),
        address: null,
        recipientName: null,
        recipientLanguage: null,
      },
    ]);
  });

  it('owes a mission participant their evaluation at the address the event carries, sealed as it came', () => {
    const sent = {
      ...breach,
      eventId: 'm-1:9',
      caseId: 'm-1',
      caseType: 'premier-mission',
      type: 'MissionEvaluationSent',
      data: { participantId: 'ulaval', name: 'Université Laval', contact: { name: '$enc:v1:n', email: '$enc:v1:e', phone: null } },
    } as unknown as EventEnvelope;
    expect(outboxRowsFor(sent, [supervisor])).toEqual([
      expect.objectContaining({
        recipientId: 'participant/ulaval',
        kind: 'evaluation-request',
        immediate: true,
        address: '$enc:v1:e',
        recipientName: '$enc:v1:n',
        recipientLanguage: null,
        messageId: messageIdOf('m-1:9', 'participant/ulaval'),
      }),
    ]);
    expect(outboxRowsFor({ ...sent, type: 'MissionEvaluationReminderSent' }, [])[0]?.kind).toBe('evaluation-reminder');
    // A contact who corresponds in English is written to in English alone.
    const english = { ...sent, data: { ...(sent.data as object), contact: { name: 'n', email: 'e', phone: null, language: 'en' } } };
    expect(outboxRowsFor(english, [])[0]?.recipientLanguage).toBe('en');
  });

  it('owes nothing to a supervisor of another team, nor for an event no rule names', () => {
    expect(outboxRowsFor({ ...breach, caseType: 'premier-mission' }, [supervisor])).toEqual([]);
    expect(outboxRowsFor({ ...breach, type: 'EmailRequestAnswered' }, [supervisor])).toEqual([]);
  });

  it('names each message by its event and recipient: the same pair, the same Message-ID; another, another', () => {
    expect(messageIdOf('c-1:3', 'sophie.gagnon')).toBe(messageIdOf('c-1:3', 'sophie.gagnon'));
    expect(messageIdOf('c-1:3', 'sophie.gagnon')).not.toBe(messageIdOf('c-1:4', 'sophie.gagnon'));
    expect(messageIdOf('c-1:3', 'sophie.gagnon')).toMatch(/^<[0-9a-f]{40}@notifier\.entente>$/);
  });
});
