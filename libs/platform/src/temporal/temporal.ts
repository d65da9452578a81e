import { Client, Connection, type ConnectionOptions } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { EnginesConfig } from '../config';

/**
 * gRPC waits up to two minutes between reconnects to a server that was down; Temporal back after
 * a restart should serve the next command within seconds.
 */
const QUICK_RECONNECT = { 'grpc.initial_reconnect_backoff_ms': 200, 'grpc.max_reconnect_backoff_ms': 2000 };

/**
 * A client of Entente's namespace; `dataConverter` is `caseDataConverter(keys)`, so no payload
 * leaves in clear. `lazy`: connects on first use, so that a process (the API) starts and serves
 * what needs no Temporal while Temporal is down.
 */
export async function temporalClient(
  config: Pick<EnginesConfig, 'temporalAddress' | 'temporalNamespace'>,
  dataConverter: DataConverter,
  { lazy = false } = {},
): Promise<Client> {
  const options: ConnectionOptions = { address: config.temporalAddress, channelArgs: QUICK_RECONNECT };
  const connection = lazy ? Connection.lazy(options) : await Connection.connect(options);
  return new Client({ connection, namespace: config.temporalNamespace, dataConverter });
}
