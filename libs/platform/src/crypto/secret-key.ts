import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { developmentDataFile, writeOnce } from '../config/development-files';
import { ConfigError, type Env } from '../config/env';
import { DATA_KEY_BYTES } from './aes-gcm';

/*
 * A 32-byte AES key from configuration: base64 in one variable, or in the file another names. Off
 * production a development key is created once in the profile's data folder; in production one of
 * the two is required and the development key is refused, so that nothing deploys on a key
 * written by a laptop. The key-encryption key (ENTENTE_KEK) and the console's session key are two.
 */

export interface SecretKeySource {
  /** The variable holding the key in base64; it wins over the file. */
  readonly variable: string;
  /** The variable naming a file that holds it. */
  readonly fileVariable: string;
  /** The development key's file name in ENTENTE_DATA_DIR. */
  readonly developmentFile: string;
  /** What the key is, in the development file's first line. */
  readonly name: string;
}

export interface SecretKeyConfig {
  readonly value: string;
  readonly file: string;
  readonly production: boolean;
}

/** The file setting's default: the development key in the data folder, none in production. */
export const developmentKeyFile = (name: string) => (env: Env) => developmentDataFile(env, name) ?? '';

const developmentMark = (source: SecretKeySource) =>
  `# Entente development ${source.name}, created on this machine: refused in production.`;

/** The key, read (or, for development, created) at boot; its bytes are never in an error message. */
export function secretKey(source: SecretKeySource, config: SecretKeyConfig): Buffer {
  if (config.value) return decodeKey(source.variable, config.value);
  if (!config.file) throw new ConfigError(source.variable, `is required in production (or ${source.fileVariable})`);
  let content: string;
  try {
    if (basename(config.file) === source.developmentFile && !existsSync(config.file))
      writeOnce(config.file, `${developmentMark(source)}\n${randomBytes(DATA_KEY_BYTES).toString('base64')}\n`);
    content = readFileSync(config.file, 'utf8');
  } catch (error) {
    throw new ConfigError(source.fileVariable, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (config.production && content.includes(developmentMark(source)))
    throw new ConfigError(source.fileVariable, 'is the development key, refused in production');
  const base64 = content.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  return decodeKey(source.fileVariable, base64.join('').trim());
}

function decodeKey(variable: string, base64: string): Buffer {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== DATA_KEY_BYTES || key.toString('base64') !== base64.replace(/\s/g, ''))
    throw new ConfigError(variable, `must be ${DATA_KEY_BYTES} bytes in base64`);
  return key;
}
