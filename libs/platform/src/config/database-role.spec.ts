import { loadConfig } from './load-config';
import { connectionUrlOf, databaseRoleSettings } from './database-role';

describe('databaseRoleSettings', () => {
  const settings = databaseRoleSettings('API', 'entente_api');

  it('defaults to the role of the same name, with its development password', () => {
    expect(loadConfig(settings, {})).toEqual({ databaseUser: 'entente_api', databasePassword: 'entente_api' });
  });

  it('reads the process own variables', () => {
    const env = { API_DATABASE_USER: 'svc_api', API_DATABASE_PASSWORD: 's3cret' };
    expect(loadConfig(settings, env)).toEqual({ databaseUser: 'svc_api', databasePassword: 's3cret' });
  });

  it('has no default password in production, and refuses the development one', () => {
    expect(() => loadConfig(settings, { NODE_ENV: 'production' })).toThrow('API_DATABASE_PASSWORD is required');
    expect(() => loadConfig(settings, { NODE_ENV: 'production', API_DATABASE_PASSWORD: 'entente_api' })).toThrow(
      'API_DATABASE_PASSWORD is a development default',
    );
  });
});

describe('connectionUrlOf', () => {
  it('replaces the credentials of DATABASE_URL, keeping where it points', () => {
    const url = connectionUrlOf({
      databaseUrl: 'postgres://entente:entente@127.0.0.1:54329/entente?sslmode=require',
      databaseUser: 'entente_api',
      databasePassword: 'p@ss:word/',
    });
    expect(url).toBe('postgres://entente_api:p%40ss%3Aword%2F@127.0.0.1:54329/entente?sslmode=require');
  });

  it('adds credentials to a DATABASE_URL that has none', () => {
    expect(connectionUrlOf({ databaseUrl: 'postgres://db:5432/entente', databaseUser: 'u', databasePassword: 'p' })).toBe(
      'postgres://u:p@db:5432/entente',
    );
  });
});
