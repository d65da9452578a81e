import { expect } from '@playwright/test';
import { shiftWorkingDays, QC_PUBLIC_SERVICE_CALENDAR as CALENDAR } from '@entente/domain';
import { accessibilityViolations, ConsoleStack, screenshot, staff } from './console-stack';

// An e-mail request through the console, on the real engines: assigned by a supervisor, answered
// by its officer, each step a form built from the API's document, the timeline updating by itself.

const stack = new ConsoleStack();
const run = stack.api.run;
const intake = staff('ines.tremblay');
const supervisor = staff('sophie.gagnon');
const officer = staff('marc.bouchard');
const colleague = staff('julie.cote');

beforeAll(() => stack.start());
afterAll(() => stack.stop());

async function receiveEmail(subject: string, receivedAt?: string): Promise<string> {
  const body = { sender: { name: 'Léa Roy', email: 'lea@example.org' }, subject, body: 'Quels sont les critères?', receivedAt };
  return stack.receivedEmail(body, undefined, intake.sub);
}

describe('an e-mail request in the console', () => {
  it('is received, assigned, answered, and leaves the open cases with its three events and actors', async () => {
    const { page: desk } = await stack.signedIn(intake);
    await desk.goto('/intake/email-request');
    await desk.getByLabel(/^Courriel/).fill('lea@example.org');
    await desk.getByLabel('Objet', { exact: true }).fill(`Critères ${run}`);
    await desk.getByLabel('Message', { exact: true }).fill('Quels sont les critères?');
    await screenshot(desk, 'intake-fr');
    expect(await accessibilityViolations(desk)).toEqual([]);
    await desk.getByRole('button', { name: 'Envoyer' }).click();
    await desk.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = desk.url().split('/').pop()!;
    await expect(desk.locator('.timeline li')).toHaveCount(1);
    // An intake officer holds no case: their first screen is what the team received and nobody holds yet.
    await desk.goto('/');
    await expect(desk).toHaveURL(`${stack.url}/?view=unassigned`);
    await expect(desk.getByRole('button', { name: 'Non assignés' })).toHaveAttribute('aria-pressed', 'true');
    await expect(desk.locator('tr[data-case-id]').first()).toBeVisible();
    await screenshot(desk, 'queue-intake-fr');
    await desk.goto('/?view=unassigned&sort=-receivedAt');
    await expect(desk.locator(`tr[data-case-id="${caseId}"]`)).toHaveCount(1);
    await expect(desk.getByRole('link', { name: 'Vérification', exact: true })).toHaveCount(0);

    const { page: boss } = await stack.signedIn(supervisor);
    await boss.goto(`/cases/${caseId}`);
    await boss.getByRole('button', { name: 'Assigner' }).click();
    await boss.getByLabel('Responsable désigné').fill(officer.sub);
    await boss.getByRole('button', { name: 'Envoyer' }).click();
    await expect(boss.locator('.timeline li')).toHaveCount(2);
    await screenshot(boss, 'case-fr');
    expect(await accessibilityViolations(boss)).toEqual([]);

    const { page } = await stack.signedIn(officer);
    // The test database outlives runs: this officer holds earlier runs' cases, due sooner than this one.
    await page.goto('/?view=mine&sort=-receivedAt');
    await page.locator(`tr[data-case-id="${caseId}"] a`).click();
    await page.getByRole('button', { name: 'Répondre' }).click();
    await page.getByLabel('Réponse', { exact: true }).fill('Les critères sont publiés sur notre site.');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await expect(page.locator('.timeline li')).toHaveCount(3);
    await expect(page.locator('.timeline .who')).toHaveText([intake.sub, supervisor.sub, officer.sub]);

    // A case still open keeps the view from being empty on fresh engines, and shows the queue loaded.
    const stillOpen = await receiveEmail(`Encore ouverte ${run}`);
    // The test database outlives runs and holds missions "received" ahead of now: e-mails only.
    await boss.goto('/?view=open&sort=-receivedAt&caseType=email-request');
    await expect(boss.locator(`tr[data-case-id="${stillOpen}"]`)).toHaveCount(1);
    await expect(boss.locator(`tr[data-case-id="${caseId}"]`)).toHaveCount(0);
  });

  it('shows a case received 5 working days ago as breached, in the queue and on its page', async () => {
    const caseId = await receiveEmail(`En retard ${run}`, shiftWorkingDays(CALENDAR, new Date().toISOString(), -5));
    await stack.api.readModel(caseId, (body) => body.clockState === 'breached');
    const { page } = await stack.signedIn(supervisor);
    await page.goto('/?view=overdue&sort=-receivedAt');
    await expect(page.locator(`tr[data-case-id="${caseId}"] .badge`)).toHaveText(/Délai dépassé/);
    await screenshot(page, 'queue-fr');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator(`tr[data-case-id="${caseId}"] a`).click();
    await expect(page.locator('.summary .badge')).toHaveText(/Délai dépassé/);
    await expect(page.locator('.clock[data-standard="email-information-request"] .badge')).toHaveText(/Délai dépassé/);
    await expect(page.locator('.clock[data-standard="email-information-request"] h3')).toHaveText(
      'Demande d’information par courriel : réponse dans les quatre jours ouvrables',
    );
  });

  it('offers "answer" to the case’s officer only, and shows a refusal beside its field', async () => {
    const caseId = await receiveEmail(`Refus ${run}`);
    await stack.api
      .http()
      .post(`/email-requests/${caseId}/assign`)
      .set('Authorization', stack.api.bearer('supervisor', supervisor.sub))
      .send({ officerId: officer.sub })
      .expect(200);
    await stack.api.readModel(caseId, (body) => body.status === 'assigned');

    const { page: other } = await stack.signedIn(colleague);
    await other.goto(`/cases/${caseId}`);
    // The page has settled: the actions offered, or the API's refusal to show the case at all.
    await expect(other.locator('.actions h2, .refusal')).toBeVisible({ timeout: 15000 });
    await expect(other.getByRole('button', { name: 'Répondre' })).toHaveCount(0);

    const { page } = await stack.signedIn(officer);
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('button', { name: 'Répondre' }).click();
    await page.getByRole('button', { name: 'Envoyer' }).click();
    const field = page.locator('[data-field="answer"]');
    await expect(field.locator('.refusal')).toContainText('La réponse ne peut pas être vide.');
    await expect(field.locator('.api-says')).toContainText('answer');
  });

  it('reads the same page in English, its clock paused with the reason', async () => {
    const caseId = await receiveEmail(`Language ${run}`);
    await stack.api
      .http()
      .post(`/clocks/email-request/${caseId}/email-information-request/pause`)
      .set('Authorization', stack.api.bearer('supervisor', supervisor.sub))
      .send({ reason: 'awaiting-requester-information', explanation: 'Numéro de dossier manquant' })
      .expect(200);
    await stack.api.readModel(caseId, (body) => (body.clocks as { state: string }[])[0]?.state === 'paused');
    const { page } = await stack.signedIn(supervisor, 'en-CA');
    await page.goto(`/cases/${caseId}`);
    await expect(page.locator('h2#summary-title')).toHaveText('Summary');
    const clock = page.locator('.clock[data-standard="email-information-request"]');
    await expect(clock.locator('.paused')).toContainText(/Paused since .*: Awaiting requester information — Numéro de dossier manquant/);
    await expect(clock).toContainText('Working days left');
    await expect(clock.locator('h3')).toHaveText('Information request by e-mail answered within four working days');
    await expect(page.getByRole('button', { name: 'Assign' })).toBeVisible();
    await screenshot(page, 'case-en');
    await page.getByRole('button', { name: 'Afficher en français' }).click();
    await expect(page.locator('h2#summary-title')).toHaveText('Sommaire');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  });
});
