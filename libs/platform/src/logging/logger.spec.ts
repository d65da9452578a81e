import { configuredLogLevel, jsonLogger } from './logger';

function captured(level?: Parameters<typeof jsonLogger>[2]) {
  const lines: string[] = [];
  const log = jsonLogger('worker', (chunk) => void lines.push(...chunk.split(/(?<=\n)/)), level);
  return { log, lines };
}

describe('jsonLogger', () => {
  it('writes one JSON object per line, even for a message and fields that span lines', () => {
    const { log, lines } = captured();
    log.info('asset workflow-bundle.js 1.2 MiB\n  \u001b[32mcompiled\u001b[39m', { stack: 'Error: x\n    at y' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(lines[0]!.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(lines[0]!)).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      component: 'worker',
      message: 'asset workflow-bundle.js 1.2 MiB\n  \u001b[32mcompiled\u001b[39m',
      stack: 'Error: x\n    at y',
    });
  });

  it('names each level, and leaves out what is below its own', () => {
    const { log, lines } = captured('info');
    log.debug('coordinator loading');
    log.info('started');
    log.warn('retrying');
    log.error('failed', { error: new Error('boom') });
    const parsed = lines.map((line) => JSON.parse(line) as { level: string; error?: { message: string } });
    expect(parsed.map((p) => p.level)).toEqual(['info', 'warn', 'error']);
    expect(parsed[2]!.error).toMatchObject({ type: 'Error', message: 'boom' });
  });

  it('writes debug lines when asked', () => {
    const { log, lines } = captured('debug');
    log.debug('coordinator loading');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'debug', message: 'coordinator loading' });
  });

  it('takes its level from LOG_LEVEL, info by default, and refuses an unknown one by name', () => {
    expect(configuredLogLevel({})).toBe('info');
    expect(configuredLogLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(() => configuredLogLevel({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });
});
