import { ConfigError } from './env';
import { configClass, loadConfig } from './load-config';
import { developmentDefault, flag, integer, list, oneOf, port, setting, text } from './settings';

const SCHEMA = {
  name: text('NAME', 'entente'),
  secret: text('SECRET', (env) => (env.NODE_ENV === 'production' ? undefined : 'dev')),
  size: integer('SIZE', 50, 1),
  port: port('PORT', 3000),
  hosts: list('HOSTS', 'a:1'),
  enabled: flag('ENABLED', true),
  level: oneOf('LEVEL', ['debug', 'info'], 'info'),
  path: setting('PATH_TO', 'here', (raw) => `/${raw}`),
};

describe('loadConfig', () => {
  it('takes each default when the variable is unset or blank', () => {
    expect(loadConfig(SCHEMA, { NAME: '  ' })).toEqual({
      name: 'entente',
      secret: 'dev',
      size: 50,
      port: 3000,
      hosts: ['a:1'],
      enabled: true,
      level: 'info',
      path: '/here',
    });
  });

  it('reads and parses the trimmed values', () => {
    const env = {
      NAME: ' x ',
      SECRET: 's',
      SIZE: '7',
      PORT: '8080',
      HOSTS: 'k1:9092, k2:9092,',
      ENABLED: 'false',
      LEVEL: 'DEBUG',
      PATH_TO: 'there',
    };
    expect(loadConfig(SCHEMA, env)).toEqual({
      name: 'x',
      secret: 's',
      size: 7,
      port: 8080,
      hosts: ['k1:9092', 'k2:9092'],
      enabled: false,
      level: 'debug',
      path: '/there',
    });
  });

  it('requires a variable whose default depends on another one', () => {
    expect(() => loadConfig(SCHEMA, { NODE_ENV: 'production' })).toThrow(new ConfigError('SECRET', 'is required'));
  });

  it('refuses a development default in production, whether defaulted or set explicitly', () => {
    const schema = { token: developmentDefault(text('TOKEN', 'dev-token')) };
    expect(loadConfig(schema, {})).toEqual({ token: 'dev-token' });
    expect(() => loadConfig(schema, { NODE_ENV: 'production' })).toThrow(new ConfigError('TOKEN', 'is required'));
    expect(() => loadConfig(schema, { NODE_ENV: 'production', TOKEN: 'dev-token' })).toThrow(
      new ConfigError('TOKEN', 'is a development default; production must set its own'),
    );
    expect(loadConfig(schema, { NODE_ENV: 'production', TOKEN: 'real' })).toEqual({ token: 'real' });
  });

  it.each([
    ['SIZE', '0', 'configuration: SIZE must be an integer >= 1, got "0"'],
    ['PORT', 'http', 'configuration: PORT must be an integer >= 1, got "http"'],
    ['PORT', '70000', 'configuration: PORT must be a TCP port, got 70000'],
    ['ENABLED', 'yes', 'configuration: ENABLED must be true or false, got "yes"'],
    ['LEVEL', 'verbose', 'configuration: LEVEL must be one of debug, info, got "verbose"'],
  ])('names %s when it is %s', (variable, value, message) => {
    expect(() => loadConfig(SCHEMA, { [variable]: value })).toThrow(message);
  });

  it('names the variable whose parser refused its value', () => {
    const plain = (raw: string) => {
      if (!/^[a-z]+$/.test(raw)) throw new Error(`invalid schema name "${raw}"`);
      return raw;
    };
    expect(() => loadConfig({ schema: setting('SCHEMA', 'public', plain) }, { SCHEMA: 'x"; drop' })).toThrow(
      new ConfigError('SCHEMA', 'invalid schema name "x"; drop"'),
    );
  });
});

describe('configClass', () => {
  class SampleConfig extends configClass({ name: text('NAME', 'entente') }) {}

  it('builds an instance of the class from an env', () => {
    const config = new SampleConfig({ NAME: 'x' });
    expect(config).toBeInstanceOf(SampleConfig);
    expect(config.name).toBe('x');
  });
});
