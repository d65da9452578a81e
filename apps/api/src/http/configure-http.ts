import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { requestSpan, type Logger } from '@entente/platform';
import { ApiExceptionFilter } from '../errors/api-exception.filter';
import { MalformedBody } from '../errors/malformed-body';
import { requestMetrics } from '../metrics/request-metrics';
import { correlationId } from './correlation-id';
import { JSON_MEDIA_TYPE, requestGate } from './request-gate';
import { requestLog } from './request-log';
import { apiValidationPipe } from './validation.pipe';

/**
 * The largest body a valid request can send, in bytes. The longest fields are 100,000 characters
 * (an e-mail's body, an answer), counted by class-validator in UTF-16 units: at most 300 kB in
 * UTF-8, 600 kB if the client escapes every character as `\uXXXX` (Python's default), plus the
 * other fields, well under 1 MiB. Lists of texts with no count bound are bounded by it.
 */
export const JSON_BODY_LIMIT = 1024 * 1024;

const parseJson = json({ limit: JSON_BODY_LIMIT, type: JSON_MEDIA_TYPE });

/** The JSON parser, whose refusal of a body that does not parse names the body (`MalformedBody`). */
function jsonBody(request: Request, response: Response, next: NextFunction): void {
  parseJson(request, response, (error?: unknown) => {
    const unparsed = (error as { type?: string } | undefined)?.type === 'entity.parse.failed';
    next(unparsed ? new MalformedBody((error as Error).message) : error);
  });
}

/** What every HTTP request goes through, shared by the real app and the controller specs. */
export function configureHttp(app: NestExpressApplication, log: Logger): NestExpressApplication {
  // Security headers (no sniffing, no framing, a strict content policy, HSTS) on every answer, errors included.
  // The request's span first: every line logged for it carries its trace id (ADR 0033).
  app.use(requestSpan, requestMetrics(app), helmet(), correlationId, requestLog(log), requestGate);
  // Registered before `init()`, so Nest's own JSON parser (100 kB limit) finds the body read.
  app.use(jsonBody);
  app.useGlobalPipes(apiValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  return app;
}
