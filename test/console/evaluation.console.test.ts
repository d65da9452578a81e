import { expect } from '@playwright/test';
import { signEvaluationLink } from '@entente/platform';
import { ApiConfig } from '../../apps/api/src';
import { missionPlan, MissionsBeingEvaluated } from '../support/missions-being-evaluated';
import { accessibilityViolations, ConsoleStack, screenshot } from './console-stack';

// A mission participant's evaluation page (issue 16, docs/adr/0023): reached from the link in
// their e-mail, without signing in, in the language their contact corresponds in; the answer is
// recorded as theirs, and the page then thanks them.

const stack = new ConsoleStack();
const missions = new MissionsBeingEvaluated(stack.api);
beforeAll(async () => {
  await stack.start();
  await missions.start();
});
afterAll(async () => {
  await missions.stop();
  await stack.stop();
});

it('opens a participant’s link in English without a sign-in, records their ratings, and thanks them', async () => {
  const run = stack.api.run;
  const cae = { name: 'Louis Gauthier', email: `louis.gauthier.${run}@cae.example`, language: 'en' };
  const { caseId, state } = await missions.mission(missionPlan(`olivier-${run}`), [
    { participantId: 'cae', name: 'CAE inc.', kind: 'company', contact: cae },
  ]);
  const secret = stack.api.api.get(ApiConfig).evaluationLinkSecret;
  const token = signEvaluationLink({ caseId, participantId: 'cae', expiresAt: state.evaluation.plan.closesAt }, secret);

  // A browser in French, as the participant's may be, and no session.
  const context = await stack.browse('fr-CA');
  const page = await context.newPage();
  await page.goto(`/evaluation/${token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mission evaluation');
  await expect(page.getByText('Participant: CAE inc.', { exact: true })).toBeVisible();
  await expect(page.getByText(/Louis|@/)).toHaveCount(0);
  await page.getByRole('group', { name: 'Accommodation' }).getByLabel('4').check();
  await page.getByRole('group', { name: 'Organization of the mission as a whole' }).getByLabel('5').check();
  await page.getByLabel(/^Comment/).fill('Well organized.');
  await screenshot(page, 'evaluation-en');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Send my evaluation' }).click();
  await expect(page.getByRole('status')).toHaveText('Thank you! Your evaluation is recorded.');

  const detail = await stack.api.readModel(caseId, (body) => body.timeline.some(({ type }) => type === 'MissionEvaluationAnswered'));
  const answered = detail.timeline.find(({ type }) => type === 'MissionEvaluationAnswered')!;
  expect(answered.actor).toEqual({ id: 'cae', role: 'participant' });
  expect(answered.data).toMatchObject({ ratings: { accommodation: 4, 'overall-organization': 5 }, comment: 'Well organized.' });

  // The same link again: the page says it was used; in French once the participant asks, and still after a reload.
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('An evaluation was already sent with this link. Thank you!');
  await page.getByRole('button', { name: 'Afficher en français' }).click();
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Une évaluation a déjà été envoyée avec ce lien. Merci!');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Évaluation de la mission');
  await screenshot(page, 'evaluation-answered-fr');
  await context.close();
});
