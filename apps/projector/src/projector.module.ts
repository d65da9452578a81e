import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@entente/persistence';
import type { Env, Logger } from '@entente/platform';
import { ProjectorSettings, projectorConfig } from './config/projector.config';
import { ProjectorConsumer } from './consumer/projector.consumer';
import { HealthController } from './health/health.controller';
import { ProjectorLogger } from './logging/projector-logger';
import { MigrateOnBoot } from './read-models/migrate-on-boot';
import { ReadModelsProjector } from './read-models/read-models.projector';

@Module({})
export class ProjectorModule {
  /** `env` is explicit (not read from process.env) so that tests can run projectors side by side. */
  static register(env: Env, logger: Logger): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          skipProcessEnv: true,
          validate: (): ProjectorSettings => ({ projector: projectorConfig(env) }),
        }),
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<ProjectorSettings, true>) => {
            const { databaseUrl, databaseSchema } = config.get('projector', { infer: true });
            return dataSourceOptions({ databaseUrl, schema: databaseSchema });
          },
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: ProjectorLogger, useValue: logger }, MigrateOnBoot, ReadModelsProjector, ProjectorConsumer],
    };
  }
}
