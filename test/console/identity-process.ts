import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '../projector/projector-harness';
import { freePort } from '../support/free-port';

const ROOT = join(__dirname, '..', '..');

export interface IdentityProcess {
  readonly issuer: string;
  stop(): Promise<void>;
}

/**
 * The development provider (apps/identity, from its build) as a process of its own, which knows one
 * console's redirect URI. Its own process, not this one: the harness asks it for tokens with a
 * blocking call (DevelopmentTokens.tokenSync), which a provider on this thread could never answer.
 */
export async function startIdentityProcess(consoleUrl: string): Promise<IdentityProcess> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'console-identity-'));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'apps', 'identity', 'dist', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      IDENTITY_PORT: String(port),
      IDENTITY_ISSUER: issuer,
      IDENTITY_DATA_DIR: dataDir,
      IDENTITY_DEVELOPMENT_GRANT: 'true',
      IDENTITY_CONSOLE_REDIRECT_URIS: `${consoleUrl}/callback`,
    },
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await eventually('the console’s identity provider', async () => {
      const discovery = await fetch(`${issuer}/.well-known/openid-configuration`).catch(() => undefined);
      return discovery?.ok ? true : undefined;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { issuer, stop };
}
