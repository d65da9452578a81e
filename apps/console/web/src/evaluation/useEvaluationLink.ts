import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, type ApiError } from '../api/client';
import type { EvaluationLink, LinkAnswer } from '../api/types';

const pathOf = (token: string) => `/evaluation-links/${encodeURIComponent(token)}`;

/** The link's page and its one answer; the answer's reply is the page as it now stands. */
export function useEvaluationLink(token: string) {
  const client = useQueryClient();
  const key = ['evaluation-link', token];
  const link = useQuery<EvaluationLink, ApiError>({ queryKey: key, queryFn: () => apiGet(pathOf(token)), retry: false });
  const answer = useMutation<EvaluationLink, ApiError, LinkAnswer>({
    mutationFn: (body) => apiSend('POST', `${pathOf(token)}/answers`, body),
    onSuccess: (page) => client.setQueryData(key, page),
  });
  return { link, answer };
}
