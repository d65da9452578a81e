import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config';
import { DEVELOPMENT_KEK_FILE, KEY_ENCRYPTION_SETTINGS, keyEncryptionKey } from './key-encryption-key';

const dataDir = () => mkdtempSync(join(tmpdir(), 'entente-kek-'));
const kekOf = (env: Record<string, string>) => keyEncryptionKey(loadConfig(KEY_ENCRYPTION_SETTINGS, env));

describe('keyEncryptionKey', () => {
  it('creates a development key once in the data folder, off production', () => {
    const dir = dataDir();
    const first = kekOf({ ENTENTE_DATA_DIR: dir });
    expect(first).toHaveLength(32);
    expect(kekOf({ ENTENTE_DATA_DIR: dir })).toEqual(first);
    expect(readFileSync(join(dir, DEVELOPMENT_KEK_FILE), 'utf8')).toContain('refused in production');
  });

  it('reads ENTENTE_KEK first, then ENTENTE_KEK_FILE', () => {
    const key = randomBytes(32);
    const file = join(dataDir(), 'kek');
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`);
    expect(kekOf({ NODE_ENV: 'production', ENTENTE_KEK: key.toString('base64'), ENTENTE_KEK_FILE: file })).toEqual(key);
    expect(kekOf({ NODE_ENV: 'production', ENTENTE_KEK_FILE: file })).toHaveLength(32);
  });

  it('fails closed in production: no key, the development key, or not 32 bytes', () => {
    expect(() => kekOf({ NODE_ENV: 'production' })).toThrow('ENTENTE_KEK is required in production');
    const dir = dataDir();
    kekOf({ ENTENTE_DATA_DIR: dir });
    expect(() => kekOf({ NODE_ENV: 'production', ENTENTE_KEK_FILE: join(dir, DEVELOPMENT_KEK_FILE) })).toThrow('refused in production');
    expect(() => kekOf({ ENTENTE_KEK: randomBytes(16).toString('base64') })).toThrow('ENTENTE_KEK must be 32 bytes in base64');
    expect(() => kekOf({ ENTENTE_KEK_FILE: join(dir, 'missing') })).toThrow('ENTENTE_KEK_FILE cannot be read');
  });

  it('never puts the key in its error messages', () => {
    const bad = `${randomBytes(32).toString('base64')}xx`;
    expect(() => kekOf({ ENTENTE_KEK: bad })).toThrow(expect.objectContaining({ message: expect.not.stringContaining(bad) }));
  });
});
