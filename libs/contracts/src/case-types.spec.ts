import { CASE_TYPE_TEAMS, CASE_TYPES, caseTypesOfTeam, caseWorkflowId, caseWorkflowType, isCaseType, TEAMS } from './case-types';

describe('case types', () => {
  it('name their workflow in camel case, and each case its workflow id', () => {
    expect(caseWorkflowType('email-request')).toBe('emailRequestWorkflow');
    const typed: 'callForProposalsWorkflow' = caseWorkflowType('call-for-proposals');
    expect(typed).toBe('callForProposalsWorkflow');
    expect(caseWorkflowId('email-request', 'c-1')).toBe('email-request/c-1');
  });

  it('are only the known ones', () => {
    expect(isCaseType('email-request')).toBe(true);
    expect(isCaseType('parking-permit')).toBe(false);
  });
});

describe('teams', () => {
  it('work every case type, each case type in one team', () => {
    expect(TEAMS.flatMap(caseTypesOfTeam).sort()).toEqual([...CASE_TYPES].sort());
    expect(caseTypesOfTeam('information-services')).toEqual(['email-request', 'telephone-inquiry']);
    expect(CASE_TYPE_TEAMS['cooperation-engagement']).toBe('interparliamentary-cooperation');
  });
});
