import { logCreator, LogEntry, logLevel } from 'kafkajs';
import type { Logger, LogLevel } from '../logging/logger';

/**
 * Conditions a healthy cluster goes through (a group coordinator loading its state after a start,
 * a rebalance, a leader election after a topic is created) and that kafkajs retries by itself;
 * it reports each at level ERROR. Matched on the broker's error text (kafkajs protocol/error.js).
 */
const TRANSIENT = [
  /coordinator is loading/i,
  /coordinator is not available/i,
  /not the correct coordinator/i,
  /group is rebalancing/i,
  /not the leader for that topic-partition/i,
  /no leader for this topic-partition/i,
  /does not host this topic-partition/i,
  /not the correct controller/i,
];

/**
 * The level a kafkajs line deserves: transient conditions are debug, errors that kafkajs retries
 * (it attaches a retry count) are warnings; an error is left for what it gives up on, and for a
 * consumer's crash whatever its cause (a restart, if any, follows as a warning of its own).
 */
export function kafkaLevel({ level, log }: Pick<LogEntry, 'level' | 'log'>): LogLevel {
  const text = `${log.message} ${String(log.error ?? '')}`;
  if (log.message.startsWith('Crash:')) return 'error';
  if (TRANSIENT.some((pattern) => pattern.test(text))) return 'debug';
  if (level === logLevel.ERROR) return 'retryCount' in log ? 'warn' : 'error';
  if (level === logLevel.WARN) return 'warn';
  return level === logLevel.INFO ? 'info' : 'debug';
}

/** kafkajs's own lines, through the app's logger at the level they deserve. */
export function kafkaLogs(log: Logger): logCreator {
  return () => (entry) => {
    const { message, timestamp: _timestamp, logger: _logger, ...fields } = entry.log;
    log[kafkaLevel(entry)](message, { source: 'kafkajs', namespace: entry.namespace, ...fields });
  };
}
