import { createServer, type AddressInfo } from 'node:net';

/** A port free now, for a server that must be named before it listens. */
export function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve, reject) =>
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = (server.address() as AddressInfo) ?? {};
      server.close(() => resolve(port));
    }),
  );
}
