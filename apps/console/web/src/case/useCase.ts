import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, apiGet } from '../api/client';
import type { CaseAction, CaseDetail } from '../api/types';

/**
 * A case and the actions open to the person now. After a command the read model trails by a
 * moment: the page asks again every half second until a newer event arrives.
 */
export function useCase(caseId: string) {
  const client = useQueryClient();
  const [awaitingAfter, setAwaitingAfter] = useState<number | undefined>();
  const detail = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => apiGet<CaseDetail & { lastSequence: number }>(`/cases/${caseId}`),
    refetchInterval: (q) => (awaitingAfter !== undefined && (q.state.data?.lastSequence ?? 0) <= awaitingAfter ? 500 : false),
    // Only a case not yet in the read model is worth asking again, briefly: a case outside the
    // person's scope answers 404 too, and must settle as a refusal within seconds.
    retry: (count, error) => count < 5 && error instanceof ApiError && error.problem.statusCode === 404,
    retryDelay: 500,
  });
  const actions = useQuery({
    queryKey: ['actions', caseId, detail.data?.lastSequence],
    queryFn: () => apiGet<{ actions: readonly CaseAction[] }>(`/cases/${caseId}/actions`),
    enabled: detail.isSuccess,
  });
  const commanded = () => {
    setAwaitingAfter(detail.data?.lastSequence ?? 0);
    void client.invalidateQueries({ queryKey: ['case', caseId] });
    void client.invalidateQueries({ queryKey: ['cases'] });
  };
  return { detail, actions, commanded };
}
