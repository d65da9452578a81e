import { generateKeyPairSync, randomBytes, randomUUID, type JsonWebKey } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The provider's private material: its signing keys (a JWKS) and the keys of its cookies. */
export interface IdentityKeys {
  readonly jwks: { readonly keys: readonly JsonWebKey[] };
  readonly cookieKeys: readonly string[];
}

/** One RSA key (RS256, the default for ID tokens) and one P-256 key (ES256, access tokens). */
export function generateIdentityKeys(): IdentityKeys {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return {
    jwks: {
      keys: [
        { ...rsa, kid: randomUUID(), alg: 'RS256', use: 'sig' },
        { ...ec, kid: randomUUID(), alg: 'ES256', use: 'sig' },
      ],
    },
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
}

/**
 * The keys kept in `file`, generated on first use: tokens stay valid across restarts of the
 * provider, and each profile's data dir (.entente/<profile>/) has keys of its own. Readable by
 * the owner only.
 */
export function loadOrCreateIdentityKeys(file: string): IdentityKeys {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as IdentityKeys;
  const keys = generateIdentityKeys();
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return keys;
}
