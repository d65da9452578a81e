import { pipeline } from 'node:stream/promises';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { CaseEventEntity, CaseSummaryEntity, ServiceClockEntity } from '@entente/persistence';
import type { BatchPlan } from '@entente/projector';

const MAX_PARAMETERS = 65_535; // PostgreSQL's limit for one statement

type PlannedRows = Pick<BatchPlan, 'summaries' | 'timeline' | 'clocks'>;

/** A table's rows and, for the tables a batch rewrites, the key a row replaces another by. */
interface TableRows {
  readonly metadata: EntityMetadata;
  readonly rows: readonly ObjectLiteral[];
  readonly key: readonly string[] | null;
}

/**
 * The raw limits of projection: the rows the projector would write, with `pg`, no Kafka, no ORM,
 * one transaction per chunk, in one of two plain fast ways:
 * - `insert`: one multi-row INSERT per table, a bound value per cell;
 * - `copy`: COPY into a temporary staging table per table, then one INSERT … SELECT from it
 *   (ON CONFLICT for the summaries and clocks, as a batch rewrites them).
 * The column lists come from the entities' metadata, so that they follow the migrations.
 */
export class BareRowWriter {
  constructor(
    private readonly pool: Pool,
    private readonly metadataSource: DataSource,
    private readonly schema: string,
    private readonly way: 'insert' | 'copy',
  ) {}

  async write(plan: PlannedRows): Promise<void> {
    const tables: TableRows[] = [
      { metadata: this.metadataOf(CaseEventEntity), rows: plan.timeline, key: null },
      { metadata: this.metadataOf(CaseSummaryEntity), rows: plan.summaries, key: ['case_id'] },
      { metadata: this.metadataOf(ServiceClockEntity), rows: plan.clocks, key: ['case_id', 'standard_id'] },
    ];
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const table of tables) await (this.way === 'insert' ? this.insert(client, table) : this.copy(client, table));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  private metadataOf(entity: EntityTarget<ObjectLiteral>): EntityMetadata {
    return this.metadataSource.getMetadata(entity);
  }

  private async insert(client: PoolClient, { metadata, rows }: TableRows): Promise<void> {
    const columns = metadata.columns;
    const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
    for (let from = 0; from < rows.length; from += perStatement) {
      const slice = rows.slice(from, from + perStatement);
      const tuples = slice.map((_, row) => `(${columns.map((_c, column) => `$${row * columns.length + column + 1}`).join(',')})`);
      await client.query({
        text: `INSERT INTO ${this.table(metadata)} (${columnList(metadata)}) VALUES ${tuples.join(',')}`,
        // jsonb values go as JSON text: pg would turn a JS array into a PostgreSQL array.
        values: slice.flatMap((row) =>
          columns.map((c): unknown => (c.type === 'jsonb' ? JSON.stringify(c.getEntityValue(row)) : c.getEntityValue(row))),
        ),
      });
    }
  }

  private async copy(client: PoolClient, { metadata, rows, key }: TableRows): Promise<void> {
    const staging = `staging_${metadata.tableName}`;
    await client.query(`CREATE TEMPORARY TABLE ${staging} (LIKE ${this.table(metadata)}) ON COMMIT DROP`);
    const lines = rows.map((row) => `${metadata.columns.map((c) => copyField(c.type === 'jsonb', c.getEntityValue(row))).join('\t')}\n`);
    await pipeline(chunksOf(lines), client.query(copyFrom(`COPY ${staging} (${columnList(metadata)}) FROM STDIN`)));
    const updates = metadata.columns
      .filter((c) => !key?.includes(c.databaseName))
      .map((c) => `"${c.databaseName}" = EXCLUDED."${c.databaseName}"`);
    const conflict = key ? ` ON CONFLICT (${key.map((k) => `"${k}"`).join(', ')}) DO UPDATE SET ${updates.join(', ')}` : '';
    await client.query(
      `INSERT INTO ${this.table(metadata)} (${columnList(metadata)}) SELECT ${columnList(metadata)} FROM ${staging}${conflict}`,
    );
  }

  private table(metadata: EntityMetadata): string {
    return `"${this.schema}"."${metadata.tableName}"`;
  }
}

function columnList(metadata: EntityMetadata): string {
  return metadata.columns.map((c) => `"${c.databaseName}"`).join(',');
}

/** A value in COPY's text format: \N for null, backslash escapes for the separators. */
function copyField(jsonb: boolean, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  // Besides jsonb and dates, these tables hold text, numbers and booleans: JSON writes the last two as COPY reads them.
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' && !jsonb ? value : JSON.stringify(value);
  return text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

async function* chunksOf(lines: readonly string[]): AsyncGenerator<string> {
  for (let from = 0; from < lines.length; from += 500) yield lines.slice(from, from + 500).join('');
}
