import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { requestDigest } from '../temporal/idempotency';
import { correlationIdOf } from './correlation-id';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
// Keys become parts of Temporal update ids: plain and short, or refused.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/** The header as the API checks it, for a command controller's OpenAPI document. */
export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: IDEMPOTENCY_HEADER,
    required: false,
    description: 'Send the same key to retry a command safely: it runs once, and the retry gets its first answer.',
    schema: { type: 'string', pattern: ACCEPTABLE.source, maxLength: 128 },
  });

function idempotencyKeyOf(request: AuthenticatedRequest): string | undefined {
  const key = request.header(IDEMPOTENCY_HEADER);
  if (key === undefined) return undefined;
  if (!ACCEPTABLE.test(key)) {
    throw new BadRequestException({
      message: `${IDEMPOTENCY_HEADER} must be 1 to 128 letters, digits or . _ : -`,
      field: IDEMPOTENCY_HEADER,
    });
  }
  return key;
}

/** Who sends the command, under which correlation id, and the caller's key for safe retries. */
export const CommandContextOf = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('a command route must sit behind JwtAuthGuard');
  const { actor, teams = [] } = request;
  const idempotencyKey = idempotencyKeyOf(request);
  const correlationId = correlationIdOf(request);
  if (idempotencyKey === undefined) return { actor, teams, correlationId };
  // The key is bound to the request as sent, before the use case completes it (a receipt's instant).
  return { actor, teams, correlationId, idempotencyKey, requestDigest: requestDigest(request.method, request.path, request.body) };
});
