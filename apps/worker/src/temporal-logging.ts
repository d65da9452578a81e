import { Runtime } from '@temporalio/worker';
import type { LogLevel as TemporalLevel, LogMetadata, Logger as TemporalLogger } from '@temporalio/common';
import type { Logger, LogLevel } from '@entente/platform';

const LEVELS: Readonly<Record<TemporalLevel, LogLevel>> = { TRACE: 'debug', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

/** The level a Temporal SDK message deserves in our log. */
export function temporalLevel(level: TemporalLevel, message: string): LogLevel {
  // The bundler's multi-line webpack report: "Workflow bundle created" says what matters in one line.
  if (level === 'INFO' && message.includes('\n')) return 'debug';
  return LEVELS[level];
}

/** The SDK's logger interface over ours: its messages become our one-line JSON objects. */
export function temporalLogger(log: Logger): TemporalLogger {
  const at =
    (level: TemporalLevel) =>
    (message: string, meta: LogMetadata = {}) =>
      log[temporalLevel(level, message)](message, { source: 'temporal', ...meta });
  return {
    log: (level, message, meta) => at(level)(message, meta),
    trace: at('TRACE'),
    debug: at('DEBUG'),
    info: at('INFO'),
    warn: at('WARN'),
    error: at('ERROR'),
  };
}

/**
 * Routes the SDK's logs (bundler, worker lifecycle, workflow and activity loggers) and the Rust
 * core's, forwarded instead of printed to the console in colour, through `log`. Once per process,
 * before its first connection or worker. The runtime shuts down when its last worker and
 * connection close; a process that opens none shuts it down itself.
 *
 * With a `metricsPort` (not 0), the core also serves the SDK's worker metrics in the Prometheus
 * format on `metricsHost`, counters ending in `_total` and durations in seconds as ours do.
 */
export function installTemporalLogging(log: Logger, metricsPort = 0, metricsHost = '127.0.0.1'): Runtime {
  return Runtime.install({
    logger: temporalLogger(log),
    telemetryOptions: {
      logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} },
      ...(metricsPort > 0 ? { metrics: temporalMetrics(metricsPort, metricsHost) } : {}),
    },
  });
}

/** The SDK's Prometheus exporter on `host`:`port` (the worker's WORKER_HOST). */
export function temporalMetrics(port: number, host = '127.0.0.1') {
  return {
    prometheus: { bindAddress: `${host}:${port}`, countersTotalSuffix: true, unitSuffix: true, useSecondsForDurations: true },
  };
}
