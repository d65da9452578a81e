import { secretKey, type SecretKeySource } from '@entente/platform';

/**
 * The console's own key for its sessions, not the key-encryption key: the console never needs to
 * open a case's data key, so it is not given the key that does.
 */
export const CONSOLE_SESSION_KEY: SecretKeySource = {
  variable: 'CONSOLE_SESSION_KEY',
  fileVariable: 'CONSOLE_SESSION_KEY_FILE',
  developmentFile: 'development-console-session-key',
  name: 'console session key',
};

export interface SessionKeyConfig {
  readonly sessionKey: string;
  readonly sessionKeyFile: string;
  readonly production: boolean;
}

export const sessionKeyOf = (config: SessionKeyConfig): Buffer =>
  secretKey(CONSOLE_SESSION_KEY, { value: config.sessionKey, file: config.sessionKeyFile, production: config.production });
