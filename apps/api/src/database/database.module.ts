import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@entente/persistence';
import { connectionUrlOf } from '@entente/platform';
import { ApiConfig } from '../config/api.config';

/**
 * The read models the projector maintains, read as the API's own role (API_DATABASE_USER): it
 * may read them and write only its own tables, and never migrates (`npm run migration:run` does,
 * as the migration role).
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ApiConfig],
      useFactory: (config: ApiConfig) => ({
        ...dataSourceOptions({ databaseUrl: connectionUrlOf(config), schema: config.databaseSchema }),
        migrationsRun: false,
        // Fail fast at boot: Nest's default retries for half a minute before giving up.
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class DatabaseModule {}
