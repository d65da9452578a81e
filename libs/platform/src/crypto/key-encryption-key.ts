import { productionMode, text } from '../config/settings';
import { developmentKeyFile, secretKey, type SecretKeySource } from './secret-key';

/*
 * The key-encryption key that wraps every case's data key: 32 bytes in base64, given as
 * ENTENTE_KEK or in the file ENTENTE_KEK_FILE names (a development key off production).
 */

export const DEVELOPMENT_KEK_FILE = 'development-key-encryption-key';

const KEK: SecretKeySource = {
  variable: 'ENTENTE_KEK',
  fileVariable: 'ENTENTE_KEK_FILE',
  developmentFile: DEVELOPMENT_KEK_FILE,
  name: 'key-encryption key',
};

export const KEY_ENCRYPTION_SETTINGS = {
  /** The key-encryption key, base64 (32 bytes). Wins over ENTENTE_KEK_FILE. */
  kek: text(KEK.variable, ''),
  /** A file holding it; off production, by default, a development key in ENTENTE_DATA_DIR. */
  kekFile: text(KEK.fileVariable, developmentKeyFile(DEVELOPMENT_KEK_FILE)),
  production: productionMode,
};

export interface KeyEncryptionConfig {
  readonly kek: string;
  readonly kekFile: string;
  readonly production: boolean;
}

/** The key-encryption key, read (or, for development, created) at boot; its bytes are never logged. */
export function keyEncryptionKey(config: KeyEncryptionConfig): Buffer {
  return secretKey(KEK, { value: config.kek, file: config.kekFile, production: config.production });
}
