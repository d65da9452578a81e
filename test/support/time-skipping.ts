import type { DataConverter } from '@temporalio/common';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { CASE_SEARCH_ATTRIBUTES } from '@entente/workflows';

/**
 * The Java time-skipping test server that infra/temporal/test-server.sh installed, so that the
 * SDK never downloads a server of its own; with the cases' search attributes registered, since a
 * workflow that upserts an unknown one fails its task. Its client seals payloads as the apps' do;
 * the worker must be given the same `dataConverter`.
 */
export async function createTimeSkippingEnv(dataConverter: DataConverter): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (!path) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set: run the tests through jest (global setup)');
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path } },
    client: { dataConverter },
  });
  const searchAttributes = Object.fromEntries(
    Object.values(CASE_SEARCH_ATTRIBUTES).map(({ name, type }) => [name, encodeSearchAttributeIndexedValueType(type)!]),
  );
  await env.connection.operatorService.addSearchAttributes({ namespace: env.namespace ?? 'default', searchAttributes });
  return env;
}
