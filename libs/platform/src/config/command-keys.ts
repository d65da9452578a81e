import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { developmentDataFile, writeOnce } from './development-files';
import { ConfigError, type Env } from './env';
import { productionMode, text } from './settings';

/*
 * The key pair that proves a command was authenticated by the API (docs/adr/0012): the API signs
 * with the private key, the worker builds the public key into the workflow bundle. Each is PEM
 * text or a file holding it. Off production, a development pair is created once in the profile's
 * data folder; with NODE_ENV=production the variables are required and that key is refused.
 */

export const DEVELOPMENT_COMMAND_KEY_FILE = 'development-command-signing-key.pem';
const DEVELOPMENT_MARK = 'Entente development command-signing key, created on this machine: refused in production.';

const developmentKeyFile = (env: Env) => developmentDataFile(env, DEVELOPMENT_COMMAND_KEY_FILE);

export const COMMAND_SIGNING_SETTINGS = {
  /** The API's Ed25519 private key (PEM, or a file): it signs every command it sends a case. */
  commandSigningKey: text('COMMAND_SIGNING_KEY', developmentKeyFile),
  production: productionMode,
};

export const COMMAND_VERIFICATION_SETTINGS = {
  /** The API's Ed25519 public key (PEM, or a file; a private key gives its public half). */
  commandVerificationKey: text('COMMAND_VERIFICATION_KEY', developmentKeyFile),
  production: productionMode,
};

/** The API's signing key, read (or, for development, created) at boot. */
export function commandSigningKey(source: string, isProduction: boolean): KeyObject {
  const key = readKey('COMMAND_SIGNING_KEY', source, isProduction, createPrivateKey);
  if (key.asymmetricKeyType !== 'ed25519') throw new ConfigError('COMMAND_SIGNING_KEY', 'must be an Ed25519 private key');
  return key;
}

/** The public key as the workflows check it: 32 bytes, in hex. */
export function commandVerificationKey(source: string, isProduction: boolean): string {
  const key = readKey('COMMAND_VERIFICATION_KEY', source, isProduction, createPublicKey);
  if (key.asymmetricKeyType !== 'ed25519') throw new ConfigError('COMMAND_VERIFICATION_KEY', 'must be an Ed25519 key');
  return Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
}

function readKey(variable: string, source: string, isProduction: boolean, parse: (pem: string) => KeyObject): KeyObject {
  let pem: string;
  try {
    pem = source.includes('-----BEGIN') ? source : readKeyFile(source);
  } catch (error) {
    throw new ConfigError(variable, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (isProduction && pem.includes(DEVELOPMENT_MARK)) throw new ConfigError(variable, 'is the development key, refused in production');
  try {
    return parse(pem);
  } catch {
    throw new ConfigError(variable, 'is not a PEM key');
  }
}

function readKeyFile(path: string): string {
  if (basename(path) === DEVELOPMENT_COMMAND_KEY_FILE && !existsSync(path)) createDevelopmentKey(path);
  return readFileSync(path, 'utf8');
}

function createDevelopmentKey(path: string): void {
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
  writeOnce(path, `${DEVELOPMENT_MARK}\n${String(pem)}`);
}
