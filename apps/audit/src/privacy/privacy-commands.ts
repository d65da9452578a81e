import { bodyOf, type AuditApi } from '../api/audit-api';
import type { Outcome } from '../case-reads/case-read-commands';
import { UsageError } from '../usage-error';

export const PRIVACY_USAGE =
  'erase <caseId> --reason <why> | holds <caseId> | hold <caseId> <access-request|commission-review> --reason <why> | lift-hold <caseId> <holdId> --reason <why>';

/**
 * The privacy officer's commands (docs/adr/0017), each a call to the API's own route as the
 * officer whose token is in AUDIT_API_TOKEN: the API decides who may, on which case, and records
 * it. Undefined when the command is not one of them.
 */
export async function privacyCommand(api: AuditApi, command: string | undefined, args: readonly string[]): Promise<Outcome | undefined> {
  const [caseId, second] = args;
  const path = (route: string) => `/cases/${encodeURIComponent(caseId ?? '')}${route}`;
  const done = (output: unknown): Outcome => ({ output, holds: true });
  switch (command) {
    case 'erase':
      return done(bodyOf(await api.post(path('/erasure'), { reason: reasonIn(args, 1) })));
    case 'holds':
      return caseId ? done(bodyOf(await api.get(path('/holds')))) : usage();
    case 'hold':
      return second ? done(bodyOf(await api.post(path('/holds'), { kind: second, reason: reasonIn(args, 2) }))) : usage();
    case 'lift-hold':
      return second
        ? done(bodyOf(await api.post(path(`/holds/${encodeURIComponent(second)}/lifting`), { reason: reasonIn(args, 2) })))
        : usage();
    default:
      return undefined;
  }
}

/** The text after `--reason`, where the command's positional arguments end; none is a usage error. */
function reasonIn(args: readonly string[], at: number): string {
  if (!args[0] || args[at] !== '--reason' || !args[at + 1]) usage();
  return args[at + 1]!;
}

function usage(): never {
  throw new UsageError(`usage: npm run audit -- ${PRIVACY_USAGE}`);
}
