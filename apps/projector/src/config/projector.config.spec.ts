import { TOPICS } from '@entente/contracts';
import { ConfigError } from '@entente/platform';
import { ProjectorConfig } from './projector.config';

describe('projector configuration', () => {
  it('defaults to the dev engines, its own role, every case topic and no migrations on boot', () => {
    expect(new ProjectorConfig({})).toMatchObject({
      databaseSchema: 'public',
      databaseUser: 'entente_projector',
      databasePassword: 'entente_projector',
      topics: TOPICS.map((topic) => topic.name),
      groupId: 'entente-projector',
      projection: 'case-read-models',
      port: 3002,
      runMigrations: false,
      partitionsConcurrently: 2,
      healthLagTimeoutMs: 1000,
    });
  });

  it('refuses to start in production on the development database password, naming DATABASE_URL', () => {
    expect(() => new ProjectorConfig({ NODE_ENV: 'production' })).toThrow('configuration: DATABASE_URL is required');
    expect(() => new ProjectorConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://entente:entente@db/entente' })).toThrow(
      'configuration: DATABASE_URL is a development default',
    );
  });

  it('reads every setting from the environment', () => {
    const config = new ProjectorConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/entente',
      DATABASE_SCHEMA: 'rebuild_2026',
      PROJECTOR_DATABASE_USER: 'svc_projector',
      PROJECTOR_DATABASE_PASSWORD: 'pw',
      KAFKA_BROKERS: 'k1:9092, k2:9092',
      PROJECTOR_TOPICS: 'a,b',
      PROJECTOR_GROUP_ID: 'auditors-rebuild',
      PROJECTOR_NAME: 'rebuild',
      PROJECTOR_PORT: '4000',
      PROJECTOR_RUN_MIGRATIONS: 'true',
      PROJECTOR_HEALTH_LAG_TIMEOUT_MS: '250',
      PROJECTOR_PARTITIONS_CONCURRENTLY: '6',
    });
    expect(config).toEqual({
      databaseUrl: 'postgres://u:p@db:5432/entente',
      databaseUser: 'svc_projector',
      databasePassword: 'pw',
      databaseSchema: 'rebuild_2026',
      kafkaBrokers: ['k1:9092', 'k2:9092'],
      kafkaClientId: 'entente',
      kafkaTopicPrefix: 'entente',
      topics: ['a', 'b'],
      groupId: 'auditors-rebuild',
      projection: 'rebuild',
      port: 4000,
      runMigrations: true,
      partitionsConcurrently: 6,
      healthLagTimeoutMs: 250,
    });
  });

  it("reads another deployment's topics under its KAFKA_TOPIC_PREFIX, unless PROJECTOR_TOPICS names them", () => {
    const config = new ProjectorConfig({ KAFKA_TOPIC_PREFIX: 'training' });
    expect(config.kafkaTopicPrefix).toBe('training');
    expect(config.topics).toHaveLength(TOPICS.length);
    expect(config.topics).toContain('training.email-request.events');
    expect(new ProjectorConfig({ KAFKA_TOPIC_PREFIX: 'training', PROJECTOR_TOPICS: 'a' }).topics).toEqual(['a']);
  });

  it.each([
    ['KAFKA_TOPIC_PREFIX', 'entente/prod'],
    ['DATABASE_SCHEMA', 'Robert"; DROP'],
    ['PROJECTOR_RUN_MIGRATIONS', 'yes'],
    ['PROJECTOR_PORT', 'http'],
    ['PROJECTOR_HEALTH_LAG_TIMEOUT_MS', '0'],
    ['PROJECTOR_PARTITIONS_CONCURRENTLY', '0'],
  ])('names %s when its value is wrong', (variable, value) => {
    expect(() => new ProjectorConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => new ProjectorConfig({ [variable]: value })).toThrow(variable);
  });
});
