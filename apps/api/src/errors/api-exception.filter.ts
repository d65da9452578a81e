import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toErrorResponse } from './error-response';

/** The API's only exception filter: every error leaves as `{ statusCode, error, message, field? }`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = toErrorResponse(exception);
    // Refusals and deliberate HTTP answers (a 503 from /health) are ordinary; faults get a stack.
    if (body.statusCode >= 500 && !(exception instanceof HttpException)) {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(error.message, error.stack);
    }
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }
}
