import { STATUS_CODES } from 'node:http';
import { HttpException, HttpStatus } from '@nestjs/common';
import {
  ApplicationFailure,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
} from '@temporalio/client';
import { DOMAIN_ERROR_TYPES, isDomainError } from '@entente/domain';

/** The one error body the API answers with. Extra members (a health report) pass through. */
export interface ErrorResponse {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly field?: string;
  readonly [extra: string]: unknown;
}

type DomainErrorType = (typeof DOMAIN_ERROR_TYPES)[number];

const DOMAIN_STATUS: Record<DomainErrorType, number> = {
  InvalidCommand: HttpStatus.UNPROCESSABLE_ENTITY,
  CommandRefused: HttpStatus.CONFLICT,
  ForbiddenCommand: HttpStatus.FORBIDDEN,
};

export function errorResponse(statusCode: number, message: string, extra: Record<string, unknown> = {}): ErrorResponse {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...extra };
}

/**
 * Maps whatever a request threw to a status and body. A domain refusal arrives either thrown by
 * the API itself or, from a workflow, as an `ApplicationFailure` nested in the client's
 * `WorkflowUpdateFailedError`, hence the walk down the `cause` chain.
 */
export function toErrorResponse(error: unknown): ErrorResponse {
  if (error instanceof HttpException) return fromHttpException(error);
  const refusal = domainRefusal(error);
  if (refusal) return refusal;
  if (error instanceof WorkflowNotFoundError) {
    return errorResponse(HttpStatus.NOT_FOUND, `case ${caseIdOf(error.workflowId)} not found`);
  }
  if (error instanceof WorkflowExecutionAlreadyStartedError) {
    return errorResponse(HttpStatus.CONFLICT, `case ${caseIdOf(error.workflowId)} already exists`);
  }
  return errorResponse(HttpStatus.INTERNAL_SERVER_ERROR, 'internal server error');
}

function fromHttpException(exception: HttpException): ErrorResponse {
  const status = exception.getStatus();
  const body = exception.getResponse();
  if (typeof body === 'string') return errorResponse(status, body);
  const { message, ...rest } = body as { message?: unknown };
  const text = Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
  return { ...errorResponse(status, text), ...rest, statusCode: status };
}

function domainRefusal(error: unknown): ErrorResponse | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 8; depth += 1) {
    if (isDomainError(current)) return refusal(current.name, current.message, current.field);
    if (current instanceof ApplicationFailure && isDomainErrorType(current.type)) {
      const details = current.details?.[0] as { field?: string | null } | undefined;
      return refusal(current.type, current.message, details?.field ?? undefined);
    }
    current = current.cause;
  }
  return null;
}

function refusal(type: string, message: string, field: string | undefined): ErrorResponse {
  const status = DOMAIN_STATUS[type as DomainErrorType];
  return errorResponse(status, message, type === 'InvalidCommand' && field ? { field } : {});
}

function isDomainErrorType(type: string | null | undefined): type is DomainErrorType {
  return (DOMAIN_ERROR_TYPES as readonly (string | null | undefined)[]).includes(type);
}

/** Workflow ids are `<case type>/<case id>` (see `caseWorkflowId`): callers know the case id. */
function caseIdOf(workflowId: string): string {
  return workflowId.slice(workflowId.lastIndexOf('/') + 1);
}
