import { PROCESS_ROLES, SCHEMA_SETTINGS } from '@entente/persistence';
import {
  caseTopicsSetting,
  configClass,
  DATABASE_SETTINGS,
  databaseRoleSettings,
  flag,
  integer,
  KAFKA_SETTINGS,
  port,
  text,
} from '@entente/platform';

export const PROJECTOR_SETTINGS = {
  ...DATABASE_SETTINGS,
  /** The projector writes the read models and appends to case_event as its own role. */
  ...databaseRoleSettings('PROJECTOR', PROCESS_ROLES.projector),
  ...SCHEMA_SETTINGS,
  ...KAFKA_SETTINGS,
  /** Defaults to every case type's topic; tests point a projector at a topic of their own. */
  topics: caseTopicsSetting('PROJECTOR_TOPICS'),
  groupId: text('PROJECTOR_GROUP_ID', 'entente-projector'),
  /** The checkpoint key: two projections into the same schema keep separate positions. */
  projection: text('PROJECTOR_NAME', 'case-read-models'),
  port: port('PROJECTOR_PORT', 3002),
  /** Migrates first, as the migration role of DATABASE_URL, on a connection of its own (off: a step of its own). */
  runMigrations: flag('PROJECTOR_RUN_MIGRATIONS', false),
  /**
   * Partitions applied at once, each batch in its own transaction: a case lives on one partition,
   * so they never touch the same rows, and one batch's folding overlaps another's writes.
   */
  partitionsConcurrently: integer('PROJECTOR_PARTITIONS_CONCURRENTLY', 2, 1),
  /** How long `/health` waits for Kafka's latest offsets before it answers without the lag. */
  healthLagTimeoutMs: integer('PROJECTOR_HEALTH_LAG_TIMEOUT_MS', 1000, 1),
};

/** The projector's configuration (the auditors' rebuild reads the live one's too); injected by its class. */
export class ProjectorConfig extends configClass(PROJECTOR_SETTINGS) {}
