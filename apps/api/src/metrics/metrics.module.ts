import { Module } from '@nestjs/common';
import { MetricsPort } from '@entente/platform';
import { ApiConfig } from '../config/api.config';

/** The API's metrics, served on API_METRICS_PORT; `requestMetrics` (configureHttp) counts the requests and commands. */
@Module({
  providers: [
    {
      provide: MetricsPort,
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => new MetricsPort(config.metricsPort, config.metricsHost),
    },
  ],
  exports: [MetricsPort],
})
export class MetricsModule {}
