import type { EventEnvelope } from '@entente/contracts';
import type { CaseSummaryEntity } from '@entente/persistence';
import { DUE_AT, RECEIVED_AT, sealCase, steps, WARN_AT } from '../testing/email-request.fixtures';
import { evolveCaseSummary } from '../testing/case-summaries';

const fold = (events: readonly EventEnvelope[]): CaseSummaryEntity | null =>
  events.reduce<CaseSummaryEntity | null>((row, event) => evolveCaseSummary(row, event).row, null);

describe('case summary projection', () => {
  it('opens a running case on receipt', () => {
    expect(fold(sealCase('c-1', [steps.received('c-1')]))).toEqual({
      caseId: 'c-1',
      caseType: 'email-request',
      status: 'received',
      subject: 'Programme de mobilité jeunesse (c-1)',
      senderAddress: 'amina.diallo+c-1@example.org',
      senderName: 'Amina Diallo',
      assignee: null,
      receivedAt: new Date(RECEIVED_AT),
      warnAt: new Date(WARN_AT),
      dueAt: new Date(DUE_AT),
      clockState: 'running',
      standardId: 'email-information-request',
      standardVersion: 1,
      escalatedTo: null,
      answeredAt: null,
      endedAt: null,
      outcome: null,
      state: expect.objectContaining({ status: 'received', caseId: 'c-1', assignee: null }),
      lastSequence: 1,
      lastEventAt: new Date(RECEIVED_AT),
    });
  });

  it('follows assignment, reassignment, warning and an answer on time', () => {
    const row = fold(
      sealCase('c-1', [
        steps.received('c-1'),
        steps.assigned('officer-a'),
        steps.warned('officer-a'),
        steps.reassigned('officer-a', 'officer-b'),
        steps.answered('officer-b', '2026-11-27T15:00:00.000Z', 'met'),
      ]),
    );
    expect(row).toMatchObject({
      status: 'answered',
      assignee: 'officer-b',
      clockState: 'met',
      answeredAt: new Date('2026-11-27T15:00:00.000Z'),
      escalatedTo: null,
      lastSequence: 5,
      lastEventAt: new Date('2026-11-27T15:00:00.000Z'),
    });
  });

  it('records the escalation of a breach, then a late answer', () => {
    const events = sealCase('c-1', [
      steps.received('c-1'),
      steps.assigned('officer-a'),
      steps.warned('officer-a'),
      steps.breached(),
      steps.answered('officer-a', '2026-11-30T14:00:00.000Z', 'late'),
    ]);
    expect(fold(events.slice(0, 4))).toMatchObject({ status: 'assigned', clockState: 'breached', escalatedTo: 'supervisor' });
    expect(fold(events)).toMatchObject({ status: 'answered', clockState: 'late', escalatedTo: 'supervisor', lastSequence: 5 });
  });

  it('cancels the clock of a case closed without an answer', () => {
    const row = fold(
      sealCase('c-2', [
        steps.received('c-2'),
        steps.assigned('officer-a'),
        steps.closedAsDuplicate('officer-a', 'c-1', '2026-11-24T13:00:00.000Z'),
      ]),
    );
    expect(row).toMatchObject({
      status: 'closed',
      clockState: 'cancelled',
      endedAt: new Date('2026-11-24T13:00:00.000Z'),
      outcome: 'closed-without-answer',
      answeredAt: null,
    });
  });

  it('moves past an event type it does not know, keeping the rest of the row', () => {
    const [received] = sealCase('c-1', [steps.received('c-1')]);
    const before = evolveCaseSummary(null, received!).row;
    const unknown = { ...received!, sequence: 2, type: 'EmailRequestTranslated', occurredAt: '2026-11-24T10:00:00.000Z' };
    expect(evolveCaseSummary(before, unknown)).toEqual({
      row: { ...before, lastSequence: 2, lastEventAt: new Date('2026-11-24T10:00:00.000Z') },
      unhandled: true,
    });
  });

  it('keeps an erased case as it was closed, the erasure its last event', () => {
    const events = sealCase('c-3', [
      steps.received('c-3'),
      steps.assigned('officer-a'),
      steps.closedAsDuplicate('officer-a', 'c-1', '2026-11-24T13:00:00.000Z'),
    ]);
    const closed = fold(events)!;
    const erasure = {
      ...events[2]!,
      sequence: 4,
      type: 'PersonalInformationErased',
      data: { reason: 'Retention period over' },
      occurredAt: '2027-11-24T10:00:00.000Z',
    };
    expect(evolveCaseSummary(closed, erasure)).toEqual({
      row: { ...closed, lastSequence: 4, lastEventAt: new Date('2027-11-24T10:00:00.000Z') },
      unhandled: false,
    });
  });

  it('refuses an event for a case it has not seen received', () => {
    const [, assigned] = sealCase('c-1', [steps.received('c-1'), steps.assigned('officer-a')]);
    expect(() => evolveCaseSummary(null, assigned!)).toThrow('case c-1: EmailRequestAssigned (sequence 2) before its opening event');
  });

  it('refuses an event of a case type it does not know', () => {
    const [received] = sealCase('c-1', [steps.received('c-1')]);
    expect(() => evolveCaseSummary(null, { ...received!, caseType: 'parking-permit' as never })).toThrow(
      'case c-1: unknown case type parking-permit',
    );
  });
});
