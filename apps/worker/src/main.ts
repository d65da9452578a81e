import { jsonLogger } from '@entente/platform';
import { runCaseWorker } from './run-case-worker';

const log = jsonLogger('worker');

runCaseWorker(log).catch((error: unknown) => {
  log.error('worker failed', { error: error instanceof Error ? error.stack : String(error) });
  process.exit(1);
});
