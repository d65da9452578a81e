import { HttpException } from '@nestjs/common';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { DomainErrorType, isDomainError, isDomainErrorType } from '@entente/domain';
import { CommandTimedOut } from '../temporal/command-timed-out';
import { CommandShed } from '../temporal/command-admission';
import { causeChain } from './cause-chain';
import { UNAVAILABLE_RETRY_AFTER_SECONDS, unavailableDependency, unavailableMessage } from './dependency-unavailable';
import { IdempotencyKeyReused } from '../temporal/idempotency-keys';
import { MalformedBody } from './malformed-body';
import { MethodNotAllowed } from './method-not-allowed';
import { problem, ProblemAnswer, ProblemCode, ProblemDetails, PROBLEMS } from './problem-details';

const DOMAIN_CODE: Record<DomainErrorType, ProblemCode> = {
  InvalidCommand: 'invalid-command',
  CommandRefused: 'command-refused',
  ForbiddenCommand: 'forbidden',
};

/** The code of an HTTP answer that names none of its own, by status (one code per status). */
const BY_STATUS: readonly ProblemCode[] = [
  'malformed-request',
  'unauthenticated',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'command-refused',
  'link-expired',
  'payload-too-large',
  'unsupported-media-type',
  'invalid-command',
  'too-many-requests',
  'unavailable',
  'internal',
];
const STATUS_CODE = new Map(BY_STATUS.map((code) => [PROBLEMS[code].status as number, code]));

/**
 * Maps whatever a request threw to a problem and its headers. A domain refusal arrives either
 * thrown by the API itself or, from a workflow, as an `ApplicationFailure` somewhere down the
 * `cause` chain of the client's error (under an `ActivityFailure` too), hence the walk.
 */
export function toProblem(error: unknown): ProblemAnswer {
  if (error instanceof CommandTimedOut) {
    return { problem: problem('command-timed-out', error.message), headers: { 'Retry-After': String(error.retryAfterSeconds) } };
  }
  if (error instanceof CommandShed) {
    return {
      problem: problem('unavailable', error.message, { dependency: 'temporal' }),
      headers: { 'Retry-After': String(error.retryAfterSeconds) },
    };
  }
  const dependency = unavailableDependency(error);
  if (dependency) {
    return {
      problem: problem('unavailable', unavailableMessage(dependency), { dependency }),
      headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    };
  }
  if (error instanceof MalformedBody) return { problem: problem('malformed-request', error.message, { field: 'body' }), headers: {} };
  if (error instanceof MethodNotAllowed) {
    return { problem: fromHttpException(error), headers: { Allow: error.allow.join(', ') } };
  }
  return { problem: problemOf(error), headers: {} };
}

function problemOf(error: unknown): ProblemDetails {
  if (error instanceof HttpException) return fromHttpException(error);
  if (error instanceof IdempotencyKeyReused) return problem('idempotency-key-reused', error.message, { field: error.field });
  const refusal = domainRefusal(error);
  if (refusal) return refusal;
  if (error instanceof WorkflowNotFoundError) return problem('not-found', `case ${caseIdOf(error.workflowId)} not found`);
  if (error instanceof WorkflowExecutionAlreadyStartedError) {
    return problem('case-exists', `case ${caseIdOf(error.workflowId)} already exists`);
  }
  if (isClientHttpError(error)) return fromClientHttpError(error);
  return problem('internal', 'internal server error');
}

/** Nest's exceptions; a body object's `field` and other members (a health report) are kept. */
function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  const body = exception.getResponse();
  if (typeof body === 'string') return byStatus(status, body, {});
  const { message, error: _phrase, statusCode: _status, ...extensions } = body as Record<string, unknown>;
  const detail = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
  return byStatus(status, detail, extensions);
}

function byStatus(status: number, detail: string, extensions: Record<string, unknown>): ProblemDetails {
  const code = status === 400 && typeof extensions.field === 'string' ? 'invalid-field' : STATUS_CODE.get(status);
  return problem(code ?? (status >= 500 ? 'internal' : 'request-refused'), detail, extensions, status);
}

/** What Express's body parser passes on (`http-errors`): a client error safe to show. */
interface ClientHttpError extends Error {
  readonly status: number;
  readonly expose: true;
  readonly type?: string;
  readonly limit?: number;
}

function isClientHttpError(error: unknown): error is ClientHttpError {
  const candidate = error as Partial<ClientHttpError> | null;
  return error instanceof Error && candidate?.expose === true && typeof candidate.status === 'number' && candidate.status < 500;
}

/** The body parser refuses the body as a whole: `field` names it, as a validation error names a field. */
function fromClientHttpError(error: ClientHttpError): ProblemDetails {
  if (error.type === 'entity.too.large') {
    return problem('payload-too-large', `the body is larger than ${String(error.limit)} bytes, the most a request may send`, {
      field: 'body',
    });
  }
  return byStatus(error.status, error.message, {});
}

function domainRefusal(error: unknown): ProblemDetails | null {
  for (const current of causeChain(error)) {
    if (isDomainError(current)) return refusal(current.name as DomainErrorType, current.message, current.field);
    if (current instanceof ApplicationFailure && isDomainErrorType(current.type)) {
      const details = current.details?.[0] as { field?: string | null } | undefined;
      return refusal(current.type, current.message, details?.field ?? undefined);
    }
  }
  return null;
}

function refusal(type: DomainErrorType, detail: string, field: string | undefined): ProblemDetails {
  return problem(DOMAIN_CODE[type], detail, type === 'InvalidCommand' && field ? { field } : {});
}

/** Workflow ids are `<case type>/<case id>` (see `caseWorkflowId`): callers know the case id. */
function caseIdOf(workflowId: string): string {
  return workflowId.slice(workflowId.lastIndexOf('/') + 1);
}
