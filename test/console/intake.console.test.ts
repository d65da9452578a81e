import { expect } from '@playwright/test';
import { accessibilityViolations, ConsoleStack, screenshot, staff } from './console-stack';

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
