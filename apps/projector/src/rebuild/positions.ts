import type { EntityManager } from 'typeorm';

/** Where a projection stands: the next offset to apply, per `topic#partition`. */
export type Positions = ReadonlyMap<string, bigint>;

export async function positionsIn(manager: EntityManager, schema: string, projection: string): Promise<Positions> {
  const rows: { topic: string; partition: number; next_offset: string }[] = await manager.query(
    `SELECT topic, partition, next_offset FROM "${schema}".projection_checkpoint WHERE projection = $1`,
    [projection],
  );
  return new Map(rows.map((row) => [`${row.topic}#${row.partition}`, BigInt(row.next_offset)]));
}

/** True when `ahead` has reached `target` in every partition `target` names. */
export function reached(ahead: Positions, target: Positions): boolean {
  return [...target].every(([partition, offset]) => (ahead.get(partition) ?? 0n) >= offset);
}

export function samePositions(a: Positions, b: Positions): boolean {
  return reached(a, b) && reached(b, a);
}

/** Messages behind those positions: how many events a projection has read. */
export function messagesRead(positions: Positions): number {
  return Number([...positions.values()].reduce((sum, offset) => sum + offset, 0n));
}

export function describe(positions: Positions): Record<string, string> {
  return Object.fromEntries(
    [...positions]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([partition, offset]) => [partition, offset.toString()]),
  );
}
