import { TOPICS } from '@entente/contracts';
import { SCHEMA_SETTINGS } from '@entente/persistence';
import { configClass, DATABASE_SETTINGS, flag, KAFKA_SETTINGS, list, port, text } from '@entente/platform';

export const PROJECTOR_SETTINGS = {
  ...DATABASE_SETTINGS,
  ...SCHEMA_SETTINGS,
  ...KAFKA_SETTINGS,
  /** Defaults to every case type's topic; tests point a projector at a topic of their own. */
  topics: list('PROJECTOR_TOPICS', TOPICS.map((topic) => topic.name).join(',')),
  groupId: text('PROJECTOR_GROUP_ID', 'entente-projector'),
  /** The checkpoint key: two projections into the same schema keep separate positions. */
  projection: text('PROJECTOR_NAME', 'case-read-models'),
  port: port('PROJECTOR_PORT', 3002),
  runMigrations: flag('PROJECTOR_RUN_MIGRATIONS', true),
};

/** The projector's configuration (the auditors' rebuild reads the live one's too); injected by its class. */
export class ProjectorConfig extends configClass(PROJECTOR_SETTINGS) {}
