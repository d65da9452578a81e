import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@entente/persistence';
import { ConfigurationModule, connectionUrlOf, type Env, type Logger } from '@entente/platform';
import { ProjectorConfig } from './config/projector.config';
import { ProjectorConsumer } from './consumer/projector.consumer';
import { HealthController } from './health/health.controller';
import { LatestOffsets } from './health/partition-lag';
import { MetricsController } from './metrics/metrics.controller';
import { ProjectorLogger } from './logging/projector-logger';
import { Quarantine } from './quarantine/quarantine';
import { MigrateOnBoot } from './read-models/migrate-on-boot';
import { ReadModelsProjector } from './read-models/read-models.projector';

@Module({})
export class ProjectorModule {
  /** `env` is explicit (not read from process.env) so that tests can run projectors side by side. */
  static register(env: Env, logger: Logger): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        ConfigurationModule.forRoot(ProjectorConfig, env),
        TypeOrmModule.forRootAsync({
          inject: [ProjectorConfig],
          useFactory: (config: ProjectorConfig) =>
            dataSourceOptions({ databaseUrl: connectionUrlOf(config), schema: config.databaseSchema }),
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: ProjectorLogger, useValue: logger },
        MigrateOnBoot,
        ReadModelsProjector,
        ProjectorConsumer,
        Quarantine,
        LatestOffsets,
      ],
    };
  }
}
