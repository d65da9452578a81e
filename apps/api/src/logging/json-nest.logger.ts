import type { LoggerService } from '@nestjs/common';
import { jsonLogger, Logger } from '@entente/platform';

/**
 * Nest's own messages (module init, routes, errors) in the same one-JSON-object-a-line format as
 * the worker and the projector, so one filter reads all three logs. Nest passes the context
 * (class name) as the last argument; an error's stack comes just before it.
 */
export class JsonNestLogger implements LoggerService {
  constructor(private readonly out: Logger = jsonLogger('api')) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.out.info(String(message), fields(rest));
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.out.warn(String(message), fields(rest));
  }

  error(message: unknown, ...rest: unknown[]): void {
    const [stack, ...others] = rest.length > 1 ? rest : [undefined, ...rest];
    const text = message instanceof Error ? message.message : String(message);
    const trace = message instanceof Error ? message.stack : stack;
    this.out.error(text, { ...fields(others), ...(trace ? { stack: trace } : {}) });
  }

  /** Debug and verbose output is Nest's chatter; production logs keep info and above. */
  debug(): void {}

  verbose(): void {}
}

function fields(rest: unknown[]): Record<string, unknown> {
  const context = rest[rest.length - 1];
  return typeof context === 'string' ? { context } : {};
}
