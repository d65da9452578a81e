import { CASE_TYPES, caseWorkflowType } from '@entente/contracts';
import * as workflows from './workflows';

describe('the worker bundle', () => {
  it.each(CASE_TYPES)('exports the workflow that the API starts for %s cases', (caseType) => {
    expect(typeof (workflows as Record<string, unknown>)[caseWorkflowType(caseType)]).toBe('function');
  });
});
