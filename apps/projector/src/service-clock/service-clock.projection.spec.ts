import type { EventEnvelope } from '@entente/contracts';
import type { CaseSummaryEntity } from '@entente/persistence';
import { evolveCaseSummary } from '../testing/case-summaries';
import { DUE_AT, RECEIVED_AT, sealCase, steps } from '../testing/email-request.fixtures';
import { serviceClocksOf } from './service-clock.projection';

const summaryOf = (events: readonly EventEnvelope[]): CaseSummaryEntity =>
  events.reduce<CaseSummaryEntity | null>((row, event) => evolveCaseSummary(row, event).row, null)!;

describe('service clock rows', () => {
  it('count the working days an answer took: Monday to Thursday is 3', () => {
    const answered = summaryOf(
      sealCase('c-1', [steps.received('c-1'), steps.assigned('a'), steps.answered('a', '2026-11-26T15:00:00.000Z', 'met')]),
    );
    expect(serviceClocksOf(answered)).toEqual([
      {
        caseId: 'c-1',
        standardId: 'email-information-request',
        caseType: 'email-request',
        standardVersion: 1,
        startedAt: new Date(RECEIVED_AT),
        dueAt: new Date(DUE_AT),
        stoppedAt: new Date('2026-11-26T15:00:00.000Z'),
        state: 'met',
        breached: false,
        workingDaysTaken: 3,
      },
    ]);
  });

  it('mark a breach, and count a late answer past the weekend', () => {
    const late = summaryOf(
      sealCase('c-2', [
        steps.received('c-2'),
        steps.assigned('a'),
        steps.breached(),
        steps.answered('a', '2026-12-01T15:00:00.000Z', 'late'),
      ]),
    );
    expect(serviceClocksOf(late)).toMatchObject([{ state: 'late', breached: true, workingDaysTaken: 6 }]);
  });

  it('count to the instant an answer was sent, not when it was typed after the breach: on time, never past due', () => {
    const recordedLate = summaryOf(
      sealCase('c-5', [
        steps.received('c-5'),
        steps.assigned('a'),
        steps.breached(),
        steps.answered('a', '2026-11-26T15:00:00.000Z', 'met', '2026-12-01T15:00:00.000Z'),
      ]),
    );
    expect(serviceClocksOf(recordedLate)).toMatchObject([
      { state: 'met', breached: false, stoppedAt: new Date('2026-11-26T15:00:00.000Z'), workingDaysTaken: 3 },
    ]);
  });

  it('leave the days empty while the clock runs or once it is cancelled', () => {
    expect(serviceClocksOf(summaryOf(sealCase('c-3', [steps.received('c-3')])))).toMatchObject([
      { state: 'running', stoppedAt: null, workingDaysTaken: null },
    ]);
    const closed = summaryOf(
      sealCase('c-4', [steps.received('c-4'), steps.assigned('a'), steps.closedAsDuplicate('a', 'c-1', '2026-11-24T13:00:00.000Z')]),
    );
    expect(serviceClocksOf(closed)).toMatchObject([{ state: 'cancelled', workingDaysTaken: null, breached: false }]);
  });
});
