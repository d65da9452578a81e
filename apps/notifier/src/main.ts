import { jsonLogger, startTracing } from '@entente/platform';
import { NotifierConfig } from './config/notifier.config';
import { startNotifier } from './notifier';

startTracing('entente-notifier');
const log = jsonLogger('notifier');

async function main(): Promise<void> {
  const notifier = await startNotifier(new NotifierConfig(process.env), log);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void notifier.stop());
}

main().catch((error: unknown) => {
  log.error('notifier failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
