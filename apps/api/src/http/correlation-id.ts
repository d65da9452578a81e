import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const CORRELATION_HEADER = 'X-Correlation-Id';
// Correlation ids end up in events and logs: a caller's id is kept only if it is plain and short.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

type CorrelatedRequest = Request & { correlationId?: string };

/**
 * Express middleware (it runs before guards, so even a 401 carries the id): keeps the caller's
 * `X-Correlation-Id` or mints one, and echoes it on the response.
 */
export function correlationId(request: CorrelatedRequest, response: Response, next: NextFunction): void {
  const offered = request.header(CORRELATION_HEADER);
  request.correlationId = offered && ACCEPTABLE.test(offered) ? offered : randomUUID();
  response.setHeader(CORRELATION_HEADER, request.correlationId);
  next();
}

export function correlationIdOf(request: Request): string {
  return (request as CorrelatedRequest).correlationId ?? randomUUID();
}
