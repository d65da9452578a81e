import type { Logger } from '@entente/platform';

/** Injection token for the structured logger: a class rather than a string, so it stays typed. */
export abstract class ProjectorLogger implements Logger {
  abstract debug(message: string, fields?: Record<string, unknown>): void;
  abstract info(message: string, fields?: Record<string, unknown>): void;
  abstract warn(message: string, fields?: Record<string, unknown>): void;
  abstract error(message: string, fields?: Record<string, unknown>): void;
}
