import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  cooperationEngagementDecider,
  fold,
  parliamentFromText,
  requesterFromText,
  type CooperationEngagement,
  type CooperationEngagementEvent,
  type Requester,
} from '@entente/domain';
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
// case_summary: checked on a real PostgreSQL with engagements built from real events, one
// parliament typed in English and in French, parliaments sharing a chamber's name in different
// countries, names no reference list knows, and a case of another type to ignore.

const declined: CooperationEngagementEvent = {
  type: 'EngagementDeclined',
  data: {
    reason: 'Electoral administration: referred to the Chief Electoral Officer of Québec (DGEQ).',
    decidedAt: '2026-02-02T15:00:00.000Z',
    recordedBy: 'sjobert',
    recordedAt: '2026-02-02T15:00:00.000Z',
  },
};

/** An engagement's events, opened with another partner parliament named as text, brought by another requester when given. */
function withPartner(
  events: readonly CooperationEngagementEvent[],
  name: string,
  country: string,
  requester?: Requester,
): CooperationEngagementEvent[] {
  const [first, ...rest] = events;
  if (first?.type !== 'CooperationEngagementOpened') throw new Error('an engagement starts with its opening');
  const data = { ...first.data, partnerParliament: parliamentFromText(name, country), requester: requester ?? first.data.requester };
  return [{ ...first, data }, ...rest];
}

const both = (name: string) => ({ en: name, fr: name });

/** A summary row with the columns the portfolio reads; the others keep their defaults. */
function row(caseType: string, state: object, status: string): CaseSummaryEntity {
  const at = new Date('2026-11-02T15:00:00Z');
  const columns: Partial<CaseSummaryEntity> = {
    caseId: randomUUID(),
    caseType,
    status,
    subject: 'Interparliamentary cooperation',
    assignee: 'sjobert',
    receivedAt: at,
    state,
    lastSequence: 1,
    lastEventAt: at,
  };
  return Object.assign(new CaseSummaryEntity(), columns);
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
    const figures = await report.execute({});
    expect(figures).toMatchObject({
      engagements: 0,
      byPartnerParliament: [],
      byCountry: [],
      bySupportOrganization: [],
      activitiesHeld: { count: 0 },
    });
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

  it('counts engagements by reference parliament, country and support organization, whatever the language typed', async () => {
    await database.getRepository(CaseSummaryEntity).insert([
      engagement(AT_FOLLOW_UP), // Benin, by the UNDP: plan v2 covers sectors 2, 3, 5; one seminar held at the partner's offices
      engagement(withPartner(AT_FOLLOW_UP, 'Assemblée nationale du Bénin', 'Bénin', requesterFromText('support-organization', 'PNUD'))),
      engagement(withPartner([opened, needsRecorded], 'National Assembly', 'Niger')), // needs: sectors 2, 3
      engagement(withPartner(AWAITING_V1, 'Assemblée nationale', 'Togo', requesterFromText('support-organization', 'Banque mondiale'))),
      engagement(withPartner([opened, declined], 'Parliament of Haiti', 'Haiti', requesterFromText('partner-parliament', 'Parlement'))),
      engagement(withPartner([opened], 'Grand Conseil', 'Atlantis', requesterFromText('support-organization', 'Fondation Westminster'))),
      row(
        'email-request',
        { status: 'answered', activities: [{ status: 'held', form: 'internship', place: 'video-conference' }] },
        'answered',
      ),
    ]);

    expect(await report.execute({})).toEqual({
      engagements: 6,
      byPartnerParliament: [
        {
          parliament: 'bj-national-assembly',
          country: 'BJ',
          name: { en: 'National Assembly of Benin', fr: 'Assemblée nationale du Bénin' },
          engagements: 2,
        },
        { parliament: null, country: null, name: both('Grand Conseil'), engagements: 1 },
        {
          parliament: 'ne-national-assembly',
          country: 'NE',
          name: { en: 'National Assembly of Niger', fr: 'Assemblée nationale du Niger' },
          engagements: 1,
        },
        {
          parliament: 'tg-national-assembly',
          country: 'TG',
          name: { en: 'National Assembly of Togo', fr: 'Assemblée nationale du Togo' },
          engagements: 1,
        },
        { parliament: 'ht-parliament', country: 'HT', name: { en: 'Parliament of Haiti', fr: "Parlement d'Haïti" }, engagements: 1 },
      ],
      byCountry: [
        { country: 'BJ', name: { en: 'Benin', fr: 'Bénin' }, engagements: 2 },
        { country: null, name: both('Atlantis'), engagements: 1 },
        { country: 'HT', name: { en: 'Haiti', fr: 'Haïti' }, engagements: 1 },
        { country: 'NE', name: { en: 'Niger', fr: 'Niger' }, engagements: 1 },
        { country: 'TG', name: { en: 'Togo', fr: 'Togo' }, engagements: 1 },
      ],
      bySupportOrganization: [
        {
          supportOrganization: 'undp',
          name: { en: 'United Nations Development Programme (UNDP)', fr: 'Programme des Nations Unies pour le développement (PNUD)' },
          engagements: 3,
        },
        { supportOrganization: null, name: both('Fondation Westminster'), engagements: 1 },
        { supportOrganization: 'world-bank', name: { en: 'World Bank', fr: 'Banque mondiale' }, engagements: 1 },
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
        { stage: 'needs-assessment', engagements: 2 },
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

  it('keeps to a period: engagements under way in it, activities held in it', async () => {
    const figures = await report.execute({ from: '2026-03-01', to: '2026-12-31' });
    expect(figures.engagements).toBe(5); // Haiti's was declined on 2 February
    expect(figures.byCountry.find(({ country }) => country === 'HT')).toBeUndefined();
    expect(figures.activitiesHeld.count).toBe(2); // the seminars of 12 June
    expect((await report.execute({ from: '2026-07-01' })).activitiesHeld.count).toBe(0);
    expect((await report.execute({ to: '2026-01-04' })).engagements).toBe(0); // all contacted on 5 January
  });
});
