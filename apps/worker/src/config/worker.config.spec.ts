import { ConfigError } from '@entente/platform';
import { WorkerConfig } from './worker.config';

/** What production must set of its own, so that a test reaches the setting it is about. */
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://migrations:s3cret@db:5432/entente',
  WORKER_DATABASE_PASSWORD: 'an0ther',
  COMMAND_VERIFICATION_KEY: '/run/secrets/command-verification-key.pem',
};

describe('WorkerConfig', () => {
  it('defaults to the dev engines, the public schema, 50 activities at once and 2,000 cases cached', () => {
    expect(new WorkerConfig({})).toMatchObject({
      databaseSchema: 'public',
      databaseUser: 'entente_worker',
      databasePassword: 'entente_worker',
      kafkaBrokers: ['127.0.0.1:19092'],
      temporalAddress: '127.0.0.1:7233',
      temporalTaskQueue: 'entente-cases',
      maxConcurrentActivities: 50,
      maxCachedWorkflows: 2_000,
    });
  });

  it('reads the environment', () => {
    const config = new WorkerConfig({
      DATABASE_SCHEMA: 't_api_1',
      TEMPORAL_TASK_QUEUE: 'q',
      WORKER_MAX_CONCURRENT_ACTIVITIES: '8',
      WORKER_MAX_CACHED_WORKFLOWS: '0',
    });
    expect(config).toMatchObject({ databaseSchema: 't_api_1', temporalTaskQueue: 'q', maxConcurrentActivities: 8, maxCachedWorkflows: 0 });
  });

  // The schema reaches DDL quoted: the worker refuses at boot what the api and projector refuse.
  it('names DATABASE_SCHEMA when it is not a plain identifier', () => {
    expect(() => new WorkerConfig({ DATABASE_SCHEMA: 'Robert"; DROP' })).toThrow(ConfigError);
    expect(() => new WorkerConfig({ DATABASE_SCHEMA: 'Robert"; DROP' })).toThrow(/^configuration: DATABASE_SCHEMA invalid schema name/);
  });

  it('refuses to start in production on a development database password, naming its variable', () => {
    const own = PRODUCTION;
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

  it('names WORKER_MAX_CACHED_WORKFLOWS when it is not a whole number', () => {
    expect(() => new WorkerConfig({ WORKER_MAX_CACHED_WORKFLOWS: '-1' })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS must be an integer >= 0/);
    expect(() => new WorkerConfig({ WORKER_MAX_CACHED_WORKFLOWS: 'lots' })).toThrow(/WORKER_MAX_CACHED_WORKFLOWS/);
  });

  it('compresses deadlines only when told to, and never in production', () => {
    expect(new WorkerConfig({}).deadlineCompression).toBeUndefined();
    expect(new WorkerConfig({ COMPRESSED_DEADLINES_LEAD_MS: '30000', COMPRESSED_DEADLINES_GAP_MS: '10000' }).deadlineCompression).toEqual({
      leadMs: 30_000,
      gapMs: 10_000,
    });
    expect(() => new WorkerConfig({ COMPRESSED_DEADLINES_GAP_MS: '0' })).toThrow('COMPRESSED_DEADLINES_GAP_MS must be an integer >= 1');
    expect(() => new WorkerConfig({ ...PRODUCTION, COMPRESSED_DEADLINES_LEAD_MS: '30000' })).toThrow(
      'configuration: COMPRESSED_DEADLINES_LEAD_MS compresses every deadline: drills only',
    );
    expect(new WorkerConfig({ ...PRODUCTION, COMPRESSED_DEADLINES_LEAD_MS: '0' }).deadlineCompression).toBeUndefined();
  });
});
