import { randomUUID } from 'node:crypto';
import type { Role } from '@entente/domain';
import {
  AGREED_AT,
  APPROVED_AT,
  CONTACTED_AT,
  MODIFICATIONS_AT,
  NEEDS_AT,
  PLAN,
  PROPOSED_AT,
  REVISED_AT,
  REVISED_PLAN,
  SIGNATORY,
} from '../../libs/domain/src/cooperation-engagement/cooperation-engagement.fixtures';
import { ApiStack } from './api-harness';

// An interparliamentary cooperation engagement over HTTP on the real engines, to the read model
// and the cooperation portfolio: the four stages, two plan versions compared, and every refusal.

const stack = new ApiStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const coordinator = `sjobert-${stack.run}`;
// The projector replays the whole topic, earlier runs' engagements included: this run's parliament is its own.
const PARLIAMENT = { name: `National Assembly of Benin (${stack.run})`, country: 'Benin' };
const REQUEST = {
  requester: { kind: 'support-organization', name: 'United Nations Development Programme (UNDP)' },
  partnerParliament: PARLIAMENT,
  request: 'Support to the legislative process and to committee sittings.',
};
const TEAM = [{ name: 'Sébastien Jobert', kind: 'public-servant' }];
const SEMINAR = {
  activityId: 'seminar-drafting',
  title: 'Seminar on drafting bills',
  form: 'training-seminar',
  place: 'partner-offices',
  sectors: [3],
  team: TEAM,
  startsOn: '2026-06-08',
  endsOn: '2026-06-12',
};
const WORKSHOP = {
  activityId: 'workshop-transcription',
  title: 'Workshop on transcription',
  form: 'practical-workshop',
  place: 'video-conference',
  sectors: [2],
  team: TEAM,
  startsOn: '2026-09-15',
  endsOn: '2026-09-15',
};

const post = (path: string, body: object = {}, sub = coordinator, role: Role = 'coordinator') =>
  stack.http().post(`/cooperation-engagements${path}`).set('Authorization', stack.bearer(role, sub)).send(body);
const get = (path: string) => stack.http().get(path).set('Authorization', stack.bearer('auditor'));

async function open(): Promise<string> {
  const opened = await post('', REQUEST).expect(201);
  expect(opened.headers.location).toBe(`/cases/${opened.body.caseId}`);
  expect(opened.body.state).toMatchObject({ status: 'needs-assessment', coordinatorId: coordinator });
  return opened.body.caseId;
}

async function atActionPlan(): Promise<string> {
  const caseId = await open();
  await post(`/${caseId}/needs`, { description: 'Committees lack clerks trained in drafting.', sectors: [2, 3] }).expect(200);
  await post(`/${caseId}/assistance-decision`, { decision: 'proceed' }).expect(200);
  return caseId;
}

describe('cooperation engagements over HTTP', () => {
  it('goes through the four stages, compares plan versions, and the read model and portfolio show it completed', async () => {
    // A year's engagement recorded after the fact, each step at the instant it happened.
    const opened = await post('', { ...REQUEST, contactedAt: CONTACTED_AT }).expect(201);
    const caseId: string = opened.body.caseId;
    const needs = { description: 'Bills are drafted by the executive alone.', sectors: [2, 3], assessedAt: NEEDS_AT };
    await post(`/${caseId}/needs`, needs).expect(200);
    await post(`/${caseId}/assessment-mission`, { startsOn: '2026-02-16', endsOn: '2026-02-20', team: TEAM }).expect(200);
    const findings = 'Committee clerks ask for drafting training.';
    const afterMission = await post(`/${caseId}/assessment-mission/held`, { heldOn: '2026-02-23', findings }).expect(422);
    expect(afterMission.body.field).toBe('heldOn');
    await post(`/${caseId}/assessment-mission/held`, { heldOn: '2026-02-20', findings }).expect(200);
    const decision = { decision: 'proceed', rationale: 'Within sectors 2 and 3.', decidedAt: AGREED_AT };
    await post(`/${caseId}/assistance-decision`, decision).expect(200);
    await post(`/${caseId}/action-plans`, { plan: PLAN, proposedAt: PROPOSED_AT }).expect(200);
    const comments = 'Add debate broadcasting.';
    await post(`/${caseId}/action-plans/1/modifications`, { signatory: SIGNATORY, comments, answeredAt: MODIFICATIONS_AT }).expect(200);
    await post(`/${caseId}/action-plans`, { plan: REVISED_PLAN, proposedAt: REVISED_AT }).expect(200);
    const diff = await get(`/cooperation-engagements/${caseId}/action-plans/diff?from=1&to=2`).expect(200);
    expect(diff.body).toEqual({
      caseId,
      from: 1,
      to: 2,
      changes: [
        { field: 'budget.amount', before: 84500, after: 92000 },
        { field: 'services.sectors', before: [2, 3], after: [2, 3, 5] },
      ],
    });
    await post(`/${caseId}/action-plans/2/approve`, { signatory: SIGNATORY, answeredAt: APPROVED_AT }).expect(200);
    await post(`/${caseId}/activities`, SEMINAR).expect(200);
    await post(`/${caseId}/activities`, WORKSHOP).expect(200);
    // Facts in order: an activity within the approved plan (ends 30 October), held on its planned dates.
    const afterPlan = await post(`/${caseId}/activities`, {
      ...WORKSHOP,
      activityId: 'late',
      startsOn: '2026-10-30',
      endsOn: '2026-11-02',
    });
    expect(afterPlan.status).toBe(422);
    expect(afterPlan.body.field).toBe('endsOn');
    const beforeDates = await post(`/${caseId}/activities/seminar-drafting/held`, { heldOn: '2026-06-05' }).expect(422);
    expect(beforeDates.body.field).toBe('heldOn');
    await post(`/${caseId}/activities/seminar-drafting/held`, { heldOn: '2026-06-12', notes: 'Twelve clerks took part.' }).expect(200);
    await post(`/${caseId}/activities/workshop-transcription/cancel`, { reason: 'Parliament in extraordinary session.' }).expect(200);
    const beforeSeminarHeld = await post(`/${caseId}/delivery/complete`, { completedAt: '2026-06-11T15:00:00Z' }).expect(422);
    expect(beforeSeminarHeld.body.field).toBe('completedAt');
    await post(`/${caseId}/delivery/complete`, { completedAt: '2026-11-16T15:00:00Z' }).expect(200);
    const beforeEnd = await post(`/${caseId}/follow-ups`, { note: 'Call', atDistance: true, heldAt: '2026-11-13T15:00:00Z' });
    expect(beforeEnd.status).toBe(422);
    expect(beforeEnd.body.field).toBe('heldAt');
    const heldAt = '2026-11-20T15:00:00.000Z';
    await post(`/${caseId}/follow-ups`, { note: 'Video call: the drafting guide is in use.', atDistance: true, heldAt }).expect(200);
    const report = {
      observations: ['Clerks now draft amendments.'],
      recommendations: ['A drafting guide.'],
      results: ['Twelve clerks trained.'],
    };
    const beforeFollowUp = await post(`/${caseId}/activity-report`, { ...report, submittedAt: '2026-11-19T15:00:00Z' }).expect(422);
    expect(beforeFollowUp.body.field).toBe('submittedAt');
    const completed = await post(`/${caseId}/activity-report`, report).expect(200);
    expect(completed.body.state.followUps[0]).toMatchObject({ heldAt });
    expect(completed.body).toMatchObject({ caseId, state: { status: 'completed', approvedVersion: 2 } });

    const detail = await stack.readModel(caseId, (body) => body.status === 'completed');
    expect(detail).toMatchObject({
      caseType: 'cooperation-engagement',
      assignee: coordinator,
      standardId: 'engagement-activity-report',
      clockState: 'met',
      senderName: REQUEST.requester.name,
    });
    // Each plan, recorded after its answer was due, was warned and breached at once; its answer, in time, met it.
    const steps = detail.timeline.map((event) => event.type).filter((type) => !type.startsWith('ServiceStandard'));
    expect(steps).toEqual([
      'CooperationEngagementOpened',
      'NeedsRecorded',
      'AssessmentMissionPlanned',
      'AssessmentMissionHeld',
      'AssistanceAgreed',
      'ActionPlanProposed',
      'ActionPlanModificationsRequested',
      'ActionPlanProposed',
      'ActionPlanApproved',
      'ActivityPlanned',
      'ActivityPlanned',
      'ActivityHeld',
      'ActivityCancelled',
      'ServiceDeliveryCompleted',
      'FollowUpRecorded',
      'ActivityReportSubmitted',
    ]);
    const live = await get(`/cooperation-engagements/${caseId}/live`).expect(200);
    expect(live.body.state.plans.map((plan: { version: number }) => plan.version)).toEqual([1, 2]);

    // The figures themselves are checked in test/reports; here, that the route serves them from this read model.
    const portfolio = await get('/reports/cooperation-portfolio').expect(200);
    // This run's parliament is named as no reference list knows it: counted as typed, in its country by code.
    const asTyped = { en: PARLIAMENT.name, fr: PARLIAMENT.name };
    expect(portfolio.body.byPartnerParliament).toContainEqual({ parliament: null, country: 'BJ', name: asTyped, engagements: 1 });
    expect(portfolio.body.bySupportOrganization).toContainEqual(expect.objectContaining({ supportOrganization: 'undp' }));
    const before = await get('/reports/cooperation-portfolio?to=2000-12-31').expect(200);
    expect(before.body.engagements).toBe(0);
    const malformed = await get('/reports/cooperation-portfolio?from=2026-13').expect(400);
    expect(malformed.body.field).toBe('from');
    const parliaments = await get('/reference/parliaments').expect(200);
    expect(parliaments.body).toContainEqual(expect.objectContaining({ id: 'bj-national-assembly', country: 'BJ' }));
    expect(portfolio.body.byStage.find(({ stage }: { stage: string }) => stage === 'completed').engagements).toBeGreaterThanOrEqual(1);
    expect(portfolio.body.activitiesHeld.count).toBeGreaterThanOrEqual(1);
  });

  it('records each step at the instant it happened, and the answer clock runs from when the plan was sent', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const opened = await post('', { ...REQUEST, contactedAt: daysAgo(60) }).expect(201);
    const caseId: string = opened.body.caseId;
    await post(`/${caseId}/needs`, { description: 'Committees lack clerks.', sectors: [2, 3], assessedAt: daysAgo(50) }).expect(200);
    await post(`/${caseId}/assistance-decision`, { decision: 'proceed', decidedAt: daysAgo(45) }).expect(200);
    const proposedAt = daysAgo(40);
    const proposed = await post(`/${caseId}/action-plans`, { plan: PLAN, proposedAt }).expect(200);
    expect(proposed.body.state.plans[0]).toMatchObject({ version: 1, proposedAt });
    expect(proposed.body.state.clocks['action-plan-partner-answer'].plan.startedAt).toBe(proposedAt);
    // Twenty working days from forty days ago have passed: the unanswered plan is breached at once.
    await stack.readModel(caseId, (body) => body.clockState === 'breached');
    const early = await post(`/${caseId}/action-plans/1/approve`, { signatory: SIGNATORY, answeredAt: daysAgo(41) }).expect(422);
    expect(early.body.field).toBe('answeredAt');
    const answeredAt = daysAgo(35);
    await post(`/${caseId}/action-plans/1/approve`, { signatory: SIGNATORY, answeredAt }).expect(200);
    await stack.readModel(caseId, (body) => body.status === 'service-delivery' && body.clockState === 'met');
    const { state } = (await get(`/cooperation-engagements/${caseId}/live`).expect(200)).body;
    expect(state.plans[0].answer).toMatchObject({ kind: 'approved', answeredAt });
    expect(state.clocks['action-plan-partner-answer']).toMatchObject({
      plan: { startedAt: proposedAt },
      stoppedAt: answeredAt,
      outcome: 'met',
    });
  });

  it('takes the partners by their ids in the reference lists, and refuses an id no list knows', async () => {
    const byIds = {
      ...REQUEST,
      requester: { kind: 'support-organization', supportOrganizationId: 'apf' },
      partnerParliament: { parliamentId: 'ga-national-assembly' },
    };
    const opened = await post('', byIds).expect(201);
    const { state } = (await get(`/cooperation-engagements/${opened.body.caseId}/live`).expect(200)).body;
    expect(state.partnerParliament).toEqual({
      parliamentId: 'ga-national-assembly',
      name: 'National Assembly of Gabon',
      country: 'Gabon',
      countryCode: 'GA',
    });
    expect(state.requester).toMatchObject({ kind: 'support-organization', supportOrganizationId: 'apf' });
    const unknown = await post('', { ...byIds, partnerParliament: { parliamentId: 'atlantis-senate' } }).expect(422);
    expect(unknown.body.field).toBe('partnerParliament.parliamentId');
  });

  it('answers 400 naming the field, 403 for a role or coordinator that may not, 404, 409 out of order, 422 for what only the domain judges', async () => {
    const badKind = await post('', { ...REQUEST, requester: { kind: 'embassy', name: 'Embassy of Benin' } }).expect(400);
    expect(badKind.body.field).toBe('requester.kind');
    await post('', REQUEST, `aude-${stack.run}`, 'auditor').expect(403);
    const forAnother = await post('', { ...REQUEST, coordinatorId: `mgagnon-${stack.run}` }).expect(403);
    expect(forAnother.body.message).toContain('coordinator');

    const caseId = await open();
    const early = await post(`/${caseId}/action-plans`, { plan: PLAN }).expect(409);
    expect(early.body.message).toContain('stage 1');
    const reasonless = await post(`/${caseId}/assistance-decision`, { decision: 'decline' }).expect(422);
    expect(reasonless.body.field).toBe('reason');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const futureNeeds = await post(`/${caseId}/needs`, { description: 'x', sectors: [1], assessedAt: tomorrow }).expect(422);
    expect(futureNeeds.body.field).toBe('assessedAt');
    const beforeContact = await post(`/${caseId}/assistance-decision`, {
      decision: 'decline',
      reason: 'x',
      decidedAt: '2020-01-06T15:00:00Z',
    });
    expect(beforeContact.status).toBe(422);
    expect(beforeContact.body.field).toBe('decidedAt');
    await post(`/${caseId}/reassign`, { coordinatorId: `mgagnon-${stack.run}` }).expect(403);
    // Another coordinator's engagement is outside their scope: it does not exist for them.
    const notTheirs = await post(`/${caseId}/needs`, { description: 'x', sectors: [1] }, `mgagnon-${stack.run}`).expect(404);
    expect(notTheirs.body.message).toBe(`case ${caseId} not found`);
    await post(`/${randomUUID()}/needs`, { description: 'x', sectors: [1] }).expect(404);

    const planning = await atActionPlan();
    const futurePlan = await post(`/${planning}/action-plans`, { plan: PLAN, proposedAt: tomorrow }).expect(422);
    expect(futurePlan.body.field).toBe('proposedAt');
    const lowerCase = await post(`/${planning}/action-plans`, { plan: { ...PLAN, budget: { ...PLAN.budget, currency: 'cad' } } }).expect(
      400,
    );
    expect(lowerCase.body.field).toBe('plan.budget.currency');
    // What the fuzzer sent once answered 500 (class-validator's decimal count threw on 5e-324).
    const extreme = await post(`/${planning}/action-plans`, { plan: { ...PLAN, budget: { ...PLAN.budget, amount: 5e-324 } } }).expect(400);
    expect(extreme.body).toMatchObject({ field: 'plan.budget.amount', message: expect.stringContaining('at most two decimals') });
    const crowd = await post(`/${planning}/action-plans`, {
      plan: { ...PLAN, teamProfile: { ...PLAN.teamProfile, publicServants: 2.3e21 } },
    });
    expect(crowd.status).toBe(400);
    expect(crowd.body.field).toBe('plan.teamProfile.publicServants');
    const noSuchDay = await post(`/${planning}/action-plans`, {
      plan: { ...PLAN, schedule: { ...PLAN.schedule, startsOn: '5366-33-11' } },
    });
    expect(noSuchDay.status).toBe(400);
    expect(noSuchDay.body.field).toBe('plan.schedule.startsOn');
    const outside = { ...PLAN, schedule: { ...PLAN.schedule, milestones: [{ on: '2027-01-15', description: 'After the schedule' }] } };
    const milestone = await post(`/${planning}/action-plans`, { plan: outside }).expect(422);
    expect(milestone.body.field).toBe('plan.schedule.milestones.0.on');
    await post(`/${planning}/action-plans`, { plan: PLAN }).expect(200);
    const notPending = await post(`/${planning}/action-plans/2/approve`, { signatory: SIGNATORY }).expect(409);
    expect(notPending.body.message).toContain('version 1 does');
    const badVersion = await post(`/${planning}/action-plans/two/approve`, { signatory: SIGNATORY }).expect(400);
    expect(badVersion.body.field).toBe('version');
    const badFrom = await get(`/cooperation-engagements/${planning}/action-plans/diff?from=first&to=1`).expect(400);
    expect(badFrom.body.field).toBe('from');
    const unknownVersion = await get(`/cooperation-engagements/${planning}/action-plans/diff?from=1&to=3`).expect(404);
    expect(unknownVersion.body).toMatchObject({ field: 'to', message: `case ${planning} has no action plan version 3` });
  });
});
