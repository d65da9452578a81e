import { serveMetrics, type HealthServer } from '../health/health-server';

/**
 * `GET /metrics` on a port of its own for the life of a Nest app whose own HTTP is for people (the
 * API, the console): provided with the port wanted, Nest opens it at bootstrap and closes it on
 * shutdown. On the loopback by default, apart from the app's port: Prometheus never meets its sign-in, rate
 * limit or request log, and whoever reaches the app does not reach its metrics (a pod sets another
 * interface for Prometheus to reach, never the app's public one).
 */
export class MetricsPort {
  private server: HealthServer | null = null;

  constructor(
    private readonly wanted: number,
    private readonly host = '127.0.0.1',
  ) {}

  /** Where it listens once the app is initialized (the free port found for 0). */
  get port(): number | undefined {
    return this.server?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.server = await serveMetrics(this.wanted, this.host);
  }

  async onModuleDestroy(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }
}
