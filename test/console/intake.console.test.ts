import { expect } from '@playwright/test';
import { accessibilityViolations, ConsoleStack, screenshot, staff } from './console-stack';
import { QC_PUBLIC_SERVICE_CALENDAR as CALENDAR, shiftWorkingDays } from '@entente/domain';

// Every case type's intake form, built from its opening command in the API's OpenAPI document.

const stack = new ConsoleStack();
beforeAll(() => stack.start());
afterAll(() => stack.stop());

const CASE_TYPES = [
  'email-request',
  'telephone-inquiry',
  'complaint',
  'internship-application',
  'bilateral-project',
  'call-for-proposals',
  'premier-mission',
  'cooperation-engagement',
];

it('offers a labelled, accessible form for each of the 8 case types', async () => {
  const { page } = await stack.signedIn(staff('ines.tremblay'));
  for (const caseType of CASE_TYPES) {
    await page.goto(`/intake/${caseType}`);
    await expect(page.locator('form.command .field').first()).toBeVisible();
    expect(await page.locator('form.command input, form.command select, form.command textarea').count()).toBeGreaterThan(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  }
  await page.goto('/intake/telephone-inquiry');
  await screenshot(page, 'intake-telephone-fr');
});

const intake = staff('ines.tremblay');
const torontoDate = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'America/Toronto' });

describe('an instant on a form', () => {
  it('is typed year-month-day on a 24-hour clock, read in Québec time, whatever the browser', async () => {
    const { page } = await stack.signedIn(intake);
    await page.goto('/intake/email-request');
    const receivedAt = page.getByLabel(/^Date de réception/);
    await expect(receivedAt).toHaveAttribute('type', 'text');
    await expect(page.locator('[data-field="receivedAt"] .hint')).toHaveText(/AAAA-MM-JJ HH:MM, heure sur 24 h/);
    // What a browser in an American locale shows and a person may copy: refused, naming the field.
    await receivedAt.fill('12/01/2026 09:30 AM');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await expect(page.locator('[data-field="receivedAt"] .refusal')).toHaveText(
      '« Date de réception » : écrivez la date et l’heure ainsi : 2027-01-04 17:00 (année-mois-jour, heure sur 24 h).',
    );
    await screenshot(page, 'intake-instant-refused-fr');
    expect(await accessibilityViolations(page)).toEqual([]);

    const day = torontoDate(shiftWorkingDays(CALENDAR, new Date().toISOString(), -1));
    await receivedAt.fill(`${day} 9 h 30`);
    await page.getByLabel(/^Courriel/).fill('lea@example.org');
    await page.getByLabel('Objet', { exact: true }).fill(`Reçu hier ${stack.api.run}`);
    await page.getByLabel('Message', { exact: true }).fill('?');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = page.url().split('/').pop()!;
    const stored = await stack.api.readModel(caseId, () => true);
    // 9:30 in Toronto, whatever the zone of the browser or of the machine running it.
    expect(new Date(stored.receivedAt as string).toLocaleTimeString('sv-SE', { timeZone: 'America/Toronto' })).toBe('09:30:00');
  });

  it('shows its format and its refusal in English', async () => {
    const { page } = await stack.signedIn(intake, 'en-CA');
    await page.goto('/intake/email-request');
    await expect(page.locator('[data-field="receivedAt"] .hint')).toHaveText(/YYYY-MM-DD HH:MM, 24-hour clock/);
    await page.getByLabel(/^Received at/).fill('2026-12-01 9:30 PM');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('[data-field="receivedAt"] .refusal')).toHaveText(
      '“Received at”: write the date and time like this: 2027-01-04 17:00 (year-month-day, 24-hour clock).',
    );
    await screenshot(page, 'intake-instant-refused-en');
  });
});
