import { UsageError } from '../history/case-history';

/** The filters an auditor may give, as `--<option> <value>`, and the API's query parameter each becomes. */
const OPTIONS: Readonly<Record<string, string>> = {
  '--case': 'caseId',
  '--subject': 'subject',
  '--from': 'from',
  '--to': 'to',
  '--page': 'page',
  '--page-size': 'pageSize',
};

export const ACCESS_JOURNAL_USAGE =
  'access-journal [--case <caseId>] [--subject <person>] [--from <instant>] [--to <instant>] [--page <n>] [--page-size <n>]';

export interface ApiAccess {
  /** Where the API answers, e.g. http://127.0.0.1:3000. */
  readonly apiUrl: string;
  /** The auditor's own bearer token: the API checks the role and knows who asked. */
  readonly apiToken: string | undefined;
}

export function accessJournalQuery(args: readonly string[]): URLSearchParams {
  const query = new URLSearchParams();
  for (let at = 0; at < args.length; at += 2) {
    const [option, value] = [args[at]!, args[at + 1]];
    const parameter = OPTIONS[option];
    if (!parameter || value === undefined) throw new UsageError(`usage: npm run audit -- ${ACCESS_JOURNAL_USAGE}`);
    query.set(parameter, value);
  }
  return query;
}

/**
 * Reads the access journal through the API, as the auditor the token names, so the CLI goes
 * through the same roles, validation and paging as anyone else; the CLI holds no database
 * credential for it. A refusal (401, 403, 400) stops with the API's own message.
 */
export async function readAccessJournal({ apiUrl, apiToken }: ApiAccess, args: readonly string[]): Promise<unknown> {
  if (!apiToken) throw new UsageError('access-journal reads through the API as you: set AUDIT_API_TOKEN to your bearer token');
  const url = new URL(`/audit/access-journal?${accessJournalQuery(args).toString()}`, apiUrl);
  const response = await fetch(url, { headers: { authorization: `Bearer ${apiToken}`, accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = (body as { detail?: unknown } | null)?.detail;
    throw new UsageError(`the API answered ${response.status}: ${typeof detail === 'string' ? detail : JSON.stringify(body)}`);
  }
  return body;
}
