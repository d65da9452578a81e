import type { BilateralProjectState } from '@entente/domain';
import { keyRenamed } from '../upcasting';

/** A state carried by a run continued before the institution's e-mail was named `email`. */
export function bilateralProjectAsCarried(state: BilateralProjectState): BilateralProjectState {
  return state.status === 'none' ? state : { ...state, institution: keyRenamed(state.institution, 'contactEmail', 'email') };
}
