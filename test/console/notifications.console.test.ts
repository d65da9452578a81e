import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { accessibilityViolations, ConsoleStack, screenshot, SCREENSHOTS, staff } from './console-stack';

// Issue 16's pages: an administrator keeps the staff directory the notifier writes to; each person
// in it chooses the language and rhythm of their notifications; someone not in it is told why.
// The tests run in order: the directory of this run's schema starts empty.

const stack = new ConsoleStack();
const administrator = staff('paul.girard');
const officer = staff('marc.bouchard');
const colleague = staff('julie.cote');
/** Never added to this run's directory. */
const newcomer = staff('karim.benali');
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const rowOf = (page: Page, sub: string) => page.locator(`#staff-directory tr[data-staff-id="${sub}"]`);

async function fillEntry(page: Page, sub: string, name: string, email: string): Promise<void> {
  await page.getByLabel('Identifiant').fill(sub);
  await page.getByLabel('Nom', { exact: true }).fill(name);
  await page.getByLabel('Courriel', { exact: true }).fill(email);
  await page.getByLabel('Rôle', { exact: true }).selectOption('case-officer');
  await page.getByRole('checkbox', { name: 'Services de renseignements' }).check();
  await page.getByRole('checkbox', { name: 'Bureau des missions' }).check();
}

it('lets an administrator add a person, shows a refusal beside its field, and removes an entry once confirmed', async () => {
  const { page } = await stack.signedIn(administrator);
  await page.goto('/');
  await page.getByRole('link', { name: 'Répertoire du personnel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Répertoire du personnel');
  await expect(page.getByText('Personne n’est encore inscrit au répertoire.')).toBeVisible();

  await fillEntry(page, officer.sub, officer.name, 'marc.bouchard@');
  await page.getByRole('button', { name: 'Enregistrer l’inscription' }).click();
  await expect(page.locator('[data-field="email"] .refusal')).toContainText('Écrivez une adresse courriel valide.');
  await expect(page.getByLabel('Courriel', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'staff-directory-refusal-fr');
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByLabel('Courriel', { exact: true }).fill('marc.bouchard@mri.example');
  await page.getByRole('button', { name: 'Enregistrer l’inscription' }).click();
  await expect(page.getByText('Inscription de Marc Bouchard enregistrée.')).toBeVisible();
  const marc = rowOf(page, officer.sub);
  for (const text of [
    'Marc Bouchard',
    'marc.bouchard@mri.example',
    'Responsable de dossier',
    'Services de renseignements',
    'Bureau des missions',
    'Français',
    'Immédiat',
  ])
    await expect(marc).toContainText(text);
  // The form is empty again, ready for the next person.
  await expect(page.getByLabel('Identifiant')).toHaveValue('');

  await fillEntry(page, colleague.sub, colleague.name, 'julie.cote@mri.example');
  await page.getByRole('button', { name: 'Enregistrer l’inscription' }).click();
  await expect(rowOf(page, colleague.sub)).toBeVisible();
  await screenshot(page, 'staff-directory-fr');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Cancelled, nothing changes; confirmed, the entry is gone.
  await page.getByRole('button', { name: 'Retirer Julie Côté du répertoire' }).click();
  const dialog = page.getByRole('dialog', { name: 'Retirer Julie Côté du répertoire?' });
  await expect(dialog).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, colleague.sub)).toBeVisible();
  await page.getByRole('button', { name: 'Retirer Julie Côté du répertoire' }).click();
  await expect(dialog).toBeVisible();
  // The window alone: a full-page picture would draw the dialog's backdrop over the first screen only.
  await page.screenshot({ path: join(SCREENSHOTS, 'staff-directory-remove-fr.png') });
  expect(await accessibilityViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Retirer du répertoire' }).click();
  await expect(page.getByText('Inscription de Julie Côté retirée.')).toBeVisible();
  await expect(rowOf(page, colleague.sub)).toHaveCount(0);
  await expect(marc).toBeVisible();
});

it('lets the person added choose the daily digest, which a reload shows saved', async () => {
  const { page } = await stack.signedIn(officer);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Répertoire du personnel' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Mes avis' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes avis');
  await expect(page.locator('#notice-address')).toHaveText('marc.bouchard@mri.example');
  await expect(page.locator('#notice-teams')).toHaveText('Services de renseignements, Bureau des missions');
  await expect(page.getByRole('radio', { name: /^Immédiat/ })).toBeChecked();
  await expect(page.getByText('Les dépassements de délai et les escalades vous sont toujours envoyés sur-le-champ')).toBeVisible();

  await page.getByRole('radio', { name: /^Résumé quotidien/ }).check();
  await page.getByRole('button', { name: 'Enregistrer mes préférences' }).click();
  await expect(page.getByText('Vos préférences sont enregistrées.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('radio', { name: /^Résumé quotidien/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Français/ })).toBeChecked();
  await screenshot(page, 'my-notifications-fr');
  expect(await accessibilityViolations(page)).toEqual([]);

  const english = await stack.signedIn(officer, 'en-CA');
  await english.page.goto('/me/notifications');
  await expect(english.page.getByRole('heading', { level: 1 })).toHaveText('My notifications');
  await expect(english.page.getByRole('radio', { name: /^Daily digest/ })).toBeChecked();
  await expect(english.page.getByText('Breaches and escalations are always sent to you at once')).toBeVisible();
  await screenshot(english.page, 'my-notifications-en');
  expect(await accessibilityViolations(english.page)).toEqual([]);
});

it('shows the administrator the rhythm the person chose, in English', async () => {
  const { page } = await stack.signedIn(administrator, 'en-CA');
  await page.goto('/');
  await page.getByRole('link', { name: 'Staff directory' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff directory');
  const marc = rowOf(page, officer.sub);
  for (const text of ['Case officer', 'Information services', 'Missions Bureau', 'French', 'Daily digest'])
    await expect(marc).toContainText(text);
  await page.getByRole('button', { name: 'Edit the entry of Marc Bouchard' }).click();
  await expect(page.getByLabel('ID', { exact: true })).toHaveValue(officer.sub);
  await expect(page.getByLabel('ID', { exact: true })).toBeFocused();
  await expect(page.getByRole('radio', { name: /^Daily digest/ })).toBeChecked();
  await screenshot(page, 'staff-directory-en');
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('tells a person not in the directory that an administrator adds them', async () => {
  const { page } = await stack.signedIn(newcomer);
  await page.goto('/me/notifications');
  await expect(page.locator('#not-listed')).toHaveText(
    'Vous n’êtes pas encore dans le répertoire du personnel : une administratrice ou un administrateur vous y ajoute.',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await screenshot(page, 'my-notifications-not-listed-fr');
  expect(await accessibilityViolations(page)).toEqual([]);

  const english = await stack.signedIn(newcomer, 'en-CA');
  await english.page.goto('/me/notifications');
  await expect(english.page.locator('#not-listed')).toHaveText('You are not in the staff directory yet: an administrator adds you.');
  await screenshot(english.page, 'my-notifications-not-listed-en');
  expect(await accessibilityViolations(english.page)).toEqual([]);
});
