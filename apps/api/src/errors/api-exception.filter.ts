import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { causeChain } from './cause-chain';
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
      this.logger.error(`${error.message}${causesOf(error)}`, error.stack);
    }
    const response = host.switchToHttp().getResponse<Response>();
    response.status(problem.status).set(headers).type(PROBLEM_MEDIA_TYPE).json(problem);
  }
}

/**
 * What lies under a fault (a client's generic "Workflow Update failed" over a gRPC status): the
 * names and codes of its causes, never their messages, which may quote a request.
 */
function causesOf(error: Error): string {
  const causes = [...causeChain(error)].slice(1).map((cause) => {
    const { code } = cause as { code?: unknown };
    return typeof code === 'number' || typeof code === 'string' ? `${cause.name} (code ${code})` : cause.name;
  });
  return causes.length ? `; caused by ${causes.join(', then ')}` : '';
}
