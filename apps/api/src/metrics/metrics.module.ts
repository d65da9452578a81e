import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { CommandMetricsMiddleware } from './command-metrics.middleware';
import { MetricsEndpoint } from './metrics-endpoint';

/** The API's metrics: every request and command counted, served on a port of their own. */
@Module({
  imports: [ActionsModule],
  providers: [MetricsEndpoint],
  exports: [MetricsEndpoint],
})
export class MetricsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CommandMetricsMiddleware).forRoutes('{*path}');
  }
}
