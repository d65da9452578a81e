import { counter, gauge } from '@entente/platform';
import type { PartitionLagRow } from '../health/partition-lag';

const eventsApplied = counter({
  name: 'entente_projector_events_applied_total',
  help: 'Events applied to the read models, by topic and partition (duplicates and messages set aside not counted).',
  labelNames: ['topic', 'partition'],
});

const setAside = counter({
  name: 'entente_projector_messages_set_aside_total',
  help: 'Messages the projector could not apply and set aside (projection_quarantine), by topic.',
  labelNames: ['topic'],
});

const lag = gauge({
  name: 'entente_projector_lag_messages',
  help: "Messages on each partition not yet applied: its high watermark minus the projection's stored checkpoint, read at each scrape.",
  labelNames: ['topic', 'partition'],
});

const lagKnown = gauge({
  name: 'entente_projector_lag_known',
  help: 'Whether the lag could be read at the last scrape (1): Kafka answered with its latest offsets in PROJECTOR_HEALTH_LAG_TIMEOUT_MS and the database with the checkpoints; else 0.',
});

const openClocks = gauge({
  name: 'entente_open_clocks',
  help: 'Service-standard clocks not stopped in the read model (service_clock), by standard id, case type and state (running, warned, breached, paused).',
  labelNames: ['standard', 'case_type', 'state'],
});

/** What one Kafka batch did, as the consumer counts it. */
export function countBatch(topic: string, partition: number, applied: number, setAsideCount: number): void {
  if (applied > 0) eventsApplied.inc({ topic, partition: String(partition) }, applied);
  if (setAsideCount > 0) setAside.inc({ topic }, setAsideCount);
}

/** Each partition's lag as computed now; null when Kafka did not answer: the series are dropped, not left stale. */
export function showLag(rows: readonly PartitionLagRow[] | null): void {
  lag.reset();
  lagKnown.set(rows ? 1 : 0);
  for (const row of rows ?? []) lag.set({ topic: row.topic, partition: String(row.partition) }, row.lag);
}

export interface OpenClockCount {
  readonly standard: string;
  readonly caseType: string;
  readonly state: string;
  readonly count: number;
}

/** The open clocks as counted now: a standard whose last clock stopped leaves the gauge. */
export function showOpenClocks(counts: readonly OpenClockCount[]): void {
  openClocks.reset();
  for (const { standard, caseType, state, count } of counts) openClocks.set({ standard, case_type: caseType, state }, count);
}

const rebuildRead = gauge({
  name: 'entente_rebuild_messages_read',
  help: "Messages an auditors' rebuild of the read models has read so far, every topic together (npm run audit -- rebuild-and-compare).",
});

const rebuildTarget = gauge({
  name: 'entente_rebuild_messages_target',
  help: 'Messages the rebuild reads to catch up: every topic up to its end when the rebuild began.',
});

/** Where a rebuild stands: `read` of `target` messages. */
export function showRebuildProgress(read: number, target: number): void {
  rebuildRead.set(read);
  rebuildTarget.set(target);
}
