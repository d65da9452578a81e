import { join } from 'node:path';
import { jsonLogger } from '@entente/platform';
import { IdentityConfig } from './identity.config';
import { startIdentityServer } from './identity-server';
import { loadOrCreateIdentityKeys } from './signing-keys';

const log = jsonLogger('identity');

/** The embedded development provider (`npm start`, `npm test`): one process per profile. */
async function main(): Promise<void> {
  const config = new IdentityConfig(process.env);
  const keys = loadOrCreateIdentityKeys(join(config.dataDir, 'identity', 'keys.json'));
  const server = await startIdentityServer({ ...config, host: '127.0.0.1', keys, issuer: () => config.issuer, log });
  log.info('identity started', { issuer: server.issuer, developmentGrant: config.developmentGrant });
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGTERM', stop).once('SIGINT', stop);
}

main().catch((error: unknown) => {
  log.error('identity failed to start', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
