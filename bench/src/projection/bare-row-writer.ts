import type { Pool } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { CaseEventEntity, CaseSummaryEntity, ServiceClockEntity } from '@entente/persistence';
import type { BatchPlan } from '@entente/projector';

const MAX_PARAMETERS = 65_535; // PostgreSQL's limit for one statement

/**
 * The raw limit of projection: the rows the projector would write, inserted the plainest fast
 * way (one multi-row INSERT per table, one transaction per chunk) with `pg`, no Kafka, no ORM.
 * The column lists come from the entities' metadata, so that they follow the migrations.
 */
export class BareRowWriter {
  constructor(
    private readonly pool: Pool,
    private readonly metadataSource: DataSource,
    private readonly schema: string,
  ) {}

  async write(plan: Pick<BatchPlan, 'summaries' | 'timeline' | 'clocks'>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const statement of [
        ...this.inserts(CaseEventEntity, plan.timeline),
        ...this.inserts(CaseSummaryEntity, plan.summaries),
        ...this.inserts(ServiceClockEntity, plan.clocks),
      ]) {
        await client.query(statement);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  private inserts(entity: EntityTarget<ObjectLiteral>, rows: readonly ObjectLiteral[]): { text: string; values: unknown[] }[] {
    const metadata = this.metadataSource.getMetadata(entity);
    const columns = metadata.columns;
    const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
    const statements = [];
    for (let from = 0; from < rows.length; from += perStatement) {
      const slice = rows.slice(from, from + perStatement);
      const tuples = slice.map((_, row) => `(${columns.map((_c, column) => `$${row * columns.length + column + 1}`).join(',')})`);
      statements.push({
        text: `INSERT INTO "${this.schema}"."${metadata.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(',')}) VALUES ${tuples.join(',')}`,
        // jsonb values go as JSON text: pg would turn a JS array into a PostgreSQL array.
        values: slice.flatMap((row) =>
          columns.map((c): unknown => (c.type === 'jsonb' ? JSON.stringify(c.getEntityValue(row)) : c.getEntityValue(row))),
        ),
      });
    }
    return statements;
  }
}
