/** The API's error body (problem details): `code` and `field` key the console's message catalogue. */
export interface ApiProblem {
  readonly statusCode: number;
  readonly code: string;
  readonly field?: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.message);
  }
}

/** Every call goes through the console's own server, which adds the person's token. */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api${path}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
  const text = await response.text();
  const answer: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(problemOf(response.status, answer));
  return answer as T;
}

function problemOf(status: number, body: unknown): ApiProblem {
  const fields = (body ?? {}) as Partial<ApiProblem> & { status?: number };
  return {
    statusCode: fields.statusCode ?? fields.status ?? status,
    code: fields.code ?? 'internal',
    field: fields.field,
    message: fields.message ?? '',
  };
}

export const apiGet = <T>(path: string) => call<T>('GET', path);
export const apiSend = <T>(method: string, path: string, body: unknown) => call<T>(method, path, body);

/** A query string of the values that are set, in order. */
export function query(values: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
