import type { Role } from './command';

export type DomainErrorCode = 'INVALID_COMMAND' | 'COMMAND_REFUSED' | 'FORBIDDEN';

/**
 * Refusals a decider throws. They are expected outcomes, not faults: the API maps `code` to an
 * HTTP status and workflows mark `DOMAIN_ERROR_TYPES` non-retryable.
 */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  readonly field?: string;
}

/** A value in the command is wrong (HTTP 422/400). The message names the field. */
export class InvalidCommand extends DomainError {
  readonly code = 'INVALID_COMMAND';
  override readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    // Set explicitly: bundlers mangle class names, and Temporal matches failures by name.
    this.name = 'InvalidCommand';
    this.field = field;
  }
}

/** The command is well formed but the case's current state refuses it (HTTP 409). */
export class CommandRefused extends DomainError {
  readonly code = 'COMMAND_REFUSED';

  constructor(message: string) {
    super(message);
    this.name = 'CommandRefused';
  }
}

/** The actor's role (or relation to the case) does not allow this command (HTTP 403). */
export class ForbiddenCommand extends DomainError {
  readonly code = 'FORBIDDEN';
  readonly role: Role;
  readonly commandType: string;

  constructor(role: Role, commandType: string, detail?: string) {
    super(`${role} may not issue ${commandType}${detail ? `: ${detail}` : ''}`);
    this.name = 'ForbiddenCommand';
    this.role = role;
    this.commandType = commandType;
  }
}

/** Error names, for Temporal's `nonRetryableErrorTypes` and workflow failure types. */
export const DOMAIN_ERROR_TYPES = ['InvalidCommand', 'CommandRefused', 'ForbiddenCommand'] as const;

export type DomainErrorType = (typeof DOMAIN_ERROR_TYPES)[number];

/** A failure's type (Temporal carries refusals by name) that names a domain refusal. */
export function isDomainErrorType(type: string | null | undefined): type is DomainErrorType {
  return (DOMAIN_ERROR_TYPES as readonly (string | null | undefined)[]).includes(type);
}

/**
 * Matches by name as well as by class: an error that crossed a bundle boundary (workflow
 * sandbox, serialized failure) is no longer an instance of this module's classes.
 */
export function isDomainError(error: unknown): error is DomainError {
  if (error instanceof DomainError) return true;
  return (
    error instanceof Error &&
    (DOMAIN_ERROR_TYPES as readonly string[]).includes(error.name) &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
