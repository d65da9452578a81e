import { IdentityConfig } from './identity.config';

describe('IdentityConfig', () => {
  it('serves the dev profile by default, its issuer naming its port, without the development grant', () => {
    expect(new IdentityConfig({})).toMatchObject({
      port: 3010,
      issuer: 'http://127.0.0.1:3010',
      audience: 'urn:entente:api',
      developmentGrant: false,
    });
    expect(new IdentityConfig({ IDENTITY_PORT: '13010' }).issuer).toBe('http://127.0.0.1:13010');
  });

  it('refuses the development grant in production, naming the variable', () => {
    expect(() => new IdentityConfig({ NODE_ENV: 'production', IDENTITY_DEVELOPMENT_GRANT: 'true' })).toThrow(
      'configuration: IDENTITY_DEVELOPMENT_GRANT issues tokens without sign-in; production may not enable it',
    );
    expect(new IdentityConfig({ IDENTITY_DEVELOPMENT_GRANT: 'true' }).developmentGrant).toBe(true);
  });
});
