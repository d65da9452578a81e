import { bodyOf, type AuditApi } from '../api/audit-api';
import { UsageError } from '../usage-error';

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

/** Reads the access journal through the API, with the same roles, validation and paging as anyone. */
export async function readAccessJournal(api: AuditApi, args: readonly string[]): Promise<unknown> {
  return bodyOf(await api.get('/audit/access-journal', accessJournalQuery(args)));
}
