import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { downMessage, healthOf, type HealthChecks } from './health-report';

export interface HealthServer {
  /** The port it listens on: the one asked for, or the one the system gave for 0. */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * `GET /health` of a process that serves no HTTP of its own (the worker, the notifier), for
 * `npm start`'s readiness, a supervisor or an orchestrator: 200 when every check is up, else 503
 * naming what is down. Anything else is 404; it listens on the loopback unless told otherwise.
 */
export async function serveHealth(port: number, checks: HealthChecks, host = '127.0.0.1'): Promise<HealthServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/health') {
      response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'not found' }));
      return;
    }
    void healthOf(checks).then((report) => {
      const body = report.status === 'ok' ? report : { ...report, message: downMessage(report) };
      response.writeHead(report.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, host, listening);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
