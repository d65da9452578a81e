import { readFileSync, statSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import { ConfigError, type EnginesConfig } from '../config';

/** Where Temporal is and, when its frontend asks for them, the client's certificate and token. */
export type TemporalConnectionConfig = Pick<EnginesConfig, 'temporalAddress'> &
  Partial<
    Pick<EnginesConfig, 'temporalTlsCaFile' | 'temporalTlsCertFile' | 'temporalTlsKeyFile' | 'temporalTlsServerName' | 'temporalApiKeyFile'>
  >;

/** The options both `Connection` (clients) and `NativeConnection` (workers) take. */
export interface TemporalTransport {
  readonly address: string;
  readonly tls?: TLSConfig;
  readonly apiKey?: string;
}

/**
 * TLS when a CA or a client certificate is named (the cluster profile's server wants both), plain
 * gRPC otherwise (the dev server, the tests); the token read from its file now.
 */
export function temporalTransport(config: TemporalConnectionConfig): TemporalTransport {
  const tls = temporalTls(config);
  const apiKey = temporalApiKey(config)?.();
  return { address: config.temporalAddress, ...(tls && { tls }), ...(apiKey && { apiKey }) };
}

export function temporalTls(config: TemporalConnectionConfig): TLSConfig | undefined {
  const { temporalTlsCaFile: ca, temporalTlsCertFile: cert, temporalTlsKeyFile: key, temporalTlsServerName: serverName } = config;
  if (!ca && !cert && !key) return undefined;
  if (!cert !== !key) {
    throw new ConfigError(
      cert ? 'TEMPORAL_TLS_KEY_FILE' : 'TEMPORAL_TLS_CERT_FILE',
      'is required with the other one (a client certificate and its key)',
    );
  }
  return {
    ...(ca && { serverRootCACertificate: readSetting('TEMPORAL_TLS_CA_FILE', ca) }),
    ...(cert &&
      key && { clientCertPair: { crt: readSetting('TEMPORAL_TLS_CERT_FILE', cert), key: readSetting('TEMPORAL_TLS_KEY_FILE', key) } }),
    ...(serverName && { serverNameOverride: serverName }),
  };
}

/**
 * The bearer token, from its file, read again when the file changes: the engines' scripts mint a
 * new one before the old expires, and a long-running client picks it up without a restart.
 */
export function temporalApiKey(config: TemporalConnectionConfig): (() => string) | undefined {
  const file = config.temporalApiKeyFile;
  if (!file) return undefined;
  let seen = { stamp: -1, token: '' };
  return () => {
    const stamp = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
    if (stamp !== seen.stamp || !seen.token) {
      const token = readSetting('TEMPORAL_API_KEY_FILE', file).toString('utf8').trim();
      if (!token) throw new ConfigError('TEMPORAL_API_KEY_FILE', `names an empty file: ${file}`);
      seen = { stamp, token };
    }
    return seen.token;
  };
}

/**
 * For a `NativeConnection`, which takes a token as a string only: hands `apply` the file's token
 * whenever it changes, checked every `everyMs`; a file that cannot be read keeps the last token
 * and tells `failed`. Returns what stops it.
 */
export function followApiKey(
  config: TemporalConnectionConfig,
  apply: (token: string) => unknown,
  failed: (error: unknown) => void,
  everyMs = 60_000,
): () => void {
  const read = temporalApiKey(config);
  if (!read) return () => undefined;
  let last = read();
  const timer = setInterval(() => {
    try {
      const token = read();
      if (token === last) return;
      last = token;
      Promise.resolve(apply(token)).catch(failed);
    } catch (error) {
      failed(error);
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

function readSetting(variable: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new ConfigError(variable, `names a file that cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}
