import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import { createDataSource } from '@entente/persistence';
import { accessibilityViolations, ConsoleStack, screenshot, staff } from './console-stack';

// An auditor's console: a case's verification badge, its export, its state at an instant, and the
// whole log verified; then a stored event altered in PostgreSQL shows where the chain breaks.

const stack = new ConsoleStack();
const auditor = staff('claire.roy');
beforeAll(() => stack.start());
afterAll(() => stack.stop());

async function alterFirstEvent(caseId: string): Promise<void> {
  const database = await createDataSource({ databaseUrl: stack.api.engines.databaseUrl, schema: stack.api.schema }).initialize();
  try {
    await database.query(
      `UPDATE "${stack.api.schema}".case_event SET data = data || '{"subject":"altered"}' WHERE case_id = $1 AND sequence = 1`,
      [caseId],
    );
  } finally {
    await database.destroy();
  }
}

it('shows a verified case with no action, exports it, reads it as of an instant, then shows the first break', async () => {
  const body = { sender: { name: 'Léa Roy', email: 'lea@example.org' }, subject: 'Audit', body: '?' };
  const caseId = await stack.receivedEmail(body);

  const { page } = await stack.signedIn(auditor);
  await page.goto(`/cases/${caseId}`);
  await expect(page.locator('.verification')).toHaveText(/Vérifié : 1 événements/);
  await expect(page.locator('.actions button')).toHaveCount(0);
  const asOf = page.getByLabel('État du dossier à l’instant');
  await expect(asOf).toHaveAttribute('type', 'text');
  await expect(page.locator('.as-of .hint')).toHaveText(/AAAA-MM-JJ HH:MM, heure sur 24 h/);
  await asOf.fill('12/06/2026, 1:35 PM');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page.locator('.as-of .refusal')).toContainText('« État du dossier à l’instant » : écrivez la date et l’heure ainsi');
  // Now in Toronto, as a person there writes it: « 2026-12-06 13:35:08 ».
  await asOf.fill(new Date().toLocaleString('sv-SE', { timeZone: 'America/Toronto' }));
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page.locator('.as-of .refusal')).toHaveCount(0);
  await expect(page.locator('.as-of pre')).toContainText('received');
  await screenshot(page, 'audit-case-fr');
  expect(await accessibilityViolations(page)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
  expect(download.suggestedFilename()).toBe(`case-${caseId}.csv`);
  expect(await readFile(await download.path(), 'utf8')).toContain('EmailRequestReceived');

  await alterFirstEvent(caseId);
  await page.reload();
  await expect(page.locator('.verification.broken')).toContainText('Chaîne rompue à l’événement 1');

  // Auditors verify the whole log: the console offers them the page (and only them, see the dashboards test).
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Vérification', exact: true }).click();
  await expect(page).toHaveURL(`${stack.url}/audit`);
  await page.getByRole('button', { name: 'Vérifier tout le journal' }).click();
  await expect(page.locator('.log-result')).toHaveAttribute('data-verified', 'false');
  await expect(page.locator(`.log-result a[href="/cases/${caseId}"]`)).toBeVisible();
  await screenshot(page, 'audit-log-fr');
  expect(await accessibilityViolations(page)).toEqual([]);
});
