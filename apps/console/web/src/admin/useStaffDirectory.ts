import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiSend } from '../api/client';
import type { StaffContact, StaffEntry } from '../api/types';

const KEY = ['staff-directory'];
const pathOf = (staffId: string) => `/staff-directory/${encodeURIComponent(staffId)}`;

/** The staff directory, and an administrator's two changes to it; each is read again from the API after. */
export function useStaffDirectory() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  const entries = useQuery<readonly StaffContact[], ApiError>({ queryKey: KEY, queryFn: () => apiGet('/staff-directory') });
  const keep = useMutation<StaffContact, ApiError, { staffId: string; body: Partial<StaffEntry> }>({
    mutationFn: ({ staffId, body }) => apiSend('PUT', pathOf(staffId), body),
    onSuccess: refresh,
  });
  const remove = useMutation<void, ApiError, StaffContact>({
    mutationFn: (entry) => apiSend('DELETE', pathOf(entry.id), undefined),
    onSuccess: refresh,
  });
  return { entries, keep, remove };
}
