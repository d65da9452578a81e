import { newDataKey, open, seal } from './aes-gcm';

/**
 * The data key of each case (AES-256-GCM, 32 bytes), created on first use and destroyed by an
 * erasure: once destroyed, nothing sealed with it can be opened again (crypto-shredding).
 * docs/adr/0015-temporal-payloads-encrypted-per-case.md says how a KMS or Vault replaces it.
 */
export interface CaseKeyStore {
  /** The case's key, created (once, whoever asks first) if it has none: after `destroy`, a new one. */
  dataKey(caseId: string): Promise<Buffer>;
  /** The case's existing key, or undefined when it never had one or it was destroyed. */
  existingKey(caseId: string): Promise<Buffer | undefined>;
  destroy(caseId: string): Promise<void>;
  /** Drops the case's key from this process's memory, once another process has destroyed it. */
  forget(caseId: string): void;
}

/** Where wrapped keys rest (a PostgreSQL table in the processes); they are useless without the wrapper. */
export interface WrappedKeyTable {
  find(caseId: string): Promise<Buffer | undefined>;
  /** Stores `wrapped` unless the case has a key already (another process won the race): either way, no error. */
  insertIfAbsent(caseId: string, wrapped: Buffer): Promise<void>;
  delete(caseId: string): Promise<void>;
}

/** What wraps a data key: the key-encryption key here, a KMS's or Vault's encrypt/decrypt elsewhere. */
export interface KeyWrapper {
  wrap(dataKey: Buffer, caseId: string): Promise<Buffer>;
  unwrap(wrapped: Buffer, caseId: string): Promise<Buffer>;
}

/** Wraps with a 32-byte key-encryption key from the configuration (ENTENTE_KEK or ENTENTE_KEK_FILE). */
export class LocalKeyWrapper implements KeyWrapper {
  constructor(private readonly kek: Buffer) {}

  wrap(dataKey: Buffer, caseId: string): Promise<Buffer> {
    return Promise.resolve(seal(this.kek, dataKey, caseId));
  }

  unwrap(wrapped: Buffer, caseId: string): Promise<Buffer> {
    return Promise.resolve(open(this.kek, wrapped, caseId));
  }
}

/** Unwrapped keys kept this long in memory: a destroyed key stops serving other processes within it. */
const CACHE_MS = 60_000;
const CACHE_SIZE = 10_000;

/** Envelope encryption: a table of wrapped data keys and a wrapper, with a short in-memory cache. */
export class EnvelopeCaseKeyStore implements CaseKeyStore {
  private readonly cache = new Map<string, { key: Buffer; until: number }>();

  constructor(
    private readonly table: WrappedKeyTable,
    private readonly wrapper: KeyWrapper,
    private readonly now: () => number = Date.now,
    private readonly cacheMs = CACHE_MS,
  ) {}

  async dataKey(caseId: string): Promise<Buffer> {
    const existing = await this.existingKey(caseId);
    if (existing) return existing;
    await this.table.insertIfAbsent(caseId, await this.wrapper.wrap(newDataKey(), caseId));
    // Read back: when two processes create a case's key at once, the one stored is the one used.
    const stored = await this.existingKey(caseId);
    if (!stored) throw new Error(`the data key of case ${caseId} vanished while it was created`);
    return stored;
  }

  async existingKey(caseId: string): Promise<Buffer | undefined> {
    const cached = this.cache.get(caseId);
    if (cached && cached.until > this.now()) return cached.key;
    const wrapped = await this.table.find(caseId);
    if (!wrapped) return undefined;
    const key = await this.wrapper.unwrap(wrapped, caseId);
    if (this.cacheMs === 0) return key;
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(caseId, { key, until: this.now() + this.cacheMs });
    return key;
  }

  async destroy(caseId: string): Promise<void> {
    this.forget(caseId);
    await this.table.delete(caseId);
  }

  forget(caseId: string): void {
    this.cache.delete(caseId);
  }
}

/** Wrapped keys in memory: for the time-skipping workflow tests, which have no database. */
export class InMemoryWrappedKeyTable implements WrappedKeyTable {
  readonly rows = new Map<string, Buffer>();

  find(caseId: string): Promise<Buffer | undefined> {
    return Promise.resolve(this.rows.get(caseId));
  }

  insertIfAbsent(caseId: string, wrapped: Buffer): Promise<void> {
    if (!this.rows.has(caseId)) this.rows.set(caseId, wrapped);
    return Promise.resolve();
  }

  delete(caseId: string): Promise<void> {
    this.rows.delete(caseId);
    return Promise.resolve();
  }
}
