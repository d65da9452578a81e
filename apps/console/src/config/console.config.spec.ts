import { randomBytes } from 'node:crypto';
import { sessionKeyOf } from '../sign-in/session-key';
import { ConsoleConfig } from './console.config';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db.example.gouv.qc.ca/entente',
  CONSOLE_DATABASE_PASSWORD: 's3cret',
  CONSOLE_SESSION_KEY: randomBytes(32).toString('base64'),
  OIDC_ISSUER: 'https://id.example.gouv.qc.ca',
  CONSOLE_PUBLIC_URL: 'https://console.example.gouv.qc.ca',
};

describe('ConsoleConfig', () => {
  it('works beside npm start by default, the provider returning to the console’s own port', () => {
    expect(new ConsoleConfig({})).toMatchObject({
      host: '127.0.0.1',
      oidcIssuer: 'http://127.0.0.1:3010',
      oidcClientId: 'entente-console',
      publicUrl: 'http://127.0.0.1:3100',
    });
    expect(new ConsoleConfig({ CONSOLE_PORT: '3200' }).publicUrl).toBe('http://127.0.0.1:3200');
    expect(new ConsoleConfig({ CONSOLE_HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('keeps its sessions as its own PostgreSQL role, sealed with a key of its own that production must give', () => {
    expect(new ConsoleConfig({ ENTENTE_DATA_DIR: '/data' })).toMatchObject({
      databaseUser: 'entente_console',
      databaseSchema: 'public',
      sessionKeyFile: '/data/development-console-session-key',
    });
    expect(sessionKeyOf(new ConsoleConfig(production))).toHaveLength(32);
    expect(() => sessionKeyOf(new ConsoleConfig({ ...production, CONSOLE_SESSION_KEY: undefined }))).toThrow(
      'CONSOLE_SESSION_KEY is required in production (or CONSOLE_SESSION_KEY_FILE)',
    );
    expect(() => new ConsoleConfig({ ...production, CONSOLE_DATABASE_PASSWORD: undefined })).toThrow('CONSOLE_DATABASE_PASSWORD');
  });

  it('requires the provider and its own address over https in production, naming the variable', () => {
    expect(new ConsoleConfig(production).publicUrl).toBe('https://console.example.gouv.qc.ca');
    expect(() => new ConsoleConfig({ ...production, CONSOLE_PUBLIC_URL: undefined })).toThrow('CONSOLE_PUBLIC_URL');
    expect(() => new ConsoleConfig({ ...production, OIDC_ISSUER: 'http://id.example.gouv.qc.ca' })).toThrow(
      'configuration: OIDC_ISSUER must be an https:// URL in production',
    );
  });
});
