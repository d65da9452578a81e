import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { serveMetrics, type HealthServer } from '@entente/platform';
import { ApiConfig } from '../config/api.config';

/**
 * `GET /metrics` on API_METRICS_PORT, a port of its own on the loopback rather than a route of
 * the API: Prometheus then never passes the sign-in, the rate limit, the request log or the
 * OpenAPI document, and whoever reaches the API (API_HOST may be every interface) does not reach it.
 */
@Injectable()
export class MetricsEndpoint implements OnApplicationBootstrap, OnModuleDestroy {
  private server: HealthServer | null = null;

  constructor(private readonly config: ApiConfig) {}

  /** Where it listens once the app is initialized (the free port found for 0). */
  get port(): number | undefined {
    return this.server?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.server = await serveMetrics(this.config.metricsPort);
  }

  async onModuleDestroy(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }
}
