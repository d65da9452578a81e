import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { jsonLogger } from '@entente/platform';
import { createConsoleApp } from '../../apps/console/src';
import { ApiStack } from '../api/api-harness';

const ROOT = join(__dirname, '..', '..');
/** Debian's Chromium: Playwright's own browser download cannot be reached from here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.env.ENTENTE_DATA_DIR ?? join(ROOT, '.entente', 'test'), 'console-screenshots');

/** A person the development sign-in names: anyone, with a role and teams (tests invent people). */
export interface Person {
  readonly sub: string;
  readonly role: string;
  readonly teams?: readonly string[];
}

const urlOf = (app: INestApplication) => `http://127.0.0.1:${((app.getHttpServer() as Server).address() as AddressInfo).port}`;

/**
 * The API stack of test/api in one process, listening, with the console's BFF in front of it
 * (serving the pages `npm run build` wrote) and Debian's Chromium to drive them.
 */
export class ConsoleStack {
  readonly api = new ApiStack();
  console!: INestApplication;
  browser!: Browser;
  url!: string;

  async start(): Promise<void> {
    await this.api.start();
    await this.api.api.listen(0, '127.0.0.1');
    this.console = await createConsoleApp({
      env: {
        ...process.env,
        API_URL: urlOf(this.api.api),
        CONSOLE_WEB_ROOT: join(ROOT, 'apps', 'console', 'dist', 'web'),
        CONSOLE_REFRESH_MS: '1000',
      },
      log: jsonLogger('test', () => undefined),
    });
    await this.console.listen(0, '127.0.0.1');
    this.url = urlOf(this.console);
    this.browser = await chromium.launch({ executablePath: CHROMIUM });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.console?.close();
    await this.api.stop();
  }

  /** A browser of its own for `person`, signed in, in Toronto time, French unless told. */
  async signedIn(person: Person, locale: 'fr-CA' | 'en-CA' = 'fr-CA'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      baseURL: this.url,
      timezoneId: 'America/Toronto',
      locale,
      viewport: { width: 1280, height: 900 },
    });
    if (locale === 'en-CA') await context.addInitScript({ content: "window.localStorage.setItem('entente.locale', 'en-CA');" });
    const form = { sub: person.sub, role: person.role, teams: (person.teams ?? []).join(','), next: '/' };
    const answer = await context.request.post('/sign-in', { form, maxRedirects: 0 });
    if (answer.status() !== 303) throw new Error(`sign-in of ${person.sub} answered ${answer.status()}`);
    return { context, page: await context.newPage() };
  }
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
