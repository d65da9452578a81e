import { CASE_TYPES, type CaseType } from '@entente/contracts';
import { counter, gauge, histogram, LATENCY_BUCKETS_SECONDS } from '@entente/platform';
import { CASE_UPDATES } from '@entente/workflows';

/**
 * What became of a command, as an operator reads it: `accepted` (2xx); `refused`, understood and
 * turned down by the API's checks or the case's decider (403, 409, 422); `rejected` before that
 * (400, 401, 404, 413, 429...); `unavailable`, an engine did not answer (503); `failed`, any other 5xx.
 */
export type CommandOutcome = 'accepted' | 'refused' | 'rejected' | 'unavailable' | 'failed';

export function commandOutcome(status: number): CommandOutcome {
  if (status < 400) return 'accepted';
  if (status === 403 || status === 409 || status === 422) return 'refused';
  if (status < 500) return 'rejected';
  return status === 503 ? 'unavailable' : 'failed';
}

/** `2xx`, `4xx`, `5xx`... */
export function statusClass(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** A request's method is the sender's choice: any other becomes `OTHER`, so labels stay a closed list. */
export function methodLabel(method: string): string {
  return METHODS.has(method) ? method : 'OTHER';
}

/** Commands every case type takes (a clock's pause and resume): their case type is in the route. */
const CASE_TYPE_OF_COMMAND: ReadonlyMap<string, CaseType> = (() => {
  const seen = new Map<string, CaseType[]>();
  for (const caseType of CASE_TYPES)
    for (const command of Object.keys(CASE_UPDATES[caseType])) seen.set(command, [...(seen.get(command) ?? []), caseType]);
  return new Map([...seen].filter(([, types]) => types.length === 1).map(([command, [caseType]]) => [command, caseType!]));
})();

/**
 * The case type a command was sent to: its own when only one case type takes it, else the route's
 * `:caseType` when it names one; `any` for commands of no one case type (a holiday, a standard's
 * new version, an erasure). Never the route's text as sent: only a value from the closed list.
 */
export function caseTypeOfCommand(commandType: string, routeCaseType: unknown): CaseType | 'any' {
  const own = CASE_TYPE_OF_COMMAND.get(commandType);
  if (own) return own;
  return (CASE_TYPES as readonly unknown[]).includes(routeCaseType) ? (routeCaseType as CaseType) : 'any';
}

export const commandsTotal = counter({
  name: 'entente_commands_total',
  help: 'Commands received by the API, by case type, command type and outcome (accepted, refused, rejected, unavailable, failed).',
  labelNames: ['case_type', 'command_type', 'outcome'],
});

export const commandDuration = histogram({
  name: 'entente_command_duration_seconds',
  help: "Time from a command's request to its answer, by case type, command type and outcome.",
  labelNames: ['case_type', 'command_type', 'outcome'],
  buckets: LATENCY_BUCKETS_SECONDS,
});

export const httpRequestsTotal = counter({
  name: 'entente_http_requests_total',
  help: 'HTTP requests answered by the API, by method, route template (never a path with its ids) and status class.',
  labelNames: ['method', 'route', 'status_class'],
});

export const commandsShedTotal = counter({
  name: 'entente_commands_shed_total',
  help: 'Calls to Temporal this API instance turned away (503) because it already had its limit in flight.',
});

export const commandAdmissionLimit = gauge({
  name: 'entente_command_admission_limit',
  help: 'Calls to Temporal this API instance lets run at once now: halved when calls end at the bound, grown back as they are answered.',
});
