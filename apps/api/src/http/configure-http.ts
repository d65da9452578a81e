import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { Logger } from '@entente/platform';
import { ApiExceptionFilter } from '../errors/api-exception.filter';
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

/** What every HTTP request goes through, shared by the real app and the controller specs. */
export function configureHttp(app: NestExpressApplication, log: Logger): NestExpressApplication {
  // Security headers (no sniffing, no framing, a strict content policy, HSTS) on every answer, errors included.
  app.use(helmet(), correlationId, requestLog(log), requestGate);
  // Registered before `init()`, so Nest skips its own JSON parser (100 kB limit).
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, type: JSON_MEDIA_TYPE });
  app.useGlobalPipes(apiValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  return app;
}
