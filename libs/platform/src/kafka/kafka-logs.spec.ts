import { logLevel } from 'kafkajs';
import type { Logger } from '../logging/logger';
import { kafkaLevel, kafkaLogs } from './kafka-logs';

const entry = (level: logLevel, message: string, extra: Record<string, unknown> = {}) => ({
  namespace: 'Connection',
  level,
  label: logLevel[level],
  log: { timestamp: '2026-01-05T14:00:00.000Z', logger: 'kafkajs', message, ...extra },
});

describe('kafkajs log levels', () => {
  it.each([
    [
      'the coordinator loading on a start',
      entry(logLevel.ERROR, 'Response GroupCoordinator(key: 10, version: 2)', {
        error: "The coordinator is loading and hence can't process requests for this group",
      }),
    ],
    [
      'a rebalance',
      entry(logLevel.ERROR, 'Response Heartbeat(key: 12, version: 3)', { error: 'The group is rebalancing, so a rejoin is needed' }),
    ],
    [
      'a leader not yet serving a new topic',
      entry(logLevel.ERROR, 'Failed to send messages: This server is not the leader for that topic-partition', {
        retryCount: 0,
        retryTime: 300,
      }),
    ],
    [
      'a leader election',
      entry(logLevel.ERROR, 'Response Metadata(key: 3, version: 6)', {
        error: 'There is no leader for this topic-partition as we are in the middle of a leadership election',
      }),
    ],
    [
      'a rejoin warning',
      entry(logLevel.WARN, 'The group is rebalancing, re-joining', { error: 'The group is rebalancing, so a rejoin is needed' }),
    ],
  ])('makes %s debug', (_, line) => {
    expect(kafkaLevel(line)).toBe('debug');
  });

  it('makes an error that kafkajs retries a warning', () => {
    expect(kafkaLevel(entry(logLevel.ERROR, 'Connection timeout', { retryCount: 2, retryTime: 800 }))).toBe('warn');
  });

  it('keeps an error it gives up on, and warnings, as they are', () => {
    expect(
      kafkaLevel(
        entry(logLevel.ERROR, 'Crash: KafkaJSNumberOfRetriesExceeded: The group is rebalancing, so a rejoin is needed', { retryCount: 5 }),
      ),
    ).toBe('error');
    expect(kafkaLevel(entry(logLevel.ERROR, 'Restarting the consumer in 300ms', { retryCount: 5, retryTime: 300 }))).toBe('warn');
    expect(
      kafkaLevel(
        entry(logLevel.ERROR, 'Response Produce(key: 0, version: 7)', {
          error: 'The request included a message larger than the max message size the server will accept',
        }),
      ),
    ).toBe('error');
    expect(kafkaLevel(entry(logLevel.WARN, 'Could not create topics', { error: 'Topic with this name already exists' }))).toBe('warn');
  });

  it('writes through the app logger with the entry fields, without kafkajs timestamp', () => {
    const calls: [string, string, Record<string, unknown>?][] = [];
    const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void calls.push([level, message, fields]);
    const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
    kafkaLogs(log)(logLevel.WARN)(entry(logLevel.ERROR, 'Crash: KafkaJSNonRetriableError', { groupId: 'g' }));
    expect(calls).toEqual([['error', 'Crash: KafkaJSNonRetriableError', { source: 'kafkajs', namespace: 'Connection', groupId: 'g' }]]);
  });
});
