import type { LoggerService } from '@nestjs/common';
import type { Logger } from '@entente/platform';

/** Sends Nest's own messages (startup, TypeORM retries) to the same one-JSON-object-a-line log. */
export class NestJsonLogger implements LoggerService {
  constructor(private readonly target: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.target.info(String(message), fieldsOf(rest));
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.target.warn(String(message), fieldsOf(rest));
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.target.error(String(message), fieldsOf(rest));
  }
}

/** Nest passes the context last, preceded by a stack for errors. */
function fieldsOf(rest: unknown[]): Record<string, unknown> {
  const [context, ...details] = [...rest].reverse();
  return { context, ...(details.length > 0 ? { details: details.reverse() } : {}) };
}
