import { PROCESS_ROLES, SCHEMA_SETTINGS } from '@entente/persistence';
import {
  COMMAND_VERIFICATION_SETTINGS,
  configClass,
  databaseRoleSettings,
  ENGINES_SETTINGS,
  integer,
  KEY_ENCRYPTION_SETTINGS,
} from '@entente/platform';

const WORKER_SETTINGS = {
  ...ENGINES_SETTINGS,
  /** The worker only reads: the published standards and calendar, and the running clocks. */
  ...databaseRoleSettings('WORKER', PROCESS_ROLES.worker),
  /** Where administrators' revisions of the declaration of services and calendar are read from. */
  ...SCHEMA_SETTINGS,
  ...COMMAND_VERIFICATION_SETTINGS,
  /** Wraps the cases' data keys, with which every Temporal payload is sealed (docs/adr/0015). */
  ...KEY_ENCRYPTION_SETTINGS,
  maxConcurrentActivities: integer('WORKER_MAX_CONCURRENT_ACTIVITIES', 50, 1),
};

/** The worker's configuration, read once when it starts. */
export class WorkerConfig extends configClass(WORKER_SETTINGS) {}
