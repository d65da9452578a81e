import { expect } from '@playwright/test';
import { PLAN, REVISED_PLAN, SIGNATORY } from '../../libs/domain/src/cooperation-engagement/cooperation-engagement.fixtures';
import { accessibilityViolations, ConsoleStack, screenshot, staff } from './console-stack';

// An engagement's action plan: proposed by its coordinator, the partner asks for modifications,
// version 2 follows, and the case page shows what changed from one version to the other.

const stack = new ConsoleStack();
const coordinator = staff('sebastien.jobert');
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const post = (path: string, body: object) =>
  stack.api
    .http()
    .post(`/cooperation-engagements${path}`)
    .set('Authorization', stack.api.bearer('coordinator', coordinator.sub, coordinator.teams))
    .send(body);

it('shows the diff of version 2, made after the partner asked for modifications, in French and English', async () => {
  const request = {
    requester: { kind: 'support-organization', name: 'United Nations Development Programme (UNDP)' },
    partnerParliament: { name: `National Assembly of Benin (${stack.api.run})`, country: 'Benin' },
    request: 'Support to the legislative process.',
  };
  const caseId = (await post('', request).expect(201)).body.caseId as string;
  await post(`/${caseId}/needs`, { description: 'Committees lack trained clerks.', sectors: [2, 3] }).expect(200);
  await post(`/${caseId}/assistance-decision`, { decision: 'proceed' }).expect(200);
  await post(`/${caseId}/action-plans`, { plan: PLAN }).expect(200);
  await post(`/${caseId}/action-plans/1/modifications`, { signatory: SIGNATORY, comments: 'Add debate broadcasting.' }).expect(200);
  await post(`/${caseId}/action-plans`, { plan: REVISED_PLAN }).expect(200);
  await stack.api.readModel(caseId, (body) => body.timeline.filter((event) => event.type === 'ActionPlanProposed').length === 2);

  const { page } = await stack.signedIn(coordinator);
  await page.goto(`/cases/${caseId}`);
  const diff = page.locator('.plan-diff');
  await expect(diff.locator('tr[data-field="budget.amount"]')).toContainText(/84\s500.*92\s000/);
  await expect(diff.locator('tr[data-field="services.sectors"] ins')).toHaveText('2, 3, 5');
  await screenshot(page, 'action-plan-diff-fr');
  expect(await accessibilityViolations(page)).toEqual([]);

  const { page: english } = await stack.signedIn(coordinator, 'en-CA');
  await english.goto(`/cases/${caseId}`);
  await expect(english.locator('.plan-diff caption')).toHaveText('What changed from version 1 to version 2');
  await expect(english.locator('.plan-diff tr[data-field="budget.amount"] ins')).toHaveText('92,000');
});
