import type { AuditApi } from '../api/audit-api';

/** An API that records which route each command calls; the e2e (test/audit/audit-cli.test.ts) calls the real one. */
export function recordingApi(answer: unknown) {
  const calls: string[] = [];
  const api = {
    get: (path: string, query?: URLSearchParams) => {
      calls.push(`GET ${path}${query?.size ? `?${query.toString()}` : ''}`);
      return Promise.resolve({ json: answer });
    },
    post: (path: string, body: unknown) => {
      calls.push(`POST ${path} ${JSON.stringify(body)}`);
      return Promise.resolve({ json: answer });
    },
  } as unknown as AuditApi;
  return { api, calls };
}
