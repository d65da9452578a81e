import { DefaultLogger, Runtime } from '@temporalio/worker';

// Workers in tests log only errors (an expected activity failure is a warning); set
// TEMPORAL_TEST_LOG_LEVEL=INFO or DEBUG to follow them.
const level = (process.env.TEMPORAL_TEST_LOG_LEVEL ?? 'ERROR') as ConstructorParameters<typeof DefaultLogger>[0];
Runtime.install({ logger: new DefaultLogger(level) });
