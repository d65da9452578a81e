import { PROCESS_ROLES, SCHEMA_SETTINGS } from '@entente/persistence';
import {
  COMMAND_VERIFICATION_SETTINGS,
  configClass,
  databaseRoleSettings,
  ENGINES_SETTINGS,
  flag,
  integer,
  developmentDataFile,
  KEY_ENCRYPTION_SETTINGS,
  port,
  text,
} from '@entente/platform';

const WORKER_SETTINGS = {
  ...ENGINES_SETTINGS,
  /** The worker reads the published standards, calendar and read models; it writes case keys and the blind index only. */
  ...databaseRoleSettings('WORKER', PROCESS_ROLES.worker),
  /** Where administrators' revisions of the declaration of services and calendar are read from. */
  ...SCHEMA_SETTINGS,
  ...COMMAND_VERIFICATION_SETTINGS,
  /** Wraps the cases' data keys, with which every Temporal payload is sealed (docs/adr/0015). */
  ...KEY_ENCRYPTION_SETTINGS,
  maxConcurrentActivities: integer('WORKER_MAX_CONCURRENT_ACTIVITIES', 50, 1),
  /**
   * Cases the worker keeps in memory between their tasks (its sticky cache), the least recently
   * run dropped first. A case not held replays its history at its next task (a command, a
   * deadline), so the worker's memory stays flat however many cases are open (docs/adr/0039).
   * 0: none held, every task replays.
   */
  maxCachedWorkflows: integer('WORKER_MAX_CACHED_WORKFLOWS', 2_000, 0),
  /** Where `GET /health` answers; 0: a free port, named in the log (tests running several workers). */
  port: port('WORKER_PORT', 3003, { anyFree: true }),
  /** The interface `GET /health` and `/metrics` listen on: this machine only unless told otherwise (`0.0.0.0` in a pod, for its probes). */
  host: text('WORKER_HOST', '127.0.0.1'),
  /**
   * Where the Temporal SDK serves its own worker metrics (`/metrics` on WORKER_HOST: task slots,
   * pollers, schedule-to-start latency...); 0 turns its exporter off, since it cannot say which
   * free port it took.
   */
  temporalMetricsPort: port('TEMPORAL_METRICS_PORT', 3005, { anyFree: true }),
  /** Where the nightly retention run deposits cases to the archives (docs/adr/0018); empty: none is deposited. */
  archivesDir: text('ARCHIVES_DIR', (env) => developmentDataFile(env, 'archives') ?? ''),
  /** Whether this worker keeps the nightly retention schedule registered with Temporal. */
  retentionSchedule: flag('RETENTION_SCHEDULE', true),
  /** Registers the daily digest's schedule (8:30 in Québec on weekdays) at the worker's start. */
  digestSchedule: flag('DIGEST_SCHEDULE', true),
  /** Whether this worker starts the blind index's backfill of the cases already recorded, once per deployment. */
  personIndexBackfill: flag('PERSON_INDEX_BACKFILL', true),
  /**
   * For drills only, refused in production: every clock planned by this worker warns this long
   * after its start, then falls due and escalates further COMPRESSED_DEADLINES_GAP_MS apart, so
   * that deadlines fire while a drill watches (docs/adr/0035). 0: as the standard sets them.
   */
  compressedDeadlinesLeadMs: {
    ...integer('COMPRESSED_DEADLINES_LEAD_MS', 0),
    refuseInProduction: (raw: string) => (raw === '0' ? undefined : 'compresses every deadline: drills only'),
  },
  compressedDeadlinesGapMs: integer('COMPRESSED_DEADLINES_GAP_MS', 15_000, 1),
};

/** The worker's configuration, read once when it starts. */
export class WorkerConfig extends configClass(WORKER_SETTINGS) {
  /** The drills' compression of deadlines, if this worker was given one. */
  get deadlineCompression(): { leadMs: number; gapMs: number } | undefined {
    const leadMs = this.compressedDeadlinesLeadMs;
    return leadMs > 0 ? { leadMs, gapMs: this.compressedDeadlinesGapMs } : undefined;
  }
}
