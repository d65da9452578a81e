import type { INestApplication } from '@nestjs/common';
import type { Logger } from '@entente/platform';
import { ApiExceptionFilter } from '../errors/api-exception.filter';
import { correlationId } from './correlation-id';
import { requestLog } from './request-log';
import { apiValidationPipe } from './validation.pipe';

/** What every HTTP request goes through, shared by the real app and the controller specs. */
export function configureHttp(app: INestApplication, log: Logger): INestApplication {
  app.use(correlationId, requestLog(log));
  app.useGlobalPipes(apiValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  return app;
}
