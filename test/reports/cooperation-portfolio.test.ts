import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { cooperationEngagementDecider, fold, type CooperationEngagement, type CooperationEngagementEvent } from '@entente/domain';
import { CaseSummaryEntity, createDataSource, runMigrations } from '@entente/persistence';
import { enginesConfig } from '@entente/platform';
import {
  AT_FOLLOW_UP,
  AWAITING_V1,
  needsRecorded,
  opened,
} from '../../libs/domain/src/cooperation-engagement/cooperation-engagement.fixtures';
import { CooperationPortfolioUseCase } from '../../apps/api/src/reports/use-cases/cooperation-portfolio.use-case';

// The portfolio is folded from the engagements' states as the projector stores them in
// case_summary: checked on a real PostgreSQL with engagements built from real events, two
// parliaments sharing a name in different countries, and a case of another type to ignore.

const declined: CooperationEngagementEvent = {
  type: 'EngagementDeclined',
  data: {
    reason: 'Electoral administration: referred to the Chief Electoral Officer of Québec (DGEQ).',
    decidedAt: '2026-02-02T15:00:00.000Z',
    recordedBy: 'sjobert',
    recordedAt: '2026-02-02T15:00:00.000Z',
  },
};

/** An engagement's events, opened with another partner parliament. */
function withPartner(events: readonly CooperationEngagementEvent[], name: string, country: string): CooperationEngagementEvent[] {
  const [first, ...rest] = events;
  if (first?.type !== 'CooperationEngagementOpened') throw new Error('an engagement starts with its opening');
  return [{ ...first, data: { ...first.data, partnerParliament: { name, country } } }, ...rest];
}

function row(caseType: string, state: object, status: string): CaseSummaryEntity {
  const at = new Date('2026-11-02T15:00:00Z');
  return {
    caseId: randomUUID(),
    caseType,
    status,
    subject: 'Interparliamentary cooperation',
    senderAddress: null,
    senderName: null,
    assignee: 'sjobert',
    receivedAt: at,
    warnAt: null,
    dueAt: null,
    clockState: null,
    standardId: null,
    standardVersion: null,
    escalatedTo: null,
    answeredAt: null,
    endedAt: null,
    outcome: null,
    state,
    lastSequence: 1,
    lastEventAt: at,
  };
}

const engagement = (events: readonly CooperationEngagementEvent[]): CaseSummaryEntity => {
  const state = fold(cooperationEngagementDecider, events) as CooperationEngagement;
  return row('cooperation-engagement', state, state.status);
};

describe('cooperation portfolio report', () => {
  const { databaseUrl } = enginesConfig();
  const schema = `t_portfolio_${randomUUID().slice(0, 8)}`;
  let database: DataSource;
  let report: CooperationPortfolioUseCase;

  beforeAll(async () => {
    await runMigrations(databaseUrl, schema);
    database = await createDataSource({ databaseUrl, schema }).initialize();
    report = new CooperationPortfolioUseCase(database.getRepository(CaseSummaryEntity));
  });

  afterAll(async () => {
    await database?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await database?.destroy();
  });

  it('is all zeros, every sector, stage, form and place listed, before any engagement', async () => {
    const figures = await report.execute();
    expect(figures).toMatchObject({ engagements: 0, byPartnerParliament: [], byCountry: [], activitiesHeld: { count: 0 } });
    expect(figures.bySector.map(({ sector, engagements }) => [sector, engagements])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 0],
    ]);
    expect(figures.byStage).toHaveLength(8);
    expect(figures.activitiesHeld.byForm).toHaveLength(4);
    expect(figures.activitiesHeld.byPlace).toHaveLength(3);
  });

  it('counts engagements by partner parliament, country, sector and stage, and the activities held by form and place', async () => {
    await database.getRepository(CaseSummaryEntity).insert([
      engagement(AT_FOLLOW_UP), // Benin: plan v2 covers sectors 2, 3, 5; one seminar held at the partner's offices
      engagement(withPartner(AT_FOLLOW_UP, 'National Assembly of Benin', 'Benin')),
      engagement(withPartner([opened, needsRecorded], 'National Assembly', 'Niger')), // needs: sectors 2, 3
      engagement(withPartner(AWAITING_V1, 'National Assembly', 'Togo')), // plan v1: sectors 2, 3
      engagement(withPartner([opened, declined], 'Parliament of Haiti', 'Haiti')), // no sector yet
      row(
        'email-request',
        { status: 'answered', activities: [{ status: 'held', form: 'internship', place: 'video-conference' }] },
        'answered',
      ),
    ]);

    expect(await report.execute()).toEqual({
      engagements: 5,
      byPartnerParliament: [
        { partnerParliament: 'National Assembly of Benin', country: 'Benin', engagements: 2 },
        { partnerParliament: 'National Assembly', country: 'Niger', engagements: 1 },
        { partnerParliament: 'National Assembly', country: 'Togo', engagements: 1 },
        { partnerParliament: 'Parliament of Haiti', country: 'Haiti', engagements: 1 },
      ],
      byCountry: [
        { country: 'Benin', engagements: 2 },
        { country: 'Haiti', engagements: 1 },
        { country: 'Niger', engagements: 1 },
        { country: 'Togo', engagements: 1 },
      ],
      bySector: [
        { sector: 1, name: 'General administration of a parliament', engagements: 0 },
        { sector: 2, name: 'Organization of sittings', engagements: 4 },
        { sector: 3, name: 'Legislative process', engagements: 4 },
        { sector: 4, name: 'Parliamentary control and accountability', engagements: 0 },
        { sector: 5, name: 'Public communications and citizen participation', engagements: 2 },
        { sector: 6, name: 'New parliamentarian training at the start of a legislature', engagements: 0 },
      ],
      byStage: [
        { stage: 'needs-assessment', engagements: 1 },
        { stage: 'action-plan', engagements: 1 },
        { stage: 'service-delivery', engagements: 0 },
        { stage: 'follow-up', engagements: 2 },
        { stage: 'declined', engagements: 1 },
        { stage: 'rejected', engagements: 0 },
        { stage: 'completed', engagements: 0 },
        { stage: 'withdrawn', engagements: 0 },
      ],
      activitiesHeld: {
        count: 2,
        byForm: [
          { form: 'needs-assessment-and-support-service', activities: 0 },
          { form: 'training-seminar', activities: 2 },
          { form: 'practical-workshop', activities: 0 },
          { form: 'internship', activities: 0 },
        ],
        byPlace: [
          { place: 'partner-offices', activities: 2 },
          { place: 'national-assembly-quebec', activities: 0 },
          { place: 'video-conference', activities: 0 },
        ],
      },
    });
  });
});
