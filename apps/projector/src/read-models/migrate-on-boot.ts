import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { migrate } from '@entente/persistence';
import { ProjectorConfig } from '../config/projector.config';
import { ProjectorLogger } from '../logging/projector-logger';

/** In dev the projector brings its schema up to date; module init finishes before consuming starts. */
@Injectable()
export class MigrateOnBoot implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ProjectorConfig,
    private readonly log: ProjectorLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.runMigrations) return;
    const applied = await migrate(this.dataSource);
    this.log.info('migrations applied', { schema: this.config.databaseSchema, applied });
  }
}
