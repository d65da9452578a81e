import type { EmailRequestState } from '@entente/domain';
import { keyRenamed } from '../upcasting';

/** A state carried by a run continued before the sender's e-mail was named `email` (schema 3). */
export function emailRequestAsCarried(state: EmailRequestState): EmailRequestState {
  return state.status === 'none' ? state : { ...state, sender: keyRenamed(state.sender, 'address', 'email') };
}
