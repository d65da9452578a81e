import type { EntityManager } from 'typeorm';
import { qualified, READ_MODEL_TABLES, ReadModelTable } from './read-model-tables';

export interface TableDigest {
  readonly rows: number;
  /** sha256 over the md5 of each row's JSON, in key order: equal tables, equal checksums. */
  readonly checksum: string;
}

export interface RowDifference {
  readonly key: Record<string, unknown>;
  readonly kind: 'missing-from-rebuilt' | 'missing-from-live' | 'differs';
  /** The columns whose values differ (every column for a missing row). */
  readonly columns: readonly string[];
}

export interface TableComparison {
  readonly table: string;
  readonly live: TableDigest;
  readonly rebuilt: TableDigest;
  readonly differences: number;
  /** The first differences in key order, at most `sampleSize` of them. */
  readonly samples: readonly RowDifference[];
}

export interface ReadModelComparison {
  readonly identical: boolean;
  readonly tables: readonly TableComparison[];
}

/**
 * Row by row, inside the caller's transaction (a snapshot, so that both sides are read at one
 * instant). Rows are compared as JSON without their ignored columns; the database does the work,
 * so a million-event model is never loaded into memory.
 */
export async function compareReadModels(
  manager: EntityManager,
  live: string,
  rebuilt: string,
  sampleSize = 20,
): Promise<ReadModelComparison> {
  const tables: TableComparison[] = [];
  for (const table of READ_MODEL_TABLES) {
    const [liveDigest, rebuiltDigest] = [await digest(manager, live, table), await digest(manager, rebuilt, table)];
    const { count, samples } = await differences(manager, { live, rebuilt }, table, sampleSize);
    tables.push({ table: table.name, live: liveDigest, rebuilt: rebuiltDigest, differences: count, samples });
  }
  return { identical: tables.every((t) => t.differences === 0), tables };
}

function rowJson(alias: string, table: ReadModelTable): string {
  return `(to_jsonb(${alias}) - '{${table.ignored.join(',')}}'::text[])`;
}

async function digest(manager: EntityManager, schema: string, table: ReadModelTable): Promise<TableDigest> {
  const order = table.key.map((column) => `t."${column}"`).join(', ');
  const [row]: [{ rows: number; checksum: string }] = await manager.query(
    `SELECT count(*)::int AS rows,
            encode(sha256(coalesce(string_agg(decode(md5(${rowJson('t', table)}::text), 'hex'), ''::bytea ORDER BY ${order}), ''::bytea)), 'hex') AS checksum
       FROM ${qualified(schema, table)} t`,
  );
  return { rows: row.rows, checksum: row.checksum };
}

async function differences(
  manager: EntityManager,
  schemas: { live: string; rebuilt: string },
  table: ReadModelTable,
  sampleSize: number,
): Promise<{ count: number; samples: RowDifference[] }> {
  const joined = table.key.map((column) => `l."${column}" = r."${column}"`).join(' AND ');
  const order = table.key.map((column) => `coalesce(l."${column}", r."${column}")`).join(', ');
  const rows: { live: Record<string, unknown> | null; rebuilt: Record<string, unknown> | null; total: number }[] = await manager.query(
    `SELECT ${rowJson('l', table)} AS live, ${rowJson('r', table)} AS rebuilt, (count(*) OVER ())::int AS total
       FROM ${qualified(schemas.live, table)} l FULL JOIN ${qualified(schemas.rebuilt, table)} r ON ${joined}
      WHERE ${rowJson('l', table)} IS DISTINCT FROM ${rowJson('r', table)}
      ORDER BY ${order}
      LIMIT ${sampleSize}`,
  );
  return { count: rows[0]?.total ?? 0, samples: rows.map((row) => difference(table, row.live, row.rebuilt)) };
}

function difference(table: ReadModelTable, live: Record<string, unknown> | null, rebuilt: Record<string, unknown> | null): RowDifference {
  const present = (live ?? rebuilt) as Record<string, unknown>;
  const key = Object.fromEntries(table.key.map((column) => [column, present[column]]));
  if (!live) return { key, kind: 'missing-from-live', columns: Object.keys(present) };
  if (!rebuilt) return { key, kind: 'missing-from-rebuilt', columns: Object.keys(present) };
  const columns = Object.keys(live).filter((column) => JSON.stringify(live[column]) !== JSON.stringify(rebuilt[column]));
  return { key, kind: 'differs', columns };
}
