import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { METRICS_CONTENT_TYPE, metricsText } from '../metrics';
import { downMessage, healthOf, type HealthChecks } from './health-report';

export interface HealthServer {
  /** The port it listens on: the one asked for, or the one the system gave for 0. */
  readonly port: number;
  close(): Promise<void>;
}

type Route = (response: ServerResponse) => Promise<void>;

/**
 * `GET /health` of a process that serves no HTTP of its own (the worker, the notifier), for
 * `npm start`'s readiness, a supervisor or an orchestrator: 200 when every check is up, else 503
 * naming what is down; and `GET /metrics`, the process's metrics for Prometheus. Anything else is
 * 404; it listens on the loopback unless told otherwise.
 */
export function serveHealth(port: number, checks: HealthChecks, host = '127.0.0.1'): Promise<HealthServer> {
  return serveRoutes(port, host, { '/health': (response) => answerHealth(response, checks), '/metrics': answerMetrics });
}

/** `GET /metrics` alone, on a port of its own: for a process whose own HTTP is for people (the API). */
export function serveMetrics(port: number, host = '127.0.0.1'): Promise<HealthServer> {
  return serveRoutes(port, host, { '/metrics': answerMetrics });
}

async function answerHealth(response: ServerResponse, checks: HealthChecks): Promise<void> {
  const report = await healthOf(checks);
  const body = report.status === 'ok' ? report : { ...report, message: downMessage(report) };
  response.writeHead(report.status === 'ok' ? 200 : 503, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

async function answerMetrics(response: ServerResponse): Promise<void> {
  const text = await metricsText();
  response.writeHead(200, { 'Content-Type': METRICS_CONTENT_TYPE }).end(text);
}

async function serveRoutes(port: number, host: string, routes: Readonly<Record<string, Route>>): Promise<HealthServer> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '';
    const route = request.method === 'GET' && Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'not found' }));
      return;
    }
    route(response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ message: error instanceof Error ? error.message : String(error) }));
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
