import { expect } from '@playwright/test';
import { SessionStore } from '../../apps/console/src/sign-in/session-store';
import { accessibilityViolations, ConsoleStack, screenshot, signInAtProvider, staff } from './console-stack';

// Signing in through the project's OpenID provider, as a person does: its login page, the
// authorization code with PKCE redeemed by the BFF, tokens that never reach the browser, a refresh
// when the access token expires, and a sign-out that ends the provider's session too.

const stack = new ConsoleStack();
const officer = staff('marc.bouchard');
beforeAll(() => stack.start());
afterAll(() => stack.stop());

it('signs in at the provider, keeps the tokens on the server, refreshes them, and signs out there too', async () => {
  const context = await stack.browse();
  const page = await context.newPage();
  await signInAtProvider(page, officer, '/?view=mine');
  await expect(page).toHaveURL(`${stack.url}/?view=mine`);
  await expect(page.locator('header')).toContainText(officer.name);
  const cookie = (await context.cookies(stack.url)).find((c) => c.name === 'entente_console_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  // Nothing a script can read holds a token (a JWT starts with "eyJ").
  const readable = await page.evaluate<string>('JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie');
  expect(readable).not.toMatch(/eyJ/);

  // The access token expires: the next call through the BFF refreshes it at the provider.
  const sessions = () => stack.console.get(SessionStore);
  const { tokens } = (await sessions().find(cookie!.value))!;
  await sessions().saveTokens(cookie!.value, { ...tokens, accessExpiresAt: 0 });
  expect((await page.request.get('/api/cases?view=mine')).status()).toBe(200);
  expect((await sessions().find(cookie!.value))!.tokens.accessToken).not.toBe(tokens.accessToken);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(`${stack.url}/signed-out`);
  await screenshot(page, 'signed-out-fr');
  expect(await accessibilityViolations(page)).toEqual([]);
  expect((await page.request.get('/api/cases')).status()).toBe(401);
  // The provider's session ended too: the next sign-in asks who you are again.
  await page.goto('/');
  await expect(page.locator('input[name="login"]')).toBeVisible();
});

it('refuses a callback that matches no sign-in started here, or carries another state', async () => {
  const context = await stack.browse();
  const forged = await context.request.get('/callback?code=forged&state=forged');
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toContain('La connexion n’a pas abouti');
  // A sign-in started (its cookie set), then a callback with a state it did not send.
  const started = await context.request.get('/sign-in', { maxRedirects: 0 });
  expect(started.headers().location).toMatch(/code_challenge_method=S256/);
  expect((await context.request.get('/callback?code=forged&state=other')).status()).toBe(400);
  expect((await context.request.get('/api/cases')).status()).toBe(401);
});

it('keeps people signed in across a restart of the console, until they sign out; refuses an unknown or altered id', async () => {
  const { context, page } = await stack.signedIn(officer);
  const cookie = (await context.cookies(stack.url)).find((c) => c.name === 'entente_console_session')!;
  expect((await page.request.get('/api/cases?view=mine')).status()).toBe(200);

  await stack.restartConsole();
  // The same cookie, to a console process that never saw it: the session is read back from PostgreSQL.
  expect((await page.request.get('/api/cases?view=mine')).status()).toBe(200);
  await page.goto('/?view=mine');
  await expect(page.locator('header')).toContainText(officer.name);

  // An id nobody was given, and the real one with one character changed, open nothing.
  const other = await stack.browse();
  const altered = `${cookie.value.slice(0, -1)}${cookie.value.endsWith('A') ? 'B' : 'A'}`;
  for (const value of ['forged', 'A'.repeat(43), altered]) {
    await other.clearCookies();
    await other.addCookies([{ ...cookie, value }]);
    expect((await other.request.get('/api/cases')).status()).toBe(401);
    expect((await other.request.get('/session')).status()).toBe(401);
  }

  await page.request.post('/sign-out', { maxRedirects: 0 });
  await other.clearCookies();
  await other.addCookies([cookie]);
  expect((await other.request.get('/api/cases')).status()).toBe(401);
  expect(await stack.console.get(SessionStore).find(cookie.value)).toBeUndefined();
});
