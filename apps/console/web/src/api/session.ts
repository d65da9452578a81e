import { useQuery } from '@tanstack/react-query';
import type { SessionInfo } from './types';

/** The signed-in person, from the console's own server (never the token). */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async (): Promise<SessionInfo> => {
      const response = await fetch('/session', { credentials: 'same-origin' });
      if (!response.ok) {
        window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
        throw new Error('not signed in');
      }
      return (await response.json()) as SessionInfo;
    },
    staleTime: Infinity,
  });
}
