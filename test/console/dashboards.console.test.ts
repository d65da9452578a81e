import { expect, type Page } from '@playwright/test';
import { accessibilityViolations, ConsoleStack, screenshot, staff } from './console-stack';

// The dashboards show the API's figures, not figures of their own.

const stack = new ConsoleStack();
const supervisor = staff('sophie.gagnon');
beforeAll(() => stack.start());
afterAll(() => stack.stop());

type Row = { standardId: string; month: string; cases: number; met: number; late: number; breached: number; open: number };
const COUNTS = ['cases', 'met', 'late', 'breached', 'open'] as const;
/** The console's alarm colour (--bad). */
const BAD = 'rgb(164, 22, 26)';

/** The page's table and the API's answer, read one right after the other (other runs add cases meanwhile). */
async function tableAndReport(page: Page): Promise<{ shown: string[][]; expected: string[][] }> {
  await page.goto('/dashboards/compliance');
  await expect(page.locator('#service-standards tbody tr').first()).toBeVisible();
  const shown = await page
    .locator('#service-standards tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-row') ?? '',
        ...['cases', 'met', 'late', 'breached', 'open'].map((c) => row.querySelector(`[data-column="${c}"]`)?.textContent ?? ''),
      ]),
    );
  const report = await stack.api.http().get('/reports/service-standards').set('Authorization', stack.api.bearer('supervisor')).expect(200);
  const expected = (report.body.standards as Row[]).map((row) => [`${row.standardId}|${row.month}`, ...COUNTS.map((c) => String(row[c]))]);
  return { shown, expected };
}

it('shows the compliance figures of GET /reports/service-standards, with CSV', async () => {
  const body = { sender: { name: null, email: 'a@example.org' }, subject: 'Chiffres', body: '?' };
  await stack.receivedEmail(body);
  const { page } = await stack.signedIn(supervisor);
  let attempt = await tableAndReport(page);
  for (let tries = 0; tries < 3 && JSON.stringify(attempt.shown) !== JSON.stringify(attempt.expected); tries++)
    attempt = await tableAndReport(page);
  expect(attempt.shown).toEqual(attempt.expected);
  expect(attempt.shown.length).toBeGreaterThan(0);
  const emailRow = page.locator('#service-standards tbody tr[data-row^="email-information-request|"]').first();
  await expect(emailRow.locator('[data-column="standardId"]')).toHaveText(
    'Demande d’information par courriel : réponse dans les quatre jours ouvrables',
  );
  // Open is under way, not breached: it must not wear the alarm's red, which late (breached) keeps.
  const swatch = (series: string) => page.locator(`.chart .legend li[data-series="${series}"] rect.tone`).first();
  await expect(page.locator('.chart .legend li[data-series="open"]')).toHaveAttribute('data-tone', 'neutral');
  await expect(swatch('late')).toHaveCSS('fill', BAD);
  await expect(swatch('open')).not.toHaveCSS('fill', BAD);
  // A supervisor may not verify the whole log, so the console does not offer it.
  await expect(page.getByRole('link', { name: 'Vérification', exact: true })).toHaveCount(0);
  await screenshot(page, 'dashboard-compliance-fr');
  expect(await accessibilityViolations(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#service-standards a.csv').click()]);
  expect(download.suggestedFilename()).toBe('service-standards.csv');

  await page.goto('/dashboards/portfolio');
  await expect(page.locator('#by-stage tbody tr').first()).toBeVisible();
  await screenshot(page, 'dashboard-portfolio-fr');
  expect(await accessibilityViolations(page)).toEqual([]);
});

it('names each standard by its title in English too', async () => {
  const { page } = await stack.signedIn(supervisor, 'en-CA');
  await page.goto('/dashboards/compliance');
  const emailRow = page.locator('#service-standards tbody tr[data-row^="email-information-request|"]').first();
  await expect(emailRow.locator('[data-column="standardId"]')).toHaveText(
    'Information request by e-mail answered within four working days',
  );
  // The chart names each standard once, above its months' bars.
  await expect(
    page.locator('.chart .bar-group', { hasText: 'Information request by e-mail answered within four working days' }),
  ).toHaveCount(1);
  await screenshot(page, 'dashboard-compliance-en');
});
