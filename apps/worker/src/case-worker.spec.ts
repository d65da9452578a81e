import { startTracing, UNTRACED } from '@entente/platform';
import { caseWorkflowCode, WORKFLOW_TRACING } from './case-worker';

// The tracing interceptor is bundled into the workflows only when the worker exports its spans:
// evaluated once per cached case, it is most of a case's memory (ADR 0033, addendum).
describe('caseWorkflowCode', () => {
  const key = 'ab'.repeat(32);

  it('bundles the tracing interceptor when spans are exported', async () => {
    const tracing = startTracing('entente-worker', { TRACES_EXPORTER: 'zipkin' });
    try {
      expect(caseWorkflowCode(key, undefined, undefined, tracing).interceptors?.workflowModules).toEqual([WORKFLOW_TRACING]);
    } finally {
      await tracing.shutdown();
    }
  });

  it('leaves it out when they go nowhere', async () => {
    const tracing = startTracing('entente-worker', { TRACES_EXPORTER: 'none' });
    try {
      expect(caseWorkflowCode(key, undefined, undefined, tracing).interceptors?.workflowModules).toEqual([]);
      expect(caseWorkflowCode(key, undefined, undefined, UNTRACED).interceptors?.workflowModules).toEqual([]);
    } finally {
      await tracing.shutdown();
    }
  });
});
