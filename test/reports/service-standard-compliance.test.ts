import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CaseSummaryEntity, createDataSource, runMigrations, ServiceClockEntity } from '@entente/persistence';
import { enginesConfig } from '@entente/platform';
import { ServiceStandardComplianceUseCase } from '../../apps/api/src/reports/use-cases/service-standard-compliance.use-case';

// The compliance figures are SQL over the service_clock and case_summary read models: checked on
// a real PostgreSQL with clocks whose answers are known, and telephone calls whose outcomes are,
// including a clock and a call on the last evening of October, Québec time (already November in UTC).

const EMAIL = 'email-information-request';
const COMPLAINT = 'complaint';

function clock(
  standardId: string,
  startedAt: string,
  stopped: { state: ServiceClockEntity['state']; days?: number; breached?: boolean },
): ServiceClockEntity {
  const running = ['running', 'warned', 'breached'].includes(stopped.state);
  return {
    caseId: randomUUID(),
    standardId,
    caseType: standardId === EMAIL ? 'email-request' : 'complaint',
    standardVersion: 1,
    startedAt: new Date(startedAt),
    dueAt: new Date(Date.parse(startedAt) + 6 * 86_400_000),
    stoppedAt: running ? null : new Date(Date.parse(startedAt) + 86_400_000),
    state: stopped.state,
    breached: stopped.breached ?? stopped.state === 'late',
    workingDaysTaken: stopped.days ?? null,
  };
}

/** A telephone call's case summary: its status is its outcome, `receivedAt` the call's instant. */
function call(calledAt: string, status: string, caseType = 'telephone-inquiry'): CaseSummaryEntity {
  const at = new Date(calledAt);
  return {
    caseId: randomUUID(),
    caseType,
    status,
    subject: 'Québec Without Borders: how to take part in a stay abroad',
    senderAddress: null,
    senderName: null,
    assignee: null,
    receivedAt: at,
    warnAt: null,
    dueAt: null,
    clockState: null,
    standardId: null,
    standardVersion: null,
    escalatedTo: null,
    answeredAt: status === 'answered-at-once' ? at : null,
    endedAt: at,
    outcome: status === 'answered-at-once' ? 'answered' : 'referred',
    state: {},
    lastSequence: 1,
    lastEventAt: at,
  };
}

describe('service-standard compliance report', () => {
  const { databaseUrl } = enginesConfig();
  const schema = `t_compliance_${randomUUID().slice(0, 8)}`;
  let database: DataSource;
  let report: ServiceStandardComplianceUseCase;

  beforeAll(async () => {
    await runMigrations(databaseUrl, schema);
    database = await createDataSource({ databaseUrl, schema }).initialize();
    report = new ServiceStandardComplianceUseCase(database.getRepository(ServiceClockEntity), database.getRepository(CaseSummaryEntity));
    await database
      .getRepository(ServiceClockEntity)
      .insert([
        clock(EMAIL, '2026-10-05T14:00:00Z', { state: 'met', days: 1 }),
        clock(EMAIL, '2026-10-06T14:00:00Z', { state: 'met', days: 2 }),
        clock(EMAIL, '2026-10-07T14:00:00Z', { state: 'met', days: 3 }),
        clock(EMAIL, '2026-10-08T14:00:00Z', { state: 'met', days: 4 }),
        clock(EMAIL, '2026-10-20T14:00:00Z', { state: 'late', days: 6 }),
        clock(EMAIL, '2026-10-21T14:00:00Z', { state: 'breached', breached: true }),
        clock(EMAIL, '2026-11-01T03:00:00Z', { state: 'cancelled' }),
        clock(EMAIL, '2026-11-02T15:00:00Z', { state: 'running' }),
        clock(COMPLAINT, '2026-11-03T15:00:00Z', { state: 'met', days: 9 }),
        clock(EMAIL, '2026-09-30T15:00:00Z', { state: 'met', days: 1 }),
      ]);
    await database.getRepository(CaseSummaryEntity).insert([
      call('2026-10-05T13:40:00Z', 'answered-at-once'),
      call('2026-10-05T14:10:00Z', 'answered-at-once'),
      call('2026-10-19T18:00:00Z', 'referred'),
      call('2026-11-01T03:30:00Z', 'answered-at-once'), // 31 October, 23:30 in Québec
      call('2026-11-02T15:00:00Z', 'referred'),
      call('2026-09-30T15:00:00Z', 'answered-at-once'), // before the range
      call('2026-10-06T14:00:00Z', 'referred', 'email-request'), // not a call, whatever its status
    ]);
  });

  afterAll(async () => {
    await database?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await database?.destroy();
  });

  it('counts per standard and month of Québec time, with the share on time and the working-day percentiles', async () => {
    const figures = await report.execute({ from: '2026-10', to: '2026-11' });
    expect(figures).toEqual({
      from: '2026-10',
      to: '2026-11',
      standards: [
        {
          standardId: COMPLAINT,
          month: '2026-11',
          cases: 1,
          met: 1,
          late: 0,
          breached: 0,
          open: 0,
          cancelled: 0,
          metShare: 1,
          medianWorkingDays: 9,
          p90WorkingDays: 9,
        },
        {
          standardId: EMAIL,
          month: '2026-10',
          cases: 7,
          met: 4,
          late: 1,
          breached: 2,
          open: 1,
          cancelled: 1,
          metShare: 0.8,
          medianWorkingDays: 3,
          p90WorkingDays: 5.2,
        },
        {
          standardId: EMAIL,
          month: '2026-11',
          cases: 1,
          met: 0,
          late: 0,
          breached: 0,
          open: 1,
          cancelled: 0,
          metShare: null,
          medianWorkingDays: null,
          p90WorkingDays: null,
        },
      ],
      telephone: [
        { month: '2026-10', calls: 4, answeredAtOnce: 3, referred: 1, share: 0.75 },
        { month: '2026-11', calls: 1, answeredAtOnce: 0, referred: 1, share: 0 },
      ],
    });
  });

  it('defaults to the twelve months up to now, and refuses a range that ends before it starts', async () => {
    const figures = await report.execute({}, new Date('2026-11-23T15:00:00Z'));
    expect([figures.from, figures.to]).toEqual(['2025-12', '2026-11']);
    expect(figures.standards.map((row) => row.month)).toEqual(['2026-11', '2026-09', '2026-10', '2026-11']);
    expect(figures.telephone.map(({ month, calls }) => [month, calls])).toEqual([
      ['2026-09', 1],
      ['2026-10', 4],
      ['2026-11', 1],
    ]);
    await expect(report.execute({ from: '2026-11', to: '2026-10' })).rejects.toThrow('from must not be after to (2026-10)');
  });
});
