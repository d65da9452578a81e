import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiSend } from '../api/client';
import type { NotificationPreferences, StaffContact } from '../api/types';

const PATH = '/me/notification-preferences';
const KEY = ['notification-preferences'];

/** The signed-in person's entry (404 until an administrator adds them), and their choice of language and rhythm. */
export function useNotificationPreferences() {
  const client = useQueryClient();
  const entry = useQuery<StaffContact, ApiError>({
    queryKey: KEY,
    queryFn: () => apiGet(PATH),
    // A 404 is an answer (not in the directory yet), not a hiccup to try again.
    retry: (count, error) => count < 1 && error.problem.statusCode !== 404,
  });
  const prefer = useMutation<StaffContact, ApiError, NotificationPreferences>({
    mutationFn: (preferences) => apiSend('PUT', PATH, preferences),
    onSuccess: (saved) => client.setQueryData(KEY, saved),
  });
  return { entry, prefer };
}
