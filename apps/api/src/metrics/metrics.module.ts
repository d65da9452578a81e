import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { MetricsPort } from '@entente/platform';
import { ActionsModule } from '../actions/actions.module';
import { ApiConfig } from '../config/api.config';
import { CommandMetricsMiddleware } from './command-metrics.middleware';

/** The API's metrics: every request and command counted, served on API_METRICS_PORT. */
@Module({
  imports: [ActionsModule],
  providers: [{ provide: MetricsPort, inject: [ApiConfig], useFactory: (config: ApiConfig) => new MetricsPort(config.metricsPort) }],
  exports: [MetricsPort],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CommandMetricsMiddleware).forRoutes('{*path}');
  }
}
