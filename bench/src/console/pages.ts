import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { fromRoot } from '../paths';

/** Signs in as one of the example staff at the development provider's own pages, as a person does. */
export async function signIn(page: Page, sub: string): Promise<void> {
  await page.goto('/');
  await page.locator('input[name="login"]').fill(sub);
  await page.locator('input[name="password"]').fill('bench');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('header').waitFor();
}

/**
 * Milliseconds from asking for `path` to `shown` being painted: the page a person waits for, its
 * data read through the BFF and the API included (a fresh tab each time, assets in the HTTP cache).
 */
export async function timeToShown(page: Page, path: string, shown: string): Promise<number> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(path);
  await page.locator(shown).first().waitFor();
  await page.evaluate('new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)))');
  return performance.now() - started;
}

/** The shipped JavaScript and CSS, in kB as the browser downloads them (gzip) and as they are. */
export function shippedAssets(): { js: { raw: number; gzip: number }; css: { raw: number; gzip: number } } {
  const dir = fromRoot('apps', 'console', 'dist', 'web', 'assets');
  const sizes = (extension: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .map((name) => readFileSync(join(dir, name)))
      .reduce((sum, bytes) => ({ raw: sum.raw + bytes.length / 1000, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length / 1000 }), {
        raw: 0,
        gzip: 0,
      });
  return { js: sizes('.js'), css: sizes('.css') };
}
