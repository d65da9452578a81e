import { DynamicModule, Module } from '@nestjs/common';
import { ConfigurationModule, MetricsPort, type Env } from '@entente/platform';
import { ConsoleConfig } from './config/console.config';
import { PagesModule } from './pages/pages.module';
import { SignInModule } from './sign-in/sign-in.module';

@Module({})
export class ConsoleModule {
  static forRoot(env: Env): DynamicModule {
    const signIn = SignInModule.forRoot();
    return {
      module: ConsoleModule,
      imports: [ConfigurationModule.forRoot(ConsoleConfig, env), signIn, PagesModule.after(signIn)],
      // The process's metrics for Prometheus, on a port of their own (CONSOLE_METRICS_PORT).
      providers: [
        {
          provide: MetricsPort,
          inject: [ConsoleConfig],
          useFactory: (config: ConsoleConfig) => new MetricsPort(config.metricsPort, config.metricsHost),
        },
      ],
    };
  }
}
