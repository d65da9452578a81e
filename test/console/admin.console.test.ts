import { expect } from '@playwright/test';
import { QC_PUBLIC_SERVICE_CALENDAR as CALENDAR, shiftWorkingDays } from '@entente/domain';
import { accessibilityViolations, ConsoleStack, screenshot, staff } from './console-stack';

// Administrators: a holiday added through the console moves a running clock, which the page lists;
// the declaration of services lists its versions.

const stack = new ConsoleStack();
const administrator = staff('paul.girard');
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const torontoDate = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'America/Toronto' });

it('adds a holiday and shows the running clock it moved, then the declaration of services', async () => {
  const body = { sender: { name: null, email: 'a@example.org' }, subject: 'Congé', body: '?' };
  const caseId = await stack.receivedEmail(body, (detail) => detail.dueAt !== null);

  const { page } = await stack.signedIn(administrator);
  await page.goto('/admin/holidays');
  await expect(page.locator('#holidays tbody tr').first()).toBeVisible();
  await page.getByLabel('Date', { exact: true }).fill(torontoDate(shiftWorkingDays(CALENDAR, new Date().toISOString(), 2)));
  await page.getByLabel('Nom', { exact: true }).fill(`Journée ${stack.api.run}`);
  await page.getByLabel('Motif', { exact: true }).fill('Décret du gouvernement');
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.waitForURL(/\/admin\/holidays\?moved=\d+$/);
  // The page stops asking once the list holds still, which may be before this case's move is
  // projected: read it again.
  await expect(async () => {
    await page.reload();
    await expect(page.locator(`.moved tr[data-case-id="${caseId}"]`)).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: 60_000 });
  await screenshot(page, 'admin-holidays-fr');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.goto('/admin/standards');
  await expect(page.locator('#standards tbody tr').first()).toBeVisible();
  await screenshot(page, 'admin-standards-fr');
  expect(await accessibilityViolations(page)).toEqual([]);
});
