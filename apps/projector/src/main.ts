import { jsonLogger, startTracing } from '@entente/platform';
import { ProjectorConfig } from './config/projector.config';
import { createProjectorApp } from './projector.app';

startTracing('entente-projector');
const log = jsonLogger('projector');

async function main(): Promise<void> {
  const app = await createProjectorApp(process.env, log);
  app.enableShutdownHooks();
  const { port } = app.get(ProjectorConfig);
  await app.listen(port);
  log.info('projector listening', { port });
}

main().catch((error: unknown) => {
  log.error('projector failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
