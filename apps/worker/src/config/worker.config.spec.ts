import { ConfigError } from '@entente/platform';
import { WorkerConfig } from './worker.config';

describe('WorkerConfig', () => {
  it('defaults to the dev engines, the public schema and 50 activities at once', () => {
    expect(new WorkerConfig({})).toMatchObject({
      databaseSchema: 'public',
      databaseUser: 'entente_worker',
      databasePassword: 'entente_worker',
      kafkaBrokers: ['127.0.0.1:19092'],
      temporalAddress: '127.0.0.1:7233',
      temporalTaskQueue: 'entente-cases',
      maxConcurrentActivities: 50,
    });
  });

  it('reads the environment', () => {
    const config = new WorkerConfig({ DATABASE_SCHEMA: 't_api_1', TEMPORAL_TASK_QUEUE: 'q', WORKER_MAX_CONCURRENT_ACTIVITIES: '8' });
    expect(config).toMatchObject({ databaseSchema: 't_api_1', temporalTaskQueue: 'q', maxConcurrentActivities: 8 });
  });

  // The schema reaches DDL quoted: the worker refuses at boot what the api and projector refuse.
  it('names DATABASE_SCHEMA when it is not a plain identifier', () => {
    expect(() => new WorkerConfig({ DATABASE_SCHEMA: 'Robert"; DROP' })).toThrow(ConfigError);
    expect(() => new WorkerConfig({ DATABASE_SCHEMA: 'Robert"; DROP' })).toThrow(/^configuration: DATABASE_SCHEMA invalid schema name/);
  });

  it('refuses to start in production on a development database password, naming its variable', () => {
    const own = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://migrations:s3cret@db:5432/entente',
      WORKER_DATABASE_PASSWORD: 'an0ther',
      COMMAND_VERIFICATION_KEY: '/run/secrets/command-verification-key.pem',
    };
    expect(() => new WorkerConfig({ NODE_ENV: 'production' })).toThrow('configuration: DATABASE_URL is required');
    expect(() => new WorkerConfig({ ...own, DATABASE_URL: 'postgres://entente:entente@db:5432/entente' })).toThrow(
      'configuration: DATABASE_URL is a development default',
    );
    expect(() => new WorkerConfig({ ...own, WORKER_DATABASE_PASSWORD: 'entente_worker' })).toThrow(
      'configuration: WORKER_DATABASE_PASSWORD is a development default',
    );
    expect(new WorkerConfig(own).databasePassword).toBe('an0ther');
  });

  it('names WORKER_MAX_CONCURRENT_ACTIVITIES when it is not a positive integer', () => {
    expect(() => new WorkerConfig({ WORKER_MAX_CONCURRENT_ACTIVITIES: '0' })).toThrow(/WORKER_MAX_CONCURRENT_ACTIVITIES/);
  });
});
