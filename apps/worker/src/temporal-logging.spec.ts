import { jsonLogger } from '@entente/platform';
import { temporalLevel, temporalLogger, temporalMetrics } from './temporal-logging';

describe('Temporal SDK logs', () => {
  it('keeps the SDK levels, TRACE as debug, and the bundler report as debug', () => {
    expect(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'].map((level) => temporalLevel(level as 'INFO', 'Worker state changed'))).toEqual([
      'debug',
      'debug',
      'info',
      'warn',
      'error',
    ]);
    expect(temporalLevel('INFO', 'asset workflow-bundle.js 1.2 MiB\nwebpack compiled successfully')).toBe('debug');
  });

  it('writes the SDK and core messages as one JSON line each, metadata as fields', () => {
    const lines: string[] = [];
    const logger = temporalLogger(jsonLogger('worker', (line) => void lines.push(line), 'info'));
    logger.log('WARN', 'Activity failed', {
      sdkComponent: 'activity',
      activityType: 'publishCaseEvents',
      error: new Error('broker\nunreachable'),
    });
    logger.info('Workflow bundle created', { sdkComponent: 'worker', size: '1.2MB' });
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'warn',
      component: 'worker',
      source: 'temporal',
      sdkComponent: 'activity',
      message: 'Activity failed',
      error: { message: 'broker\nunreachable' },
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({ level: 'info', message: 'Workflow bundle created', size: '1.2MB' });
  });
});

describe('Temporal SDK metrics', () => {
  it('are served on the loopback, counters ending in _total and durations in seconds, as ours', () => {
    expect(temporalMetrics(3005)).toEqual({
      prometheus: { bindAddress: '127.0.0.1:3005', countersTotalSuffix: true, unitSuffix: true, useSecondsForDurations: true },
    });
  });
});
