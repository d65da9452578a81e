import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { migrate } from '@entente/persistence';
import type { ProjectorConfig, ProjectorSettings } from '../config/projector.config';
import { ProjectorLogger } from '../logging/projector-logger';

/** In dev the projector brings its schema up to date; module init finishes before consuming starts. */
@Injectable()
export class MigrateOnBoot implements OnModuleInit {
  private readonly config: ProjectorConfig;

  constructor(
    private readonly dataSource: DataSource,
    config: ConfigService<ProjectorSettings, true>,
    private readonly log: ProjectorLogger,
  ) {
    this.config = config.get('projector', { infer: true });
  }

  async onModuleInit(): Promise<void> {
    if (!this.config.runMigrations) return;
    const applied = await migrate(this.dataSource);
    this.log.info('migrations applied', { schema: this.config.databaseSchema, applied });
  }
}
