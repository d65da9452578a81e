import { linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Env } from './env';
import { isProduction } from './settings';

/** A development secret's file in the profile's data folder (never committed); none in production. */
export function developmentDataFile(env: Env, name: string): string | undefined {
  if (isProduction(env)) return undefined;
  const dataDir = env.ENTENTE_DATA_DIR?.trim() || resolve(__dirname, '../../../..', '.entente', 'dev');
  return join(dataDir, name);
}

/** Written aside and linked into place: the API and the worker may start at once, and only one file wins. */
export function writeOnce(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const aside = `${path}.${process.pid}.tmp`;
  writeFileSync(aside, content, { mode: 0o600 });
  try {
    linkSync(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(aside);
  }
}
