import { NotifierConfig, startNotifier, type RunningNotifier } from '@entente/notifier';
import { jsonLogger, signEvaluationLink, type EvaluationLinkClaims } from '@entente/platform';
import type { WorkerActivities } from '@entente/workflows';
import { ApiConfig } from '../../apps/api/src';
import { inboxOf, textOf, type InboxMessage } from '../notifier/mailpit-inbox';
import { eventually } from '../projector/projector-harness';
import { missionPlan, MissionsBeingEvaluated } from '../support/missions-being-evaluated';
import { ApiStack } from './api-harness';

// A mission participant answers their evaluation through the signed link of their e-mail, with
// no sign-in (docs/adr/0023), over HTTP on the real engines: the notifier mails each participant
// their link through the real mail server; the answer is recorded as theirs, once; the reminder
// goes only to who has not answered; a link not ours is not found, an expired one gone, and the
// link opens no staff route. The mission is brought to its evaluation by `MissionsBeingEvaluated`,
// whose reminder is planned seconds later here.

const REMIND_AFTER_MS = 15_000;
const stack = new ApiStack((real: WorkerActivities) => ({
  ...real,
  planMissionEvaluation: async (sentAt) => ({
    ...(await real.planMissionEvaluation(sentAt)),
    remindAt: new Date(Date.parse(sentAt) + REMIND_AFTER_MS).toISOString(),
  }),
}));
const missions = new MissionsBeingEvaluated(stack);
let notifier: RunningNotifier;

beforeAll(async () => {
  await stack.start();
  await missions.start();
  const config = { ...process.env, ...stack.deployment(), NOTIFIER_GROUP_ID: `t-evaluation-${stack.run}`, NOTIFIER_POLL_MS: '200' };
  notifier = await startNotifier(
    new NotifierConfig(config),
    jsonLogger('notifier', () => undefined),
  );
});
afterAll(async () => {
  await notifier?.stop();
  await missions.stop();
  await stack.stop();
});

const officer = `olivier-${stack.run}`;
const PLAN = missionPlan(officer);
const HYDRO = {
  participantId: 'hydro',
  name: 'Hydro-Québec',
  kind: 'company',
  contact: { name: 'Isabelle Fortin', email: `i.fortin.${stack.run}@hydro.example` },
};
const LAVAL = {
  participantId: 'ulaval',
  name: 'Université Laval',
  kind: 'institution',
  // Laval's contact corresponds in English; Hydro's language was not recorded.
  contact: { name: 'Claire Gagnon', email: `c.gagnon.${stack.run}@ulaval.example`, language: 'en' },
};
let CLOSES_AT: string;

const link = (claims: Partial<EvaluationLinkClaims> & { caseId: string }, secret = stack.api.get(ApiConfig).evaluationLinkSecret) =>
  signEvaluationLink({ participantId: 'ulaval', expiresAt: CLOSES_AT, ...claims }, secret);
const show = (token: string) => stack.http().get(`/evaluation-links/${token}`);
const answer = (token: string, body: object) => stack.http().post(`/evaluation-links/${token}/answers`).send(body);

/** A mission in Tokyo, started early, with a hotel for the delegation and meetings for Hydro; then ended by its timer. */
async function missionBeingEvaluated(): Promise<string> {
  const meetings = { kind: 'meetings', description: 'Rencontres TEPCO', participantId: 'hydro' };
  const { caseId, state } = await missions.mission(PLAN, [HYDRO, LAVAL], [meetings]);
  CLOSES_AT = state.evaluation.plan.closesAt;
  return caseId;
}

/** The messages to a participant's contact about this run's mission. */
const mailTo = (participant: typeof HYDRO) => inboxOf(stack.engines.mailpitUrl, participant.contact.email);
const SUBJECT = 'Votre évaluation de la mission du premier ministre / Your evaluation of the Premier’s mission';
const SUBJECT_IN_ENGLISH = 'Your evaluation of the Premier’s mission';
const subjectFor = (participant: typeof HYDRO) => (participant === LAVAL ? SUBJECT_IN_ENGLISH : SUBJECT);

describe('a participant’s evaluation link', () => {
  let caseId: string;
  let mailed: string;
  beforeAll(async () => {
    caseId = await missionBeingEvaluated();
  });

  it('is mailed to each participant’s contact, in their language or both (French first), with a link of their own', async () => {
    const messages = new Map<string, InboxMessage>();
    for (const participant of [HYDRO, LAVAL]) {
      const [message, ...more] = await eventually(`the evaluation in ${participant.contact.name}'s inbox`, async () => {
        const found = await mailTo(participant);
        return found.length > 0 ? found : undefined;
      });
      expect(more).toEqual([]);
      expect(message!.Subject).toBe(subjectFor(participant));
      expect(message!.To).toEqual([{ Name: participant.contact.name, Address: participant.contact.email }]);
      messages.set(participant.participantId, message!);
    }
    const text = await textOf(stack.engines.mailpitUrl, messages.get('ulaval')!);
    expect(text).toContain('Hello Claire Gagnon,');
    expect(text).not.toContain('Bonjour');
    const [, token] = /\/evaluation\/([\w.-]+)/.exec(text)!;
    mailed = token!;
    // Each participant's link is theirs: Hydro's opens Hydro's evaluation, in both languages.
    const hydroText = await textOf(stack.engines.mailpitUrl, messages.get('hydro')!);
    expect(hydroText.indexOf('Bonjour Isabelle Fortin,')).toBeLessThan(hydroText.indexOf('Hello Isabelle Fortin,'));
    const [, hydroToken] = /\/evaluation\/([\w.-]+)/.exec(hydroText)!;
    expect(hydroToken).not.toBe(mailed);
    expect((await show(hydroToken!).expect(200)).body).toMatchObject({ participant: 'Hydro-Québec', language: null });
  });

  it('shows the mission and what to rate, records the answer as the participant, once', async () => {
    const token = mailed;
    const page = await show(token).expect(200);
    expect(page.body).toEqual({
      mission: { theme: PLAN.theme, city: 'Tokyo', country: 'Japan', startsOn: PLAN.startsOn, endsOn: PLAN.endsOn },
      participant: 'Université Laval',
      status: 'open',
      aspects: ['accommodation', 'overall-organization'],
      answersUntil: CLOSES_AT,
      language: 'en',
    });
    // Nobody's contact, nor another participant.
    expect(JSON.stringify(page.body)).not.toMatch(/@|Hydro|Gagnon/);

    expect((await answer(token, { ratings: { meetings: 4 } }).expect(422)).body.field).toBe('ratings.meetings');
    expect((await answer(token, { ratings: { accommodation: 9 } }).expect(400)).body.field).toBe('ratings.accommodation');
    const ratings = { accommodation: 5, 'overall-organization': 4 };
    const answered = await answer(token, { ratings, comment: 'Très bien organisée.' }).expect(200);
    expect(answered.body.status).toBe('answered');

    const detail = await stack.readModel(caseId, (body) => body.timeline.some((event) => event.type === 'MissionEvaluationAnswered'));
    const event = detail.timeline.find(({ type }) => type === 'MissionEvaluationAnswered')!;
    expect(event.actor).toEqual({ id: 'ulaval', role: 'participant' });
    expect(event.data).toMatchObject({ participantId: 'ulaval', ratings, recordedBy: 'ulaval' });

    const again = await answer(token, { ratings }).expect(409);
    expect(again.body).toMatchObject({ code: 'command-refused', message: expect.stringContaining('already answered') });
    expect((await show(token).expect(200)).body.status).toBe('answered');
  });

  it('reminds only the participant who has not answered, once', async () => {
    const [reminder] = await eventually('the reminder in Hydro’s inbox', async () => {
      const found = (await mailTo(HYDRO)).filter(({ Subject }) => Subject.startsWith('Rappel'));
      return found.length > 0 ? found : undefined;
    });
    expect(reminder!.Subject).toBe('Rappel : votre évaluation de la mission / Reminder: your evaluation of the mission');
    const detail = await stack.readModel(caseId, (body) => body.timeline.some(({ type }) => type === 'MissionEvaluationReminderSent'));
    expect(detail.timeline.filter(({ type }) => type === 'MissionEvaluationReminderSent')).toHaveLength(1);
    expect((await mailTo(LAVAL)).map(({ Subject }) => Subject)).toEqual([SUBJECT_IN_ENGLISH]);
  });

  it('does not find a link it did not sign, nor one to a participant never sent the evaluation', async () => {
    const token = link({ caseId, participantId: 'hydro' });
    const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const forged of [flipped, link({ caseId }, 'another-secret-of-at-least-32-characters'), 'not-a-link']) {
      expect((await show(forged).expect(404)).body).toMatchObject({ code: 'not-found', field: 'token' });
      expect((await answer(forged, { ratings: { accommodation: 5 } }).expect(404)).body.field).toBe('token');
    }
    expect((await show(link({ caseId, participantId: 'bombardier' })).expect(404)).body.field).toBe('token');
  });

  it('is gone once expired', async () => {
    const expired = link({ caseId, participantId: 'hydro', expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await show(expired).expect(410)).body).toMatchObject({ code: 'link-expired', field: 'token' });
    await answer(expired, { ratings: { meetings: 5 } }).expect(410);
  });

  it('compiles at once when the last participant answers through their link, counting every answer', async () => {
    const hydroText = await textOf(
      stack.engines.mailpitUrl,
      (await mailTo(HYDRO)).find(({ Subject }) => Subject === SUBJECT)!,
    );
    const [, hydroToken] = /\/evaluation\/([\w.-]+)/.exec(hydroText)!;
    await answer(hydroToken!, { ratings: { meetings: 3, 'overall-organization': 5 }, comment: 'Rencontres utiles.' }).expect(200);
    const evaluation = await eventually('the compilation', async () => {
      const { body } = await stack.http().get(`/premier-missions/${caseId}/evaluation`).set('Authorization', stack.bearer('supervisor'));
      return body.compilation ? body : undefined;
    });
    expect(evaluation.compilation).toMatchObject({ invited: 2, answered: 2, responseRate: 1 });
    expect(evaluation.compilation.comments).toEqual(['Rencontres utiles.', 'Très bien organisée.']);
    expect(evaluation.answered.map(({ participantId }: { participantId: string }) => participantId).sort()).toEqual(['hydro', 'ulaval']);
    // Compiled: the link shows the answer given, and takes no other.
    expect((await show(hydroToken!).expect(200)).body.status).toBe('answered');
    expect((await answer(hydroToken!, { ratings: { meetings: 1 } }).expect(409)).body.code).toBe('command-refused');
  });

  it('opens no staff route, and no sign-in makes anyone a participant', async () => {
    const token = link({ caseId, participantId: 'hydro' });
    await stack.http().get(`/premier-missions/${caseId}/evaluation`).set('Authorization', `Bearer ${token}`).expect(401);
    await stack
      .http()
      .post(`/premier-missions/${caseId}/evaluation/answers`)
      .set('Authorization', `Bearer ${token}`)
      .send({ participantId: 'hydro', ratings: { meetings: 5 } })
      .expect(401);
    expect(() => stack.bearer('participant')).toThrow(/refused a development token/);
  });
});
