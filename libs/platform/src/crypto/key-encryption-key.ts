import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { developmentDataFile, writeOnce } from '../config/development-files';
import { ConfigError, type Env } from '../config/env';
import { productionMode, text } from '../config/settings';
import { DATA_KEY_BYTES } from './aes-gcm';

/*
 * The key-encryption key that wraps every case's data key: 32 bytes in base64, given as
 * ENTENTE_KEK or in the file ENTENTE_KEK_FILE names. Off production a development key is created
 * once in the profile's data folder; with NODE_ENV=production one of the two is required and the
 * development key is refused, so that nothing deploys on a key written by a laptop.
 */

export const DEVELOPMENT_KEK_FILE = 'development-key-encryption-key';
const DEVELOPMENT_MARK = '# Entente development key-encryption key, created on this machine: refused in production.';

export const KEY_ENCRYPTION_SETTINGS = {
  /** The key-encryption key, base64 (32 bytes). Wins over ENTENTE_KEK_FILE. */
  kek: text('ENTENTE_KEK', ''),
  /** A file holding it; off production, by default, a development key in ENTENTE_DATA_DIR. */
  kekFile: text('ENTENTE_KEK_FILE', (env: Env) => developmentDataFile(env, DEVELOPMENT_KEK_FILE) ?? ''),
  production: productionMode,
};

export interface KeyEncryptionConfig {
  readonly kek: string;
  readonly kekFile: string;
  readonly production: boolean;
}

/** The key-encryption key, read (or, for development, created) at boot; its bytes are never logged. */
export function keyEncryptionKey(config: KeyEncryptionConfig): Buffer {
  if (config.kek) return decodeKek('ENTENTE_KEK', config.kek);
  if (!config.kekFile) throw new ConfigError('ENTENTE_KEK', 'is required in production (or ENTENTE_KEK_FILE)');
  let content: string;
  try {
    if (basename(config.kekFile) === DEVELOPMENT_KEK_FILE && !existsSync(config.kekFile)) createDevelopmentKek(config.kekFile);
    content = readFileSync(config.kekFile, 'utf8');
  } catch (error) {
    throw new ConfigError('ENTENTE_KEK_FILE', `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (config.production && content.includes(DEVELOPMENT_MARK))
    throw new ConfigError('ENTENTE_KEK_FILE', 'is the development key, refused in production');
  const base64 = content.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  return decodeKek('ENTENTE_KEK_FILE', base64.join('').trim());
}

function decodeKek(variable: string, base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== DATA_KEY_BYTES || key.toString('base64') !== base64.replace(/\s/g, ''))
    throw new ConfigError(variable, `must be ${DATA_KEY_BYTES} bytes in base64`);
  return key;
}

function createDevelopmentKek(path: string): void {
  writeOnce(path, `${DEVELOPMENT_MARK}\n${randomBytes(DATA_KEY_BYTES).toString('base64')}\n`);
}
