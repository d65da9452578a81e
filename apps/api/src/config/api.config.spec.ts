import { ApiConfig, DEVELOPMENT_JWT_SECRET } from './api.config';

describe('ApiConfig', () => {
  it('has development defaults', () => {
    const config = new ApiConfig({});
    expect(config).toMatchObject({
      port: 3000,
      jwtSecret: DEVELOPMENT_JWT_SECRET,
      jwtIssuer: 'entente',
      databaseUser: 'entente_api',
      databasePassword: 'entente_api',
      databaseSchema: 'public',
      temporalNamespace: 'default',
      commandTimeoutMs: 5000,
    });
  });

  it('reads the environment', () => {
    const config = new ApiConfig({
      API_PORT: '8080',
      DATABASE_SCHEMA: 'audit_1',
      TEMPORAL_TASK_QUEUE: 'q',
      JWT_SECRET: 's',
      COMMAND_TIMEOUT_MS: '250',
    });
    expect(config).toMatchObject({ port: 8080, databaseSchema: 'audit_1', temporalTaskQueue: 'q', jwtSecret: 's', commandTimeoutMs: 250 });
  });

  it('refuses to boot in production on the development secret', () => {
    expect(() => new ApiConfig({ NODE_ENV: 'production', API_DATABASE_PASSWORD: 'p' })).toThrow('JWT_SECRET is required');
  });

  it('refuses to boot in production on the development database password', () => {
    expect(() => new ApiConfig({ NODE_ENV: 'production', JWT_SECRET: 's' })).toThrow('API_DATABASE_PASSWORD is required');
  });

  it('names DATABASE_SCHEMA when it is not a plain identifier', () => {
    expect(() => new ApiConfig({ DATABASE_SCHEMA: 'x"; drop' })).toThrow(/DATABASE_SCHEMA/);
  });

  it('names COMMAND_TIMEOUT_MS when it is not a positive integer', () => {
    expect(() => new ApiConfig({ COMMAND_TIMEOUT_MS: '0' })).toThrow(/COMMAND_TIMEOUT_MS/);
  });

  it.each(['zero', '0', '70000'])('names API_PORT when it is %s', (port) => {
    expect(() => new ApiConfig({ API_PORT: port })).toThrow(/API_PORT/);
  });
});
