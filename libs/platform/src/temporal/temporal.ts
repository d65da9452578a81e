import { InterceptingCall, Metadata, status, type Interceptor } from '@grpc/grpc-js';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import type { EnginesConfig } from '../config';
import { temporalApiKey, temporalTls, type TemporalConnectionConfig } from './temporal-connection';

/**
 * gRPC waits up to two minutes between reconnects to a server that was down; Temporal back after
 * a restart should serve the next command within seconds.
 */
const QUICK_RECONNECT = { 'grpc.initial_reconnect_backoff_ms': 200, 'grpc.max_reconnect_backoff_ms': 2000 };

/**
 * The SDK tries a failed call again after a pause, from a timer, even when its caller gave up on
 * it (the API's bound, a health probe's); once the connection is closed, that try would throw
 * "Channel has been shut down" from the timer and take the process down. Here it ends as
 * cancelled instead, which nobody is waiting for.
 */
export const quietAfterClose: Interceptor = (options, nextCall) => {
  try {
    return new InterceptingCall(nextCall(options));
  } catch (error) {
    return cancelledCall(error instanceof Error ? error.message : String(error));
  }
};

type NextCall = ConstructorParameters<typeof InterceptingCall>[0];
const nothing = () => undefined;
/** Where a call that reaches no channel goes: nowhere. */
const NOWHERE: NextCall = {
  cancelWithStatus: nothing,
  getPeer: () => 'closed',
  start: nothing,
  sendMessageWithContext: nothing,
  sendMessage: nothing,
  startRead: nothing,
  halfClose: nothing,
  getAuthContext: () => null,
};

/** A call that ends as soon as it starts, cancelled: its listener hears the status, and no channel is asked. */
function cancelledCall(details: string): InterceptingCall {
  return new InterceptingCall(NOWHERE, {
    start: (_metadata, listener) => listener.onReceiveStatus({ code: status.CANCELLED, details, metadata: new Metadata() }),
  });
}

/**
 * A client of Entente's namespace; `dataConverter` is `caseDataConverter(keys)`, so no payload
 * leaves in clear. `lazy`: connects on first use, so that a process (the API) starts, and serves
 * the read models, while Temporal is down. With TLS and a token when the configuration names them.
 */
export async function temporalClient(
  config: TemporalConnectionConfig & Pick<EnginesConfig, 'temporalNamespace'>,
  dataConverter: DataConverter,
  { lazy = false } = {},
): Promise<Client> {
  const tls = temporalTls(config);
  const apiKey = temporalApiKey(config);
  const options: ConnectionOptions = {
    address: config.temporalAddress,
    ...(tls && { tls }),
    ...(apiKey && { apiKey }),
    channelArgs: QUICK_RECONNECT,
    interceptors: [makeGrpcRetryInterceptor(defaultGrpcRetryOptions()), quietAfterClose],
  };
  const connection = lazy ? Connection.lazy(options) : await Connection.connect(options);
  // Starts, Updates, Signals and Queries carry the caller's trace to the workflow (ADR 0033).
  const interceptors = { workflow: [new OpenTelemetryWorkflowClientInterceptor()] };
  return new Client({ connection, namespace: config.temporalNamespace, dataConverter, interceptors });
}
