import { createServer } from 'node:net';

/** A TCP port nothing listens on right now, for an app of the run (never dev's 3000 or 3002). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
