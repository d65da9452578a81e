import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino from 'pino';
import type { Env } from '../config/env';
import { loadConfig } from '../config/load-config';
import { oneOf } from '../config/settings';

/** Structured logs: one JSON object a line, so that an operator can filter by case or event. */
export interface Logger {
  debug: (message: string, fields?: Record<string, unknown>) => void;
  info: (message: string, fields?: Record<string, unknown>) => void;
  warn: (message: string, fields?: Record<string, unknown>) => void;
  error: (message: string, fields?: Record<string, unknown>) => void;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const LOG_SETTINGS = {
  /** The lowest level written. */
  level: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
};

export function configuredLogLevel(env: Env = process.env): LogLevel {
  return loadConfig(LOG_SETTINGS, env).level;
}

/**
 * A pino logger writing `{level, time, component, message, ...fields}` lines to stdout, or to
 * `write` (tests, the audit CLI's stderr). Writes are synchronous so that the line before a
 * `process.exit` is not lost.
 */
export function jsonLogger(component: string, write?: (line: string) => void, level: LogLevel = configuredLogLevel()): Logger {
  const out = pino(
    {
      level,
      base: { component },
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // An Error under `error` (the Temporal SDK's metadata) as its type, message and stack, not `{}`.
      serializers: { error: pino.stdSerializers.err },
      mixin: traceFields,
    },
    write ? { write } : pino.destination({ dest: 1, sync: true }),
  );
  const at =
    (name: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      out[name](fields, message);
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** The trace and span a line was written in, if any: a line leads to its trace, beside the correlation id. */
function traceFields(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
}
