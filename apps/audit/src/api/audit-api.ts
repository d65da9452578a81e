import { UsageError } from '../usage-error';

export interface ApiAccess {
  /** Where the API answers, e.g. http://127.0.0.1:3000. */
  readonly apiUrl: string;
  /** The auditor's own bearer token: the API checks the role and knows who asked. */
  readonly apiToken: string | undefined;
}

/** What the API said, as the auditor reads it: a JSON body, or a file's text. */
export type ApiAnswer = { readonly json: unknown } | { readonly text: string };

/** How long a read may take before the command gives up: the whole-log scan is the longest. */
const TIMEOUT_MS = 120_000;

/**
 * The API, called as the auditor the token names. Every read of a case goes through it, so the
 * command line meets the same read policy, masking, validation and access journal as anyone; it
 * holds no database credential for them. A refusal (4xx) stops with the API's own message.
 */
export class AuditApi {
  constructor(private readonly access: ApiAccess) {}

  async get(path: string, query: URLSearchParams = new URLSearchParams()): Promise<ApiAnswer> {
    return this.call('GET', `${path}${query.size > 0 ? `?${query.toString()}` : ''}`);
  }

  async post(path: string, body: unknown): Promise<ApiAnswer> {
    return this.call('POST', path, body);
  }

  private async call(method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    const { apiUrl, apiToken } = this.access;
    if (!apiToken) throw new UsageError('this command reads through the API as you: set AUDIT_API_TOKEN to your bearer token');
    const response = await fetch(new URL(path, apiUrl), {
      method,
      headers: { authorization: `Bearer ${apiToken}`, accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    const json = parsed(text, response.headers.get('content-type'));
    if (!response.ok) throw new UsageError(`the API answered ${response.status}: ${refusal(json, text)}`);
    return json === undefined ? { text } : { json };
  }
}

/** The answer as the command prints it: the JSON body, or the file's text. */
export function bodyOf(answer: ApiAnswer): unknown {
  return 'json' in answer ? answer.json : answer.text;
}

function parsed(text: string, type: string | null): unknown {
  if (!type?.startsWith('application/json')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function refusal(json: unknown, text: string): string {
  const detail = (json as { detail?: unknown } | undefined)?.detail;
  return typeof detail === 'string' ? detail : json === undefined ? text : JSON.stringify(json);
}
