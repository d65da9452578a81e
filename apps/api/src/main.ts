import { jsonLogger, MetricsPort, startTracing } from '@entente/platform';
import { ApiConfig } from './config/api.config';
import { createApiApp } from './create-api-app';

startTracing('entente-api');
const log = jsonLogger('api');

async function main(): Promise<void> {
  const app = await createApiApp({ log });
  const { port, host, docs, oidcIssuer } = app.get(ApiConfig);
  await app.listen(port, host);
  const metrics = app.get(MetricsPort).port;
  log.info('api started', { host, port, metrics, issuer: oidcIssuer, ...(docs ? { docs: `http://${host}:${port}/docs` } : {}) });
}

main().catch((error: unknown) => {
  log.error('api failed to start', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
