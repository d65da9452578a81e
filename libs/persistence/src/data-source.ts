import { DataSource } from 'typeorm';
import { setting } from '@entente/platform';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { CaseEventEntity } from './case-event/case-event.entity';
import { CaseSummaryEntity } from './case-summary/case-summary.entity';
import { MIGRATIONS } from './migrations';
import { ProjectionCheckpointEntity } from './projection-checkpoint/projection-checkpoint.entity';
import { ProjectionQuarantineEntity } from './projection-quarantine/projection-quarantine.entity';
import { ServiceClockEntity } from './service-clock/service-clock.entity';
import { ServiceStandardVersionEntity } from './service-standard/service-standard-version.entity';
import { CalendarVersionEntity } from './calendar/calendar-version.entity';
import { AccessJournalEntryEntity } from './access-journal/access-journal-entry.entity';
import { CaseDataKeyEntity } from './case-key/case-data-key.entity';
import { LegalHoldEntity } from './legal-hold/legal-hold.entity';
import { PersonIndexEntity } from './person-index/person-index.entity';
import { NotificationOutboxEntity, StaffContactEntity } from './notification';
import { IdempotencyKeyEntity } from './idempotency-key/idempotency-key.entity';

export const ENTITIES = [
  CaseSummaryEntity,
  CaseEventEntity,
  ProjectionCheckpointEntity,
  ProjectionQuarantineEntity,
  ServiceClockEntity,
  ServiceStandardVersionEntity,
  CalendarVersionEntity,
  AccessJournalEntryEntity,
  IdempotencyKeyEntity,
  CaseDataKeyEntity,
  LegalHoldEntity,
  PersonIndexEntity,
  NotificationOutboxEntity,
  StaffContactEntity,
];

export interface DatabaseTarget {
  readonly databaseUrl: string;
  /** Defaults to public. Tests and the auditors' rebuilds project into a fresh schema. */
  readonly schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name ends up quoted inside DDL, so only plain lower-case identifiers are accepted. */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name "${schema}": expected ${SCHEMA_NAME}`);
  return schema;
}

/** DATABASE_SCHEMA, checked at boot by every process that opens the read models. */
export const SCHEMA_SETTINGS = {
  databaseSchema: setting('DATABASE_SCHEMA', 'public', checkSchemaName),
};

/** Tables come from migrations only: `synchronize` would let entity edits change a live schema. */
export function dataSourceOptions({ databaseUrl, schema = 'public' }: DatabaseTarget): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    schema: checkSchemaName(schema),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
  };
}

export function createDataSource(target: DatabaseTarget): DataSource {
  return new DataSource(dataSourceOptions(target));
}
