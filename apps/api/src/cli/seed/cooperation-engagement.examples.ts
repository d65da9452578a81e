import type { OpenCooperationEngagement } from '@entente/domain';
import { daysAgo, type SeedClient } from './seed-client';

/*
 * Engagements of the National Assembly's Interparliamentary Cooperation Service with partner
 * parliaments of the seed document, brought by the groups that support them, at every stage,
 * each partner named by its id in the reference lists.
 * Sébastien Jobert, the Service's coordinator, records each step today with the day it happened,
 * so the history reads as it went: a plan approved before its activities began, an activity report
 * due 30 working days after delivery ended. The Burkina Faso plan, sent today, awaits its answer
 * within 20 working days of today.
 */

const COORDINATOR = 'sebastien.jobert';
const JOBERT = { name: 'Sébastien Jobert', kind: 'public-servant' };
const CLERK = { name: 'Secretary of the Committee on Institutions', kind: 'public-servant' };
const MEMBER = { name: 'Member for Jean-Talon', kind: 'parliamentarian' };

/** A Québec local date `days` from today (negative: in the past). */
const dayIn = (days: number): string => daysAgo(-days).slice(0, 10);

type Step = readonly [action: string, body?: object];

interface ExampleEngagement {
  readonly opening: Pick<OpenCooperationEngagement['data'], 'requester' | 'partnerParliament' | 'request'>;
  readonly contactedDaysAgo: number;
  readonly steps: readonly Step[];
}

interface PlanShape {
  readonly from: number;
  readonly to: number;
  readonly amount: number;
  readonly currency?: string;
  readonly fundedBy: string;
  readonly expertise: string[];
  readonly description: string;
  readonly forms: string[];
  readonly sectors: number[];
}

/** The instant it happened, `days` ago. */
const at = daysAgo;

/** An action plan running from `from` to `to` days from today, with a milestone halfway, sent `sentDaysAgo` (default today). */
function plan(shape: PlanShape, sentDaysAgo?: number) {
  const { from, to, amount, currency = 'CAD', fundedBy, expertise, description, forms, sectors } = shape;
  return {
    ...(sentDaysAgo === undefined ? {} : { proposedAt: at(sentDaysAgo) }),
    plan: {
      schedule: {
        startsOn: dayIn(from),
        endsOn: dayIn(to),
        milestones: [{ on: dayIn(Math.round((from + to) / 2)), description: 'Mid-term review with the partner' }],
      },
      budget: { amount, currency, fundedBy },
      teamProfile: { parliamentarians: 1, publicServants: 2, expertise },
      services: { description, forms, sectors },
    },
  };
}

/** The partner's answer, given `days` ago. */
const answer = (days: number, signatory: string, title: string, extra: object = {}) => ({
  signatory: { name: signatory, title },
  answeredAt: at(days),
  ...extra,
});
const held = (days: number, notes: string) => ({ heldOn: dayIn(-days), notes });
const activity = (activityId: string, title: string, form: string, place: string, sectors: number[], days: number) => ({
  activityId,
  title,
  form,
  place,
  sectors,
  team: [JOBERT, MEMBER],
  startsOn: dayIn(days),
  endsOn: dayIn(days + 2),
});

const BENIN_PLAN = {
  from: -120,
  to: -20,
  fundedBy: 'United Nations Development Programme (UNDP)',
  expertise: ['legislative drafting', 'committee procedure'],
  description: 'Drafting of bills and amendments; organization of committee sittings.',
  forms: ['training-seminar', 'practical-workshop'],
  sectors: [2, 3],
};
const HAITI_PLAN = {
  from: -30,
  to: 150,
  amount: 61000,
  fundedBy: 'Canadian Parliamentary Centre',
  expertise: ['debate broadcasting', 'Hansard'],
  description: 'Debate broadcasting and the transcription of debates.',
  forms: ['training-seminar', 'internship'],
  sectors: [2, 5],
};
const BURKINA_PLAN = {
  from: 40,
  to: 220,
  fundedBy: 'Assemblée parlementaire de la Francophonie (APF)',
  expertise: ['estimates', 'public hearings'],
  description: 'Parliamentary control: budget estimate analysis and public hearings.',
  forms: ['needs-assessment-and-support-service', 'training-seminar'],
  sectors: [4],
};
const TOGO_PLAN = {
  from: -200,
  to: -40,
  amount: 128000,
  fundedBy: 'World Bank',
  expertise: ['finance', 'human resources'],
  description: 'General administration: financial and human resource management.',
  forms: ['practical-workshop'],
  sectors: [1],
};

export const EXAMPLES: readonly ExampleEngagement[] = [
  {
    // Completed: two plan versions, one seminar held, one workshop cancelled, the report submitted.
    opening: {
      requester: { kind: 'support-organization', supportOrganizationId: 'undp' },
      partnerParliament: { parliamentId: 'bj-national-assembly' },
      request: 'Support to the legislative process and to committee sittings.',
    },
    contactedDaysAgo: 200,
    steps: [
      [
        'needs',
        { description: 'Bills are drafted by the executive alone; committees lack trained clerks.', sectors: [2, 3], assessedAt: at(195) },
      ],
      ['assessment-mission', { startsOn: dayIn(-170), endsOn: dayIn(-166), team: [JOBERT, CLERK] }],
      ['assessment-mission/held', { heldOn: dayIn(-166), findings: 'Committee clerks ask for training in drafting amendments.' }],
      [
        'assistance-decision',
        { decision: 'proceed', rationale: 'Sectors 2 and 3 are the Assembly’s strongest expertise.', decidedAt: at(160) },
      ],
      ['action-plans', plan({ ...BENIN_PLAN, amount: 84500 }, 150)],
      [
        'action-plans/1/modifications',
        answer(140, 'Awa Dossou', 'Secretary General', { comments: 'Add a practical workshop on the transcription of debates.' }),
      ],
      ['action-plans', plan({ ...BENIN_PLAN, amount: 92000 }, 135)],
      ['action-plans/2/approve', answer(125, 'Awa Dossou', 'Secretary General')],
      [
        'activities',
        activity(
          'seminar-drafting',
          'Seminar on drafting bills and amendments, Porto-Novo',
          'training-seminar',
          'partner-offices',
          [3],
          -60,
        ),
      ],
      [
        'activities',
        activity('workshop-transcription', 'Workshop on the transcription of debates', 'practical-workshop', 'video-conference', [2], -30),
      ],
      ['activities/seminar-drafting/held', held(58, 'Twenty-two clerks and four Members took part.')],
      ['activities/workshop-transcription/cancel', { reason: 'The Assembly sat in extraordinary session.' }],
      ['delivery/complete', { completedAt: at(25) }],
      [
        'follow-ups',
        { note: 'Video call with the clerks: the drafting guide is in use in two committees.', atDistance: true, heldAt: at(15) },
      ],
      [
        'activity-report',
        {
          submittedAt: at(10),
          observations: ['Clerks now draft amendments without outside help.'],
          recommendations: ['Translate the drafting guide into Fon and Yoruba summaries.'],
          results: ['22 clerks trained', 'A drafting guide adopted by the Bureau'],
        },
      ],
    ],
  },
  {
    // Service delivery: a seminar held at a distance, an internship in Québec ahead.
    opening: {
      requester: { kind: 'support-organization', supportOrganizationId: 'parliamentary-centre' },
      partnerParliament: { parliamentId: 'ht-parliament' },
      request: 'Broadcasting of debates and publication of the Journal des débats.',
    },
    contactedDaysAgo: 90,
    steps: [
      ['needs', { description: 'Debates are neither broadcast nor transcribed in full.', sectors: [2, 5], assessedAt: at(85) }],
      ['assistance-decision', { decision: 'proceed', decidedAt: at(80) }],
      ['action-plans', plan(HAITI_PLAN, 55)],
      ['action-plans/1/approve', answer(35, 'Jean-Robert Pierre', 'Director General of the Chamber of Deputies')],
      ['activities', activity('seminar-broadcasting', 'Seminar on debate broadcasting', 'training-seminar', 'video-conference', [5], -12)],
      ['activities/seminar-broadcasting/held', held(10, 'Held by video conference after the mission was postponed.')],
      [
        'activities',
        activity(
          'internship-hansard',
          'Internship of two transcribers at the Journal des débats',
          'internship',
          'national-assembly-quebec',
          [2],
          45,
        ),
      ],
    ],
  },
  {
    // Action plan: version 2 sent to the partner, its answer awaited.
    opening: {
      requester: { kind: 'support-organization', supportOrganizationId: 'apf' },
      partnerParliament: { parliamentId: 'bf-national-assembly' },
      request: 'Strengthen the analysis of budget estimates.',
    },
    contactedDaysAgo: 75,
    steps: [
      ['needs', { description: 'Members receive the estimates too late to question them.', sectors: [4], assessedAt: at(70) }],
      ['assistance-decision', { decision: 'proceed', decidedAt: at(65) }],
      ['action-plans', plan({ ...BURKINA_PLAN, amount: 56000 }, 50)],
      [
        'action-plans/1/modifications',
        answer(35, 'Issa Ouédraogo', 'Secretary General', { comments: 'Spread the seminars over two budget cycles.' }),
      ],
      ['action-plans', plan({ ...BURKINA_PLAN, amount: 71000, to: 400 })],
    ],
  },
  {
    // Needs assessment: the parliament asked itself; an on-site mission is planned.
    opening: {
      requester: { kind: 'partner-parliament', name: 'National Assembly of Madagascar' },
      partnerParliament: { parliamentId: 'mg-national-assembly' },
      request: 'Training of new Members at the start of the legislature.',
    },
    contactedDaysAgo: 12,
    steps: [
      ['needs', { description: 'Two thirds of the Members are newly elected.', sectors: [6], assessedAt: at(10) }],
      ['assessment-mission', { startsOn: dayIn(20), endsOn: dayIn(24), team: [JOBERT, MEMBER] }],
    ],
  },
  {
    // Follow-up: delivery complete, the activity report is being written.
    opening: {
      requester: { kind: 'support-organization', supportOrganizationId: 'world-bank' },
      partnerParliament: { parliamentId: 'tg-national-assembly' },
      request: 'Modernize financial and human resource management.',
    },
    contactedDaysAgo: 260,
    steps: [
      ['needs', { description: 'Payroll and procurement are kept on paper.', sectors: [1], assessedAt: at(250) }],
      ['assistance-decision', { decision: 'proceed', decidedAt: at(240) }],
      ['action-plans', plan(TOGO_PLAN, 230)],
      ['action-plans/1/approve', answer(210, 'Kossi Agbodjan', 'Secretary General')],
      [
        'activities',
        activity('workshop-finance', 'Practical workshop on financial management, Lomé', 'practical-workshop', 'partner-offices', [1], -45),
      ],
      ['activities/workshop-finance/held', held(43, 'The finance directorate adopted a budget calendar.')],
      ['delivery/complete', { completedAt: at(40) }],
      ['follow-ups', { note: 'The new payroll went live; procurement follows next quarter.', atDistance: true, heldAt: at(20) }],
    ],
  },
  {
    // Declined: outside the Assembly's parliamentary mission.
    opening: {
      requester: { kind: 'support-organization', supportOrganizationId: 'ndi' },
      partnerParliament: { parliamentId: 'ml-national-assembly' },
      request: 'Organization of the coming legislative elections.',
    },
    contactedDaysAgo: 40,
    steps: [
      [
        'assistance-decision',
        {
          decision: 'decline',
          reason: 'Elections are outside the Assembly’s mission; referred to the Chief Electoral Officer of Québec (DGEQ).',
          decidedAt: at(35),
        },
      ],
    ],
  },
  {
    // Withdrawn at the action plan stage: the funding fell through.
    opening: {
      requester: { kind: 'support-organization', supportOrganizationId: 'dai' },
      partnerParliament: { parliamentId: 'ne-national-assembly' },
      request: 'Petition management and the Assembly’s website.',
    },
    contactedDaysAgo: 150,
    steps: [
      ['needs', { description: 'Petitions are received on paper only.', sectors: [5], assessedAt: at(140) }],
      ['assistance-decision', { decision: 'proceed', decidedAt: at(130) }],
      ['withdraw', { reason: 'The support programme’s funding was suspended.' }],
    ],
  },
];

async function play(client: SeedClient, { opening, contactedDaysAgo, steps }: ExampleEngagement): Promise<string> {
  const { caseId } = await client.post('/cooperation-engagements', 'coordinator', COORDINATOR, {
    ...opening,
    contactedAt: daysAgo(contactedDaysAgo),
  });
  for (const [action, body = {}] of steps)
    await client.post(`/cooperation-engagements/${caseId}/${action}`, 'coordinator', COORDINATOR, body);
  return caseId;
}

export async function seedCooperationEngagements(client: SeedClient): Promise<string[]> {
  const cases: string[] = [];
  for (const example of EXAMPLES) cases.push(await play(client, example));
  return cases;
}
