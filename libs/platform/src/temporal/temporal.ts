import { setTimeout as pause } from 'node:timers/promises';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { EnginesConfig } from '../config';

type TemporalSettings = Pick<EnginesConfig, 'temporalAddress' | 'temporalNamespace'>;

/**
 * gRPC waits up to two minutes between reconnects to a server that was down; Temporal back after
 * a restart should serve the next command within seconds.
 */
const QUICK_RECONNECT = { 'grpc.initial_reconnect_backoff_ms': 200, 'grpc.max_reconnect_backoff_ms': 2000 };

/** A client of Entente's namespace; `dataConverter` is `caseDataConverter(keys)`, so no payload leaves in clear. */
export async function temporalClient(config: TemporalSettings, dataConverter: DataConverter): Promise<Client> {
  const connection = await Connection.connect({ address: config.temporalAddress, channelArgs: QUICK_RECONNECT });
  return new Client({ connection, namespace: config.temporalNamespace, dataConverter });
}

/** A client and how to close it. */
export interface ClosableClient {
  readonly client: Client;
  close(): Promise<void>;
}

/** The longest pause between two tries of a call, jitter included, for a client whose calls may be abandoned. */
const ABANDONED_RETRY_MAX_MS = 500;
const JITTER = 0.2;

/**
 * A client whose calls its caller may abandon: the API's, which answers past its bound. The SDK
 * still tries an abandoned call again after a pause, and that try throws "Channel has been shut
 * down" from a timer once the connection is closed. So its pauses are short, it tries nothing
 * again once `close` is called, and `close` waits out the longest pause before closing. It
 * connects on first use: the API starts, and serves the read models, while Temporal is down.
 */
export function abandonableCallsClient(config: TemporalSettings, dataConverter: DataConverter): ClosableClient {
  let closing = false;
  const backoff = defaultGrpcRetryOptions({ maxIntervalMs: () => ABANDONED_RETRY_MAX_MS / (1 + JITTER), maxJitter: JITTER });
  const retry = makeGrpcRetryInterceptor({
    delayFunction: backoff.delayFunction,
    retryableDecider: (attempt, status) => !closing && backoff.retryableDecider(attempt, status),
  });
  const connection = Connection.lazy({ address: config.temporalAddress, channelArgs: QUICK_RECONNECT, interceptors: [retry] });
  return {
    client: new Client({ connection, namespace: config.temporalNamespace, dataConverter }),
    async close() {
      closing = true;
      await pause(ABANDONED_RETRY_MAX_MS);
      await connection.close();
    },
  };
}
