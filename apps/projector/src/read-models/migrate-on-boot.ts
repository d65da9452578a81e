import { Injectable, OnModuleInit } from '@nestjs/common';
import { runMigrations } from '@entente/persistence';
import { ProjectorConfig } from '../config/projector.config';
import { ProjectorLogger } from '../logging/projector-logger';

/**
 * With PROJECTOR_RUN_MIGRATIONS (the auditors' rebuild, some tests) the projector brings its schema
 * up to date before consuming: as the migration role of DATABASE_URL, on a connection closed
 * at once, because its own role may not change the schema. Module init finishes first.
 */
@Injectable()
export class MigrateOnBoot implements OnModuleInit {
  constructor(
    private readonly config: ProjectorConfig,
    private readonly log: ProjectorLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.runMigrations) return;
    const applied = await runMigrations(this.config.databaseUrl, this.config.databaseSchema);
    this.log.info('migrations applied', { schema: this.config.databaseSchema, applied });
  }
}
