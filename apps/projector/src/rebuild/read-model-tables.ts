/**
 * The tables the projector writes, with their keys. Listed in the order the projector locks them
 * (its checkpoint first), so that the blue/green swap takes its locks in the same order.
 */
export interface ReadModelTable {
  readonly name: string;
  readonly key: readonly string[];
  /** Columns not derived from events (the wall-clock time of a write): left out of comparisons. */
  readonly ignored: readonly string[];
}

export const READ_MODEL_TABLES: readonly ReadModelTable[] = [
  { name: 'projection_checkpoint', key: ['projection', 'topic', 'partition'], ignored: ['updated_at'] },
  { name: 'case_summary', key: ['case_id'], ignored: [] },
  { name: 'case_event', key: ['case_id', 'sequence'], ignored: [] },
  { name: 'service_clock', key: ['case_id', 'standard_id'], ignored: [] },
  // What the projection set aside stands with its checkpoints: a swap moves both.
  { name: 'projection_quarantine', key: ['projection', 'topic', 'partition', 'kafka_offset'], ignored: ['quarantined_at'] },
];

export function qualified(schema: string, table: ReadModelTable): string {
  return `"${schema}"."${table.name}"`;
}
