import { jsonLogger } from './logger';
import { NestLogger } from './nest-logger';

function nest() {
  const lines: Record<string, unknown>[] = [];
  const logger = new NestLogger(jsonLogger('api', (line) => void lines.push(JSON.parse(line) as Record<string, unknown>), 'debug'));
  return { logger, lines };
}

describe('NestLogger', () => {
  it('keeps Nest context as a field and each level as ours, verbose as debug', () => {
    const { logger, lines } = nest();
    logger.log('Nest application successfully started', 'NestApplication');
    logger.warn('Retrying', 'TypeOrmModule');
    logger.verbose('Mapped {/cases, GET} route', 'RouterExplorer');
    expect(lines.map(({ level, context, message }) => ({ level, context, message }))).toEqual([
      { level: 'info', context: 'NestApplication', message: 'Nest application successfully started' },
      { level: 'warn', context: 'TypeOrmModule', message: 'Retrying' },
      { level: 'debug', context: 'RouterExplorer', message: 'Mapped {/cases, GET} route' },
    ]);
  });

  it('keeps the fields of a structured message as fields', () => {
    const { logger, lines } = nest();
    logger.warn({ message: 'authentication refused', reason: 'ERR_JWT_EXPIRED' }, 'JwtAuthGuard');
    expect(lines[0]).toMatchObject({
      level: 'warn',
      context: 'JwtAuthGuard',
      message: 'authentication refused',
      reason: 'ERR_JWT_EXPIRED',
    });
  });

  it('writes an error with its stack as one line', () => {
    const { logger, lines } = nest();
    logger.error('Unable to connect to the database', 'Error: connect ECONNREFUSED\n    at x', 'TypeOrmModule');
    logger.error(new Error('boom'));
    expect(lines[0]).toMatchObject({
      level: 'error',
      context: 'TypeOrmModule',
      message: 'Unable to connect to the database',
      stack: 'Error: connect ECONNREFUSED\n    at x',
    });
    expect(lines[1]).toMatchObject({ level: 'error', message: 'boom', stack: expect.stringContaining('Error: boom') });
  });
});
