import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COMMAND_SIGNING_SETTINGS,
  COMMAND_VERIFICATION_SETTINGS,
  commandSigningKey,
  commandVerificationKey,
  DEVELOPMENT_COMMAND_KEY_FILE,
} from './command-keys';
import { loadConfig } from './load-config';

describe('command keys', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'entente-keys-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('create the development pair once in the data folder, the worker reading the public half of the same key', () => {
    const { commandSigningKey: source } = loadConfig(COMMAND_SIGNING_SETTINGS, { ENTENTE_DATA_DIR: dataDir });
    expect(source).toBe(join(dataDir, DEVELOPMENT_COMMAND_KEY_FILE));
    const signing = commandSigningKey(source, false);
    const written = readFileSync(source, 'utf8');
    expect(commandSigningKey(source, false).export({ format: 'jwk' })).toEqual(signing.export({ format: 'jwk' }));
    expect(readFileSync(source, 'utf8')).toBe(written);
    const { commandVerificationKey: verification } = loadConfig(COMMAND_VERIFICATION_SETTINGS, { ENTENTE_DATA_DIR: dataDir });
    expect(commandVerificationKey(verification, false)).toBe(
      Buffer.from(signing.export({ format: 'jwk' }).x!, 'base64url').toString('hex'),
    );
  });

  it('are required in production, where the development key is refused', () => {
    expect(() => loadConfig(COMMAND_SIGNING_SETTINGS, { NODE_ENV: 'production' })).toThrow(
      'configuration: COMMAND_SIGNING_KEY is required',
    );
    expect(() => loadConfig(COMMAND_VERIFICATION_SETTINGS, { NODE_ENV: 'production' })).toThrow(/COMMAND_VERIFICATION_KEY is required/);
    const development = join(dataDir, DEVELOPMENT_COMMAND_KEY_FILE);
    commandSigningKey(development, false);
    expect(() => commandSigningKey(development, true)).toThrow(
      'configuration: COMMAND_SIGNING_KEY is the development key, refused in production',
    );
    expect(() => commandVerificationKey(development, true)).toThrow(/COMMAND_VERIFICATION_KEY is the development key/);
  });

  it('take PEM text, and refuse another algorithm, a missing file or text that is no key, naming the variable', () => {
    const pair = generateKeyPairSync('ed25519');
    const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(commandVerificationKey(publicPem, true)).toHaveLength(64);
    expect(commandSigningKey(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), true).asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => commandSigningKey(rsa, true)).toThrow('configuration: COMMAND_SIGNING_KEY must be an Ed25519 private key');
    expect(() => commandSigningKey(join(dataDir, 'absent.pem'), true)).toThrow(/COMMAND_SIGNING_KEY cannot be read/);
    expect(() => commandVerificationKey('-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----', true)).toThrow(
      'configuration: COMMAND_VERIFICATION_KEY is not a PEM key',
    );
  });
});
