import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@entente/platform';
import { createIdentityProvider, type IdentityProviderOptions } from './identity-provider';

export interface IdentityServerOptions extends Omit<IdentityProviderOptions, 'issuer'> {
  readonly host: string;
  /** 0: any free port (tests). */
  readonly port: number;
  /** The issuer URL, once the port is known. */
  readonly issuer?: (port: number) => string;
  readonly log?: Logger;
}

export interface IdentityServer {
  readonly issuer: string;
  close(): Promise<void>;
}

/** Listens first, then builds the provider: with port 0 the issuer names the port the system chose. */
export async function startIdentityServer(options: IdentityServerOptions): Promise<IdentityServer> {
  let handle: RequestListener = (_, response) => response.writeHead(503).end();
  const server: Server = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = options.issuer?.(port) ?? `http://${options.host}:${port}`;
  const provider = createIdentityProvider({ ...options, issuer });
  provider.on('server_error', (_, error: Error) => options.log?.error('identity server error', { error }));
  provider.on('grant.error', (_, error: Error) => options.log?.warn('token refused', { reason: error.message }));
  const callback = provider.callback();
  handle = (request, response) => void callback(request, response);
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
