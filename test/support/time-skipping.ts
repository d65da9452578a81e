import { TestWorkflowEnvironment } from '@temporalio/testing';

/**
 * The Java time-skipping test server that infra/temporal/test-server.sh installed, so that the
 * SDK never downloads a server of its own.
 */
export function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (!path) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set: run the tests through jest (global setup)');
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
}
