import type { CooperationEngagementState } from '@entente/domain';

/** A state carried by a run continued before the decision to assist kept its instant: not known, so no bound. */
export function cooperationEngagementAsCarried(state: CooperationEngagementState): CooperationEngagementState {
  return state.status === 'none' || state.assistanceAgreedAt !== undefined ? state : { ...state, assistanceAgreedAt: null };
}
