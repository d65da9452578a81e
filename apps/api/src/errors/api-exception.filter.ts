import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { PROBLEM_MEDIA_TYPE } from './problem-details';
import { toProblem } from './to-problem';

/** The API's only exception filter: every error leaves as problem details (see `ProblemDetails`). */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const { problem, headers } = toProblem(exception);
    // Refusals and deliberate answers (a 503 from /health, a timeout) are ordinary; faults get a stack.
    if (problem.code === 'internal') {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(error.message, error.stack);
    }
    const response = host.switchToHttp().getResponse<Response>();
    response.status(problem.status).set(headers).type(PROBLEM_MEDIA_TYPE).json(problem);
  }
}
