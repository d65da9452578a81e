import type { BilateralProjectState, CallForProposalsState, CooperationEngagementState, EmailRequestState } from '@entente/domain';
import { bilateralProjectAsCarried } from './bilateral-project/bilateral-project.carried';
import { callForProposalsAsCarried } from './call-for-proposals/call-for-proposals.carried';
import { cooperationEngagementAsCarried } from './cooperation-engagement/cooperation-engagement.carried';
import { emailRequestAsCarried } from './email-request/email-request.carried';
import { keyRenamed } from './upcasting';

// States carried by runs continued before a field was renamed or added, read in today's shape.
const carried = <S>(state: object) => state as S;

describe('a renamed key', () => {
  it('is read under its new name, and a record already current is left as it is', () => {
    expect(keyRenamed(carried<{ name: string; email: string }>({ name: 'Awa', address: 'a@x.org' }), 'address', 'email')).toEqual({
      name: 'Awa',
      email: 'a@x.org',
    });
    const current = { name: 'Awa', email: 'a@x.org' };
    expect(keyRenamed(current, 'address', 'email')).toBe(current);
  });
});

describe('carried states', () => {
  it('e-mail request: the sender address is its email', () => {
    const state = carried<EmailRequestState>({ status: 'assigned', sender: { name: null, address: 'a@x.org' } });
    expect(emailRequestAsCarried(state)).toEqual({ status: 'assigned', sender: { name: null, email: 'a@x.org' } });
  });

  it('bilateral project: the institution contactEmail is its email', () => {
    const state = carried<BilateralProjectState>({ status: 'under-analysis', institution: { name: 'Cégep', contactEmail: 'c@x.org' } });
    expect(bilateralProjectAsCarried(state)).toEqual({ status: 'under-analysis', institution: { name: 'Cégep', email: 'c@x.org' } });
  });

  it('call for proposals: organizations named by email, a departure found again in a decision kept without one', () => {
    const decisions = [
      { proposalId: 'p-1', rank: 1, outcome: 'not-selected' },
      { proposalId: 'p-2', rank: 2, outcome: 'selected' },
    ];
    const state = carried<CallForProposalsState>({
      status: 'decided',
      proposals: [{ proposalId: 'p-1', organization: { id: 'suco', name: 'SUCO', contactEmail: 's@x.org' } }],
      decision: { decisions, decidedBy: 'denis', decidedAt: '2026-06-29T15:00:00.000Z' },
    });
    expect(callForProposalsAsCarried(state)).toMatchObject({
      proposals: [{ organization: { id: 'suco', name: 'SUCO', email: 's@x.org' } }],
      decision: { departure: { proposalIds: ['p-1', 'p-2'], justification: null } },
    });
  });

  it('cooperation engagement: the decision to assist, not yet kept then, is not known', () => {
    const state = carried<CooperationEngagementState>({ status: 'action-plan', plans: [] });
    expect(cooperationEngagementAsCarried(state)).toEqual({ status: 'action-plan', plans: [], assistanceAgreedAt: null });
  });

  it.each([
    ['e-mail request', emailRequestAsCarried],
    ['bilateral project', bilateralProjectAsCarried],
    ['call for proposals', callForProposalsAsCarried],
    ['cooperation engagement', cooperationEngagementAsCarried],
  ] as const)('%s: a case not opened is carried as it is', (_, asCarried) => {
    const none = { status: 'none' } as const;
    expect((asCarried as (state: typeof none) => unknown)(none)).toBe(none);
  });
});
