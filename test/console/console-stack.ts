import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { jsonLogger } from '@entente/platform';
import { staffMember, type StaffMember } from '../../apps/identity/src/staff-directory';
import { createConsoleApp } from '../../apps/console/src';
import { ApiStack, type CaseDetailBody } from '../api/api-harness';
import { freePort } from '../support/free-port';
import { startIdentityProcess, type IdentityProcess } from './identity-process';

const ROOT = join(__dirname, '..', '..');
/** Debian's Chromium: Playwright's own browser download cannot be reached from here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.env.ENTENTE_DATA_DIR ?? join(ROOT, '.entente', 'test'), 'console-screenshots');

/** One of the example staff (apps/identity's directory), who sign in at the provider's real login page. */
export type Person = StaffMember;

export function staff(sub: string): Person {
  const person = staffMember(sub);
  if (!person) throw new Error(`${sub} is not one of the example staff`);
  return person;
}

const urlOf = (app: INestApplication) => `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;

/**
 * The API stack of test/api in one process, listening, an OpenID provider of its own (apps/identity,
 * a process that knows this console's redirect URI and signs the API's tokens), the console's BFF in front
 * (serving the pages `npm run build` wrote) and Debian's Chromium to drive them.
 */
export class ConsoleStack {
  /** Filled in `start`, once the provider listens: the API trusts it (ApiStack reads this at start). */
  private readonly apiEnv: Record<string, string> = {};
  readonly api = new ApiStack(undefined, this.apiEnv);
  identity!: IdentityProcess;
  console!: INestApplication;
  private consoleEnv: Record<string, string | undefined> = {};
  browser!: Browser;
  url!: string;
  /** A signed-in browser state per person and language: signing in is tested once, in sign-in.console.test.ts. */
  private readonly states = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();

  async start(): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    this.identity = await startIdentityProcess(this.url);
    this.apiEnv.OIDC_ISSUER = this.identity.issuer;
    await this.api.start();
    await this.api.api.listen(0, '127.0.0.1');
    this.consoleEnv = {
      ...process.env,
      API_URL: urlOf(this.api.api),
      OIDC_ISSUER: this.identity.issuer,
      CONSOLE_PUBLIC_URL: this.url,
      CONSOLE_WEB_ROOT: join(ROOT, 'apps', 'console', 'dist', 'web'),
      CONSOLE_REFRESH_MS: '1000',
      // The console's sessions live beside the run's read models, in the schema the API migrated.
      DATABASE_SCHEMA: this.api.schema,
    };
    await this.startConsole(port);
    this.browser = await chromium.launch({ executablePath: CHROMIUM });
  }

  /** Stops the console's BFF and starts a new one on the same port, as a restart of its process does. */
  async restartConsole(): Promise<void> {
    const server = this.console.getHttpServer() as Server;
    const { port } = server.address() as AddressInfo;
    const closed = this.console.close();
    // A process that ends drops its connections: the browser's kept-alive ones must not hold the close.
    server.closeAllConnections();
    await closed;
    await this.startConsole(port);
  }

  private async startConsole(port: number): Promise<void> {
    this.console = await createConsoleApp({ env: this.consoleEnv, log: jsonLogger('test', () => undefined) });
    await this.console.listen(port, '127.0.0.1');
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.console?.close();
    await this.api.stop();
    await this.identity?.stop();
  }

  /**
   * An e-mail request received through the API by an intake officer (`intakeSub`, or one of the
   * run's), its case id once the read model holds what `accept` asks.
   */
  async receivedEmail(body: object, accept: (detail: CaseDetailBody) => boolean = () => true, intakeSub?: string): Promise<string> {
    const received = await this.api
      .http()
      .post('/email-requests')
      .set('Authorization', this.api.bearer('intake-officer', intakeSub))
      .send(body)
      .expect(201);
    const caseId = received.body.caseId as string;
    await this.api.readModel(caseId, accept);
    return caseId;
  }

  /** A browser of its own, in Toronto time, French unless told, at no page yet. */
  async browse(locale: 'fr-CA' | 'en-CA' = 'fr-CA', storageState?: BrowserContextOptions['storageState']): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      baseURL: this.url,
      timezoneId: 'America/Toronto',
      locale,
      viewport: { width: 1280, height: 900 },
      storageState,
    });
    if (locale === 'en-CA') await context.addInitScript({ content: "window.localStorage.setItem('entente.locale', 'en-CA');" });
    return context;
  }

  /** `person` signed in, through the provider's login page the first time, then with the state it left. */
  async signedIn(person: Person, locale: 'fr-CA' | 'en-CA' = 'fr-CA'): Promise<{ context: BrowserContext; page: Page }> {
    const key = `${person.sub}/${locale}`;
    const known = this.states.get(key);
    if (known) {
      const context = await this.browse(locale, known);
      return { context, page: await context.newPage() };
    }
    const context = await this.browse(locale);
    const page = await context.newPage();
    await signInAtProvider(page, person);
    this.states.set(key, await context.storageState());
    return { context, page };
  }
}

/** The development provider's own pages: its login form (any password), then consent to the console. */
export async function signInAtProvider(page: Page, person: Person, next = '/'): Promise<void> {
  await page.goto(next);
  await page.locator('input[name="login"]').fill(person.sub);
  await page.locator('input[name="password"]').fill('development');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('header').waitFor();
}

/** WCAG 2.1 A and AA rules of axe-core; the violations, summarized for a readable failure. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Saves the page as the tests see it, for people to look at (README pictures come from these). */
export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
