import type { LoggerService } from '@nestjs/common';
import type { Logger } from './logger';

/**
 * Nest's own messages (module init, routes, TypeORM retries, errors) through the app's logger, so
 * the api and the projector write the same lines as every other process. Nest passes the context
 * (class name) last, preceded by a stack for errors.
 */
export class NestLogger implements LoggerService {
  constructor(private readonly out: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    const [text, fields] = partsOf(message);
    this.out.info(text, { ...fields, ...contextOf(rest) });
  }

  warn(message: unknown, ...rest: unknown[]): void {
    const [text, fields] = partsOf(message);
    this.out.warn(text, { ...fields, ...contextOf(rest) });
  }

  error(message: unknown, ...rest: unknown[]): void {
    const [stack, ...others] = rest.length > 1 ? rest : [undefined, ...rest];
    const text = message instanceof Error ? message.message : String(message);
    const trace = message instanceof Error ? message.stack : stack;
    this.out.error(text, { ...contextOf(others), ...(trace ? { stack: trace } : {}) });
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.error(message, ...rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    const [text, fields] = partsOf(message);
    this.out.debug(text, { ...fields, ...contextOf(rest) });
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.debug(message, ...rest);
  }
}

function contextOf(rest: unknown[]): Record<string, unknown> {
  const context = rest[rest.length - 1];
  return typeof context === 'string' ? { context } : {};
}

/** `logger.warn({ message, ...fields })` keeps its fields as fields (a refusal's reason, say). */
function partsOf(message: unknown): [string, Record<string, unknown>] {
  if (message === null || typeof message !== 'object' || message instanceof Error || !('message' in message)) return [String(message), {}];
  const { message: text, ...fields } = message as Record<string, unknown>;
  return [String(text), fields];
}
