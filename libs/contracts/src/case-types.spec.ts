import { caseWorkflowId, caseWorkflowType, isCaseType } from './case-types';

describe('case types', () => {
  it('name their workflow in camel case, and each case its workflow id', () => {
    expect(caseWorkflowType('email-request')).toBe('emailRequestWorkflow');
    expect(caseWorkflowId('email-request', 'c-1')).toBe('email-request/c-1');
  });

  it('are only the known ones', () => {
    expect(isCaseType('email-request')).toBe(true);
    expect(isCaseType('parking-permit')).toBe(false);
  });
});
