import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@entente/persistence';
import { ApiConfig } from '../config/api.config';

/**
 * The read models the projector maintains. The API only reads them and never migrates: the
 * projector owns the schema (`npm run migration:run`), so two processes never race on DDL.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => ({
        ...dataSourceOptions({ databaseUrl: config.databaseUrl, schema: config.databaseSchema }),
        migrationsRun: false,
        // Fail fast at boot: Nest's default retries for half a minute before giving up.
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
