import { bodyOf, type AuditApi } from '../api/audit-api';
import { UsageError } from '../usage-error';

/** What a command prints, and whether what it checked holds. */
export interface Outcome {
  readonly output: unknown;
  readonly holds: boolean;
}

export const CASE_READ_USAGE =
  'verify [<caseId>] | timeline <caseId> | as-of <caseId> <instant> | export <caseId> [json|csv] | disclose <caseId> --reason <why>';

/**
 * The auditors' reads of cases, each one a call to the API's own route: the read policy masks
 * personal fields as it does for any auditor, and a disclosure is journaled with its reason.
 * Undefined when the command is not one of them.
 */
export async function caseRead(api: AuditApi, command: string | undefined, args: readonly string[]): Promise<Outcome | undefined> {
  const [caseId, second] = args;
  const path = (route = '') => `/cases/${encodeURIComponent(caseId!)}${route}`;
  switch (command) {
    case 'verify': {
      const verification = bodyOf(await api.get(caseId ? path('/verification') : '/audit/verification'));
      return { output: verification, holds: (verification as { verified?: unknown }).verified === true };
    }
    case 'timeline':
      return caseId ? read(bodyOf(await api.get(path())), 'timeline') : usage();
    case 'as-of':
      return caseId && second ? read(bodyOf(await api.get(path('/as-of'), new URLSearchParams({ at: second })))) : usage();
    case 'export':
      return caseId ? read(bodyOf(await api.get(path('/export'), new URLSearchParams({ format: second ?? 'json' })))) : usage();
    case 'disclose':
      return caseId && args[1] === '--reason' && args[2]
        ? read(bodyOf(await api.post(path('/disclosures'), { reason: args[2] })))
        : usage();
    default:
      return undefined;
  }
}

function read(output: unknown, field?: string): Outcome {
  return { output: field ? (output as Record<string, unknown>)[field] : output, holds: true };
}

function usage(): never {
  throw new UsageError(`usage: npm run audit -- ${CASE_READ_USAGE}`);
}
