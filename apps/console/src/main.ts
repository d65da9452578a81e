import { jsonLogger, startTracing } from '@entente/platform';
import { ConsoleConfig } from './config/console.config';
import { createConsoleApp } from './create-console-app';

startTracing('entente-console');
const log = jsonLogger('console');

async function main(): Promise<void> {
  const app = await createConsoleApp({ log });
  const { port, host, publicUrl } = app.get(ConsoleConfig);
  await app.listen(port, host);
  log.info('console started', { host, port, url: publicUrl });
}

main().catch((error: unknown) => {
  log.error('console failed to start', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
