import type { Logger } from '@entente/platform';
import type { NextFunction, Request, Response } from 'express';
import { correlationIdOf } from './correlation-id';

/** One access-log line per request, with the correlation id that ties it to the case's events. */
export function requestLog(log: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      log.info('request', {
        method: request.method,
        path: request.originalUrl,
        status: response.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        correlationId: correlationIdOf(request),
      });
    });
    next();
  };
}
